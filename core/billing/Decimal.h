#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace md::decimal {

// Fixed-point helpers shared by money, quantities and tax rates. Values are
// integers scaled by 10^scale (cents, thousandths, basis points); nothing here
// ever touches floating point.

// The largest magnitude a parsed value may have, so that products in invoice
// arithmetic (quantity × price, net × rate) stay far inside 64 bits.
inline constexpr qint64 kMaxParsed = 1'000'000'000'000'000LL; // 10^15 scaled units

// Parses user input strictly: optional '-' (when allowed), at least one digit,
// optionally one '.' or ',' followed by 1..scale digits. Surrounding blanks
// are ignored. Refused: thousands separators, exponents, "5.", ".5", more
// decimals than `scale`, magnitudes above kMaxParsed.
std::optional<qint64> parseScaled(QStringView text, int scale, bool allowNegative);

// "-1234.50" style: dot separator, no grouping, at least `minDecimals` and at
// most `scale` decimals (trailing zeros beyond minDecimals are dropped).
QString formatScaled(qint64 value, int scale, int minDecimals);

// numerator / denominator rounded half away from zero (denominator > 0). For
// the non-negative amounts on an invoice this is the commercial "round half
// up"; being symmetric, a credit note that negates a line negates its
// rounded tax exactly.
qint64 divRoundHalfUp(qint64 numerator, qint64 denominator);

// 10^digits for 0 <= digits <= 18.
qint64 pow10(int digits);

} // namespace md::decimal
