#include "billing/Money.h"

#include "billing/Currency.h"
#include "billing/Decimal.h"

#include <QCoreApplication>

namespace md {

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency)) {}

Result<Money> Money::parse(const QString& text, const QString& currency, bool allowNegative) {
    if (!Currency::isValidCode(currency))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an ISO 4217 currency code.").arg(currency));
    const int digits = Currency::minorDigits(currency);
    const auto value = decimal::parseScaled(text, digits, allowNegative);
    if (!value) {
        const QString example = digits == 0 ? QStringLiteral("1500")
                                            : QStringLiteral("12.5") + QString(digits - 1, u'0');
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an amount in %2 (write it like %3, with at most %n "
                            "decimal(s) and no thousands separators).",
                            nullptr, digits)
                             .arg(text, currency, example));
    }
    return Money(*value, currency);
}

QString Money::toDecimalString() const {
    const int digits = Currency::minorDigits(m_currency);
    return decimal::formatScaled(m_minor, digits, digits);
}

QString Money::format(const QLocale& locale) const {
    const int digits = Currency::minorDigits(m_currency);
    const qint64 unit = decimal::pow10(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-m_minor) : quint64(m_minor);
    QString number = locale.toString(qulonglong(magnitude / quint64(unit)));
    if (digits > 0) {
        // The locale's own digits for the fraction, zero-padded.
        QString fraction = locale.toString(qulonglong(magnitude % quint64(unit)));
        fraction.replace(locale.groupSeparator(), QString());
        while (fraction.size() < digits)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }
    // Take the locale's currency pattern (symbol before/after, spacing, sign
    // position) from an integer rendering and put our exact digits into it.
    const QString symbol = m_currency.isEmpty() ? QString() : Currency::symbol(m_currency);
    const QString marker = locale.toString(7);
    QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -7 : 7), symbol);
    const qsizetype at = pattern.indexOf(marker);
    if (at < 0)
        return (m_minor < 0 ? locale.negativeSign() : QString()) + number + u' ' + symbol;
    pattern.replace(at, marker.size(), number);
    return pattern.trimmed();
}

QString Money::combinedCurrency(const Money& other) const {
    Q_ASSERT_X(m_currency.isEmpty() || other.m_currency.isEmpty() || m_currency == other.m_currency,
               "Money", "currencies differ");
    return m_currency.isEmpty() ? other.m_currency : m_currency;
}

Money Money::operator+(const Money& other) const {
    return Money(m_minor + other.m_minor, combinedCurrency(other));
}

Money Money::operator-(const Money& other) const {
    return Money(m_minor - other.m_minor, combinedCurrency(other));
}

Money& Money::operator+=(const Money& other) {
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(const Money& other) {
    *this = *this - other;
    return *this;
}

bool Money::operator<(const Money& other) const {
    combinedCurrency(other);
    return m_minor < other.m_minor;
}

} // namespace md
