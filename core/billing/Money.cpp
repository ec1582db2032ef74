#include "billing/Money.h"

#include "billing/Currency.h"
#include "billing/Decimal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md {

namespace {

// The locale an amount is written in, every part of it from one locale.
// The C locale has no money conventions of its own (Qt writes "150.00€"):
// amounts are written as in English. On Unix the system locale takes its
// digits from LC_ALL / LC_NUMERIC but its currency pattern from the language
// of the messages (LC_ALL=de_DE with LANGUAGE=en gave "€95,50"): the
// environment's own setting for money decides then.
QLocale wholeLocale(const QLocale& locale) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (locale.language() == QLocale::C)
        return english;
    if (locale != QLocale::system())
        return locale;
    for (const char* variable : {"LC_ALL", "LC_MONETARY", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        // "de_DE.UTF-8", "sr_RS@latin": the locale's name before the codeset.
        const QLocale named(value.section(u'.', 0, 0).section(u'@', 0, 0));
        return named.language() == QLocale::C ? english : named;
    }
    return locale;
}

} // namespace

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

Result<Money> Money::parseInput(const QString& text, const QString& currency, const QLocale& locale,
                                bool allowNegative) {
    QString t = text;
    // The symbol or code a formatted amount carries, and the spaces (often
    // non-breaking) between it and the digits.
    if (Currency::isValidCode(currency)) {
        t.remove(Currency::symbol(currency));
        t.remove(currency, Qt::CaseInsensitive);
    }
    static const QRegularExpression blanks(QStringLiteral("\\s"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    t.remove(blanks);
    t.replace(locale.negativeSign(), QStringLiteral("-"));
    // The locale's thousands separators, where they group digits by three
    // before the decimal part: "1.234,50" in German, "1,234.50" in English.
    // Anywhere else a separator is left alone, so that "12,50" stays 12.50.
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    if (!group.isEmpty() && group != point && t.contains(group)) {
        const QRegularExpression grouped(
            QStringLiteral("^-?\\d{1,3}(%1\\d{3})+(%2\\d+)?$")
                .arg(QRegularExpression::escape(group), QRegularExpression::escape(point)));
        if (grouped.match(t).hasMatch())
            t.remove(group);
    }
    if (point != QLatin1String(".") && point != QLatin1String(","))
        t.replace(point, QStringLiteral("."));
    auto parsed = parse(t, currency, allowNegative);
    if (!parsed && Currency::isValidCode(currency))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an amount (write it like %2).")
                             .arg(text.trimmed(), Money(12345, currency).formatForInput(locale)));
    return parsed;
}

QString Money::formatForInput(const QLocale& given) const {
    const QLocale locale = wholeLocale(given);
    const int digits = Currency::minorDigits(m_currency);
    QString text = decimal::formatScaled(m_minor, digits, digits);
    if (digits > 0)
        text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

QString Money::toDecimalString() const {
    const int digits = Currency::minorDigits(m_currency);
    return decimal::formatScaled(m_minor, digits, digits);
}

QString Money::format(const QLocale& given) const {
    const QLocale locale = wholeLocale(given);
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
