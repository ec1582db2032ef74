#include "billing/InvoiceMath.h"

#include "billing/Decimal.h"

#include <QCoreApplication>
#include <QMap>

namespace md {

namespace {

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 Wide;
#else
#error "InvoiceMath needs a 128-bit integer type for exact products"
#endif

// a × b / d, rounded half away from zero, exact for any bounded inputs. The
// product of a quantity (≤ 10^9 thousandths) and a price (≤ 10^12 minor) does
// not fit in 64 bits, so the intermediate is 128-bit.
qint64 mulDivRoundHalfUp(qint64 a, qint64 b, qint64 d) {
    const Wide product = Wide(a) * Wide(b);
    Wide quotient = product / d;
    const Wide remainder = product % d;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= d)
        quotient += (product < 0 ? -1 : 1);
    return qint64(quotient);
}

QString localised(QString text, const QLocale& locale) {
    return text.replace(u'.', locale.decimalPoint());
}

} // namespace

Result<qint64> InvoiceMath::parseQuantity(const QString& text, bool allowNegative) {
    const auto value = decimal::parseScaled(text, 3, allowNegative);
    if (!value || *value == 0 || *value > kMaxQuantityMilli || *value < -kMaxQuantityMilli)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a quantity (write a number such as 1 or 1.5, with at "
                            "most three decimals, not zero).")
                             .arg(text));
    return *value;
}

QString InvoiceMath::formatQuantity(qint64 quantityMilli) {
    return decimal::formatScaled(quantityMilli, 3, 0);
}

QString InvoiceMath::formatQuantity(qint64 quantityMilli, const QLocale& locale) {
    return localised(formatQuantity(quantityMilli), locale);
}

Result<int> InvoiceMath::parseRatePercent(const QString& text) {
    QString cleaned = text.trimmed();
    if (cleaned.endsWith(u'%'))
        cleaned = cleaned.chopped(1).trimmed();
    const auto value = decimal::parseScaled(cleaned, 2, false);
    if (!value || *value > kMaxRateBasisPoints)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a tax rate (write a percentage between 0 and 100 "
                            "such as 19 or 7.5).")
                             .arg(text));
    return int(*value);
}

QString InvoiceMath::formatRatePercent(int basisPoints) {
    return decimal::formatScaled(basisPoints, 2, 0);
}

QString InvoiceMath::formatRatePercent(int basisPoints, const QLocale& locale) {
    return localised(formatRatePercent(basisPoints), locale);
}

Status InvoiceMath::validateLine(const LineInput& line) {
    if (line.quantityMilli == 0 || line.quantityMilli > kMaxQuantityMilli ||
        line.quantityMilli < -kMaxQuantityMilli)
        return makeError(ErrorCode::InvalidInput,
                         tr("A line's quantity must be between 0.001 and 1,000,000."));
    if (line.unitPriceMinor > kMaxUnitPriceMinor || line.unitPriceMinor < -kMaxUnitPriceMinor)
        return makeError(ErrorCode::InvalidInput, tr("A line's unit price is too large."));
    if (line.taxRateBasisPoints < 0 || line.taxRateBasisPoints > kMaxRateBasisPoints)
        return makeError(ErrorCode::InvalidInput,
                         tr("A tax rate must be between 0 and 100 percent."));
    return {};
}

LineAmounts InvoiceMath::lineAmounts(const LineInput& line) {
    LineAmounts amounts;
    // ROUNDING RULE (the only places money is rounded on an invoice):
    // 1. net = quantity × unit price, rounded half up to the minor unit
    //    (quantity is in thousandths, hence the division by 1000);
    // 2. tax = net × rate, rounded half up to the minor unit, per line
    //    (rate in basis points, hence the division by 10000).
    // "Half up" is half away from zero, so negated (credit note) lines round
    // to exactly the negated amounts. Totals and the per-rate breakdown are
    // plain sums of these rounded line values and are never rounded again.
    amounts.net = mulDivRoundHalfUp(line.quantityMilli, line.unitPriceMinor, kQuantityScale);
    amounts.tax = mulDivRoundHalfUp(amounts.net, line.taxRateBasisPoints, kRateScale);
    return amounts;
}

InvoiceTotals InvoiceMath::totals(const QList<LineInput>& lines, const QString& currency) {
    QMap<int, LineAmounts> byRate;
    qint64 net = 0;
    qint64 tax = 0;
    for (const LineInput& line : lines) {
        const LineAmounts amounts = lineAmounts(line);
        net += amounts.net;
        tax += amounts.tax;
        LineAmounts& row = byRate[line.taxRateBasisPoints];
        row.net += amounts.net;
        row.tax += amounts.tax;
    }
    InvoiceTotals totals;
    totals.net = Money(net, currency);
    totals.tax = Money(tax, currency);
    totals.total = Money(net + tax, currency);
    for (auto it = byRate.cbegin(); it != byRate.cend(); ++it)
        totals.byRate.append({it.key(), Money(it->net, currency), Money(it->tax, currency)});
    return totals;
}

} // namespace md
