#include "security/PassphraseStrength.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace md {

PassphraseStrength PassphraseStrength::evaluate(const QString& passphrase) {
    PassphraseStrength result;
    bool lower = false, upper = false, digit = false, other = false;
    for (const char32_t c : passphrase.toUcs4()) {
        ++result.length;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Letter_Lowercase)
            lower = true;
        else if (category == QChar::Letter_Uppercase)
            upper = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true;
    }
    result.characterClasses = int(lower) + int(upper) + int(digit) + int(other);

    // Pool sizes of the classes used; "other" counts space, punctuation and any
    // letter outside the ASCII cases (32 is a conservative figure).
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 32 : 0);
    result.estimatedBits = pool > 0 ? result.length * std::log2(double(pool)) : 0.0;

    if (result.length < kMinimumLength)
        result.level = Level::TooShort;
    else if (result.estimatedBits < 60)
        result.level = Level::Weak;
    else if (result.estimatedBits < 80)
        result.level = Level::Fair;
    else if (result.estimatedBits < 100)
        result.level = Level::Good;
    else
        result.level = Level::Strong;
    return result;
}

int PassphraseStrength::percent() const {
    if (length == 0)
        return 0;
    return std::clamp(int(estimatedBits), 5, 100);
}

QString PassphraseStrength::hint() const {
    switch (level) {
    case Level::TooShort:
        if (length == 0)
            return tr("Use at least 10 characters. Several unrelated words make a passphrase "
                      "that is both strong and easy to remember.");
        return tr("Too short: use at least 10 characters (%n so far).", nullptr, length);
    case Level::Weak:
        return tr("Strength: weak. Add more words, or mix upper and lower case, digits and "
                  "symbols.");
    case Level::Fair:
        return tr("Strength: fair. A few more characters or another word would make it "
                  "much harder to guess.");
    case Level::Good:
        return tr("Strength: good.");
    case Level::Strong:
        return tr("Strength: strong.");
    }
    return {};
}

} // namespace md
