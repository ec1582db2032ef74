#include "billing/Iban.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace md {

namespace {

// IBAN lengths by country (SWIFT IBAN registry). Countries not listed are
// accepted with any length from 15 to 34, so a new registry entry does not
// lock anybody out; the checksum still applies.
int expectedLength(const QString& country) {
    static const QHash<QString, int> lengths = {
        {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
        {"BG", 22}, {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28},
        {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24},
        {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18},
        {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23},
        {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
        {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MD", 24}, {"ME", 22},
        {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15}, {"PK", 24},
        {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24},
        {"SC", 31}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28},
        {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
    };
    return lengths.value(country, 0);
}

} // namespace

int Iban::mod97(const QString& electronic) {
    // Move the first four characters to the end, turn letters into 10..35 and
    // take the number mod 97 digit by digit (it is far too long for any
    // integer type).
    const QString rearranged = electronic.mid(4) + electronic.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

Result<QString> Iban::validate(const QString& text) {
    QString iban = text.toUpper();
    iban.remove(u' ');
    iban.remove(u'\t');
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an IBAN: it must start with a country code and two "
                            "check digits, followed by letters and digits only.")
                             .arg(text));
    const int length = expectedLength(iban.left(2));
    if (length != 0 && iban.size() != length)
        return makeError(ErrorCode::InvalidInput,
                         tr("An IBAN from %1 has %2 characters; \"%3\" has %4.")
                             .arg(iban.left(2))
                             .arg(length)
                             .arg(text)
                             .arg(iban.size()));
    if (mod97(iban) != 1)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The IBAN \"%1\" has a typo: its check digits do not match.").arg(text));
    return iban;
}

QString Iban::formatted(const QString& electronic) {
    QString out;
    for (qsizetype i = 0; i < electronic.size(); i += 4) {
        if (!out.isEmpty())
            out += u' ';
        out += electronic.mid(i, 4);
    }
    return out;
}

Result<QString> Bic::validate(const QString& text) {
    QString bic = text.toUpper();
    bic.remove(u' ');
    static const QRegularExpression shape(
        QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    if (!shape.match(bic).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a BIC: it has 8 or 11 characters, e.g. "
                            "COBADEFFXXX.")
                             .arg(text));
    return bic;
}

} // namespace md
