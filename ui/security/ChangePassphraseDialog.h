#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace md {

class NewPassphraseWidget;
class Workspace;

// Replaces the passphrase of the open workspace. Needs the current one, or
// the recovery key when the passphrase is forgotten (or, after a lost
// workspace.json was rebuilt, there is none). The data key, the recovery key
// and a remembered key stay valid.
class ChangePassphraseDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { CurrentPassphrase, RecoveryKey };

    explicit ChangePassphraseDialog(Workspace* workspace, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Replaces the explanation at the top (e.g. after a recovery-key unlock).
    void setIntro(const QString& text);
    // Right after a recovery-key unlock: resets the passphrase with this key
    // (already checked) instead of asking for it again. Wiped when the dialog
    // closes.
    void useRecoveryKey(SecureBytes recoveryKey);

    void accept() override;
    void done(int result) override;

private:
    void updateButton();

    QPointer<Workspace> m_workspace;
    Mode m_mode = Mode::CurrentPassphrase;
    QLabel* m_introLabel = nullptr;
    QLabel* m_currentLabel = nullptr;
    QPushButton* m_modeButton = nullptr;
    QLineEdit* m_currentEdit = nullptr;
    NewPassphraseWidget* m_newFields = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_changeButton = nullptr;
    SecureBytes m_heldRecoveryKey;
};

} // namespace md
