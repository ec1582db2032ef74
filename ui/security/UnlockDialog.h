#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace md {

class Workspace;

// Asks for the passphrase (or, on request, the recovery key) and opens the
// workspace. A wrong secret leaves the dialog open with a plain explanation;
// nothing on disk is touched. Non-blocking: use open() and connect accepted().
class UnlockDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Passphrase, RecoveryKey };

    explicit UnlockDialog(const QString& workspaceDir, QWidget* parent = nullptr,
                          const Clock& clock = SystemClock::instance());
    ~UnlockDialog() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Why the dialog appears, e.g. the keychain could not be read. Optional.
    void setNotice(const QString& text);
    void setRememberChecked(bool checked);
    // "Remember" is offered only when a keychain answers. Without one the
    // checkbox goes and one sentence says why, unless `alreadySaid` (the
    // notice tells it already).
    void setKeychainAvailable(bool available, bool alreadySaid = false);
    // True when the key store already holds the right key: then a ticked
    // "remember" needs no new key (saves a second Argon2id run).
    void setStoredKeyValid(bool valid) { m_storedKeyValid = valid; }
    bool rememberOnThisComputer() const;
    // Where the backups are looked for when the database is found damaged.
    void setBackupFolder(const QString& folder) { m_backupFolder = folder; }

    // After accepted(): the open workspace and, when "remember" is ticked, the
    // data key for the key store (else empty).
    std::unique_ptr<Workspace> takeWorkspace();
    SecureBytes takeKeyToRemember();
    // After accepted() in recovery-key mode: the recovery key that was typed,
    // so that choosing a new passphrase need not ask for it again.
    SecureBytes takeRecoveryKey();

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // The database is damaged and the mentor chose to restore a backup.
    void restoreRequested();

private:
    void updateUnlockButton();
    QString errorText(const Error& error) const;

    QString m_dir;
    QString m_backupFolder;
    const Clock& m_clock;
    QPushButton* m_restoreButton = nullptr;
    bool m_damaged = false; // the last attempt found the database damaged
    Mode m_mode = Mode::Passphrase;
    QLabel* m_noticeLabel = nullptr;
    QStackedWidget* m_secretStack = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLineEdit* m_recoveryEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QCheckBox* m_rememberCheckBox = nullptr;
    QLabel* m_noKeychainLabel = nullptr;
    QPushButton* m_modeButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    SecureBytes m_keyToRemember;
    SecureBytes m_recoveryKey;
    bool m_storedKeyValid = false;
};

} // namespace md
