#include "billing/Decimal.h"

namespace md::decimal {

qint64 pow10(int digits) {
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

std::optional<qint64> parseScaled(QStringView text, int scale, bool allowNegative) {
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        if (!allowNegative)
            return std::nullopt;
        negative = true;
        text = text.mid(1);
    }
    qint64 integerPart = 0;
    qint64 fraction = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool seenSeparator = false;
    for (const QChar c : text) {
        if (c == u'.' || c == u',') {
            if (seenSeparator || integerDigits == 0)
                return std::nullopt;
            seenSeparator = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (seenSeparator) {
            if (++fractionDigits > scale)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        } else {
            // 18 integer digits cannot overflow; kMaxParsed is checked below.
            if (++integerDigits > 18)
                return std::nullopt;
            integerPart = integerPart * 10 + digit;
        }
    }
    if (integerDigits == 0 || (seenSeparator && fractionDigits == 0))
        return std::nullopt;
    const qint64 unit = pow10(scale);
    if (integerPart > kMaxParsed / unit)
        return std::nullopt;
    qint64 value = integerPart * unit + fraction * pow10(scale - fractionDigits);
    if (value > kMaxParsed)
        return std::nullopt;
    return negative ? -value : value;
}

QString formatScaled(qint64 value, int scale, int minDecimals) {
    const bool negative = value < 0;
    // Magnitudes are bounded far below the qint64 minimum, so negation is safe.
    const quint64 magnitude = negative ? quint64(-value) : quint64(value);
    const quint64 unit = quint64(pow10(scale));
    QString text = QString::number(magnitude / unit);
    if (scale > 0) {
        QString fraction = QString::number(magnitude % unit).rightJustified(scale, u'0');
        while (fraction.size() > minDecimals && fraction.endsWith(u'0'))
            fraction.chop(1);
        if (!fraction.isEmpty())
            text += u'.' + fraction;
    }
    return negative ? u'-' + text : text;
}

qint64 divRoundHalfUp(qint64 numerator, qint64 denominator) {
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    // |remainder| >= denominator / 2, written without division so odd
    // denominators round correctly too.
    const qint64 twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= denominator)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

} // namespace md::decimal
