#pragma once

#include <QCoreApplication>

#include "billing/Money.h"
#include "common/Result.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace md {

// The amounts of one invoice line, in minor units of the invoice currency.
struct LineAmounts {
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross() const { return net + tax; }
};

// Per tax rate: the sum of the nets and of the (already rounded) line taxes.
struct TaxBreakdownRow {
    int rateBasisPoints = 0;
    Money net;
    Money tax;
};

struct InvoiceTotals {
    Money net;
    Money tax;
    Money total;
    QList<TaxBreakdownRow> byRate; // ascending by rate
};

// What totals() needs of a line; Invoice lines convert to this.
struct LineInput {
    qint64 quantityMilli = 1000;
    qint64 unitPriceMinor = 0;
    int taxRateBasisPoints = 0;
};

// Invoice arithmetic. Quantities are thousandths (1500 = 1.5 hours), tax rates
// basis points (1900 = 19 %), money minor units. All integer.
class InvoiceMath final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceMath)

public:
    static constexpr qint64 kQuantityScale = 1000;
    static constexpr qint64 kRateScale = 10000;
    static constexpr qint64 kMaxQuantityMilli = 1'000'000'000; // one million units
    static constexpr qint64 kMaxUnitPriceMinor = 1'000'000'000'000LL;
    static constexpr int kMaxRateBasisPoints = 10000; // 100 %

    // "2", "1.5", "0,25": at most three decimals; negative only when allowed
    // (credit note lines).
    static Result<qint64> parseQuantity(const QString& text, bool allowNegative = false);
    // "1.5" (dot, no trailing zeros); with a locale its decimal point.
    static QString formatQuantity(qint64 quantityMilli);
    static QString formatQuantity(qint64 quantityMilli, const QLocale& locale);
    // "19", "7.5", "5,5" percent → basis points; 0..100 %.
    static Result<int> parseRatePercent(const QString& text);
    // 1900 → "19", 550 → "5.5" (dot).
    static QString formatRatePercent(int basisPoints);
    static QString formatRatePercent(int basisPoints, const QLocale& locale);

    // InvalidInput when a line is outside the supported bounds.
    static Status validateLine(const LineInput& line);
    static LineAmounts lineAmounts(const LineInput& line);
    static InvoiceTotals totals(const QList<LineInput>& lines, const QString& currency);
};

} // namespace md
