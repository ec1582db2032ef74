#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QString>

namespace md {

// Bank account identifiers printed on invoices.
class Iban final {
    Q_DECLARE_TR_FUNCTIONS(md::Iban)

public:
    // Checks an IBAN as ISO 13616 defines it: country code, the country's
    // length, only letters and digits, and the mod-97 check digits. Spaces and
    // lower case are accepted on input. Returns the electronic form
    // ("DE89370400440532013000"), or InvalidInput with a reason.
    static Result<QString> validate(const QString& text);
    static bool isValid(const QString& text) { return validate(text).ok(); }
    // The printed form in groups of four ("DE89 3704 0044 0532 0130 00").
    static QString formatted(const QString& electronic);
    // The ISO 7064 mod-97-10 remainder of the rearranged IBAN; 1 when valid.
    static int mod97(const QString& electronic);
};

class Bic final {
    // Its messages belong with the IBAN's (one context for bank details).
    Q_DECLARE_TR_FUNCTIONS(md::Iban)

public:
    // SWIFT/BIC (ISO 9362): 4 letters (bank), 2 letters (country), 2 letters
    // or digits (location), optionally 3 letters or digits (branch). Returns
    // the upper-case form without spaces.
    static Result<QString> validate(const QString& text);
    static bool isValid(const QString& text) { return validate(text).ok(); }
};

} // namespace md
