#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QLocale>
#include <QMetaType>
#include <QString>

namespace md {

// An amount of money: integer minor units (cents, pence, yen) of one ISO 4217
// currency. Never floating point. Arithmetic requires equal currencies
// (asserted); a default-constructed Money is zero of no currency and adopts
// the other operand's currency, so sums can start from Money().
class Money final {
    Q_DECLARE_TR_FUNCTIONS(md::Money)

public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    // Strict parsing of what a mentor types: "12", "12.5", "12.50", "12,50",
    // "-3.20" (when allowNegative). No thousands separators, no more decimals
    // than the currency has (JPY: none, KWD: three). InvalidInput otherwise.
    static Result<Money> parse(const QString& text, const QString& currency,
                               bool allowNegative = false);
    // What a mentor types in a form in `locale`: parse() that also takes the
    // locale's own form of an amount, with its thousands separators where they
    // group ("1.234,50" in German, "1,234.50" in English) and the currency's
    // symbol or code around it ("150,00 €", "€150.00").
    static Result<Money> parseInput(const QString& text, const QString& currency,
                                    const QLocale& locale = QLocale(), bool allowNegative = false);

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    // Machine form for CSV/JSON/CLI: dot decimal separator, no grouping, all
    // minor digits ("1234.50", "-0.05", JPY "1500"). Locale-independent.
    QString toDecimalString() const;
    // Display form in `locale`: its digits, grouping, decimal point and
    // currency placement, with the currency's symbol ("1.234,50 €").
    QString format(const QLocale& locale = QLocale()) const;
    // The amount as a form shows it for editing in `locale`: the locale's
    // decimal separator, all minor digits, no grouping and no symbol
    // ("1234,50" in German, "1234.50" in English). parseInput() reads it back.
    QString formatForInput(const QLocale& locale = QLocale()) const;

    Money operator-() const { return Money(-m_minor, m_currency); }
    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);
    bool operator==(const Money& other) const = default;
    // Orders by amount; currencies must match.
    bool operator<(const Money& other) const;
    bool operator>(const Money& other) const { return other < *this; }
    bool operator<=(const Money& other) const { return !(other < *this); }
    bool operator>=(const Money& other) const { return !(*this < other); }

private:
    QString combinedCurrency(const Money& other) const;

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace md

Q_DECLARE_METATYPE(md::Money)
