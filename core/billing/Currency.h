#pragma once

#include <QString>
#include <QStringList>

namespace md {

// ISO 4217 currencies as MentorDesk needs them: whether a code exists, how
// many minor-unit digits it has (cents, fils, none) and a short symbol for
// display. Pure data, no locale lookups, so results do not depend on the
// machine.
class Currency final {
public:
    // True for an active ISO 4217 code such as "EUR" (upper case only).
    static bool isValidCode(const QString& code);
    // Digits after the decimal point: 2 for most, 0 for JPY/KRW/…, 3 for
    // BHD/KWD/…, 4 for CLF. Unknown codes get 2.
    static int minorDigits(const QString& code);
    // 10^minorDigits, e.g. 100 for EUR.
    static qint64 minorPerMajor(const QString& code);
    // "€", "$", "£", "¥", … or the code itself when there is no short symbol
    // that is unambiguous.
    static QString symbol(const QString& code);
    static QStringList allCodes();
};

} // namespace md
