#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace md {

class RecoveryKeyView;
class Workspace;

// Replaces the recovery key: asks for the passphrase, re-encrypts the database
// under a new data key, then shows the new recovery key until the user
// confirms having stored it. The old recovery key stops working.
class NewRecoveryKeyDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewRecoveryKeyDialog(Workspace* workspace, QWidget* parent = nullptr);
    ~NewRecoveryKeyDialog() override;

    // After recoveryKeyRegenerated(): the new data key, for a remembered key.
    SecureBytes takeDataKey();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Emitted as soon as the database has its new key, before the user has
    // confirmed anything: a remembered old key is invalid from now on.
    void recoveryKeyRegenerated();

private:
    void regenerate();
    void updateButtons();

    QPointer<Workspace> m_workspace;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    RecoveryKeyView* m_keyView = nullptr;
    QPushButton* m_okButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    SecureBytes m_dataKey;
    bool m_regenerated = false;
};

} // namespace md
