#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace md {

// "Choose a passphrase" fields shared by the first-run wizard and the change
// passphrase dialog: the passphrase twice, a strength meter with a hint, and a
// mismatch warning. Acceptable means at least PassphraseStrength::kMinimumLength
// characters and both fields equal.
class NewPassphraseWidget final : public QWidget {
    Q_OBJECT
public:
    explicit NewPassphraseWidget(QWidget* parent = nullptr);

    bool isAcceptable() const;
    // Copies the passphrase into secure memory; the fields keep their text.
    SecureBytes passphrase() const;
    // Copies the passphrase into secure memory and clears both fields.
    SecureBytes takePassphrase();
    void clear();
    void focusFirstField();

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHints();
    // Keeps room for the longest strength hint at the label's width, so the
    // fields below stay put while the hint changes.
    void reserveHintHeight();

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_strengthBar = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_matchLabel = nullptr;
    bool m_acceptable = false;
};

} // namespace md
