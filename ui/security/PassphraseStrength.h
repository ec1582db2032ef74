#pragma once

#include <QCoreApplication>
#include <QString>

namespace md {

// A rough, honest strength estimate for a new passphrase: length and character
// classes only. It cannot see that "Summer2024!" is a common pattern, so the
// hint always nudges towards long passphrases of unrelated words.
struct PassphraseStrength {
    Q_DECLARE_TR_FUNCTIONS(md::PassphraseStrength)
public:
    static constexpr int kMinimumLength = 10;

    enum class Level { TooShort, Weak, Fair, Good, Strong };

    Level level = Level::TooShort;
    int length = 0;           // in characters (code points), not bytes
    int characterClasses = 0; // lower case, upper case, digits, other (0..4)
    double estimatedBits = 0;

    bool isAcceptable() const { return level != Level::TooShort; }
    // 0..100 for a meter.
    int percent() const;
    // "Strength: good — …", translated.
    QString hint() const;

    static PassphraseStrength evaluate(const QString& passphrase);
};

} // namespace md
