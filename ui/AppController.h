#pragma once

#include "calendar/CalendarSyncScheduler.h"
#include "common/Clock.h"
#include "crypto/SecureBytes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;
class QTimer;

namespace md {

class BackupActions;
class BackupController;
class CalendarAccountDialog;
class ChangePassphraseDialog;
class FirstRunWizard;
class IdleWatcher;
class KeyStore;
class MainWindow;
class NewRecoveryKeyDialog;
class Settings;
class UnlockDialog;
class Workspace;

// Decides what the user sees: the first-run wizard when the folder holds no
// workspace, an automatic unlock with a remembered key, or the unlock dialog.
// Owns the open workspace; locking destroys it. The key store, settings and
// clock are injected so tests can use fakes and a temporary folder.
//
// Fail-safe rule: when a workspace exists, no key-store outcome (missing
// entry, locked keyring, no D-Bus, a wrong key) ever creates anything; the
// user gets the unlock dialog.
class AppController final : public QObject {
    Q_OBJECT
public:
    // A dialog with this property set survives locking (the restore dialog,
    // which closes the workspace itself).
    static constexpr const char* kKeepOpenWhenLocking = "mentordeskKeepOpenWhenLocking";

    AppController(KeyStore& keyStore, Settings& settings, QObject* parent = nullptr,
                  const Clock& clock = SystemClock::instance());
    ~AppController() override;

    // The folder to open at start: --workspace if given, else the last one
    // used (if it still holds a workspace), else the default location.
    static QString initialDirectory(const QString& requested, const Settings& settings);

    // Shows the main window and starts the flow for `workspaceDir`.
    void start(const QString& workspaceDir);
    // Opens another folder (File > Open Workspace): closes the current one first.
    void openWorkspaceFolder(const QString& workspaceDir);
    // Closes the workspace and asks for the passphrase.
    void lock();
    // Shows what another process (the CLI, a second MentorDesk) committed to
    // the open workspace; runs by itself when the window comes to the front
    // and every few seconds while it is there.
    void checkForExternalChanges();

    MainWindow* mainWindow() const { return m_mainWindow.get(); }
    Workspace* workspace() const { return m_workspace.get(); }
    QString workspaceDirectory() const { return m_dir; }
    UnlockDialog* unlockDialog() const;
    FirstRunWizard* firstRunWizard() const;
    IdleWatcher* idleWatcher() const { return m_idleWatcher; }
    BackupController* backups() const { return m_backups; }
    BackupActions* backupActions() const { return m_backupActions; }
    // The background calendar sync of the open workspace (nullptr while locked).
    CalendarSyncScheduler* calendarSync() const { return m_calendarSync; }
    // Applied to the calendar sync of every workspace unlocked afterwards (tests).
    void setCalendarSyncTiming(const CalendarSyncScheduler::Timing& timing) {
        m_calendarSyncTiming = timing;
    }
    // File > Calendar Account…
    void showCalendarAccount();
    CalendarAccountDialog* calendarAccountDialog() const;
    // Whether the key store is believed to hold this workspace's key.
    bool isRemembered() const { return m_remembered != Remembered::No; }

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    enum class Remembered { No, Yes, Stale };

    void tryRememberedKey();
    void showUnlockDialog(const QString& notice, bool noticeSaysKeychainFailed = false);
    void showFirstRunWizard();
    void chooseWorkspaceFolder();
    void adopt(std::unique_ptr<Workspace> workspace);
    void closeWorkspace();
    void closeDialogs();
    void forgetWhenFinished(QDialog* dialog);
    void dropPointer(QDialog* dialog);
    // Hides a dialog at once and deletes it later, without its result signals.
    void dismiss(QDialog* dialog);
    void rememberKey(SecureBytes key);
    void forgetKey();
    void changePassphrase();
    void offerNewPassphrase(SecureBytes recoveryKey);
    void newRecoveryKey();
    void applyIdleSetting();
    void startCalendarSync();
    void stopCalendarSync();

    KeyStore& m_keyStore;
    Settings& m_settings;
    const Clock& m_clock;
    QString m_dir;
    // Declared before the window so the window (and every view holding a
    // pointer into the workspace) is destroyed first.
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_mainWindow;
    IdleWatcher* m_idleWatcher = nullptr;
    QTimer* m_externalChangeTimer = nullptr;
    BackupController* m_backups = nullptr;
    BackupActions* m_backupActions = nullptr;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<ChangePassphraseDialog> m_changePassphraseDialog;
    QPointer<NewRecoveryKeyDialog> m_newRecoveryKeyDialog;
    QPointer<CalendarAccountDialog> m_calendarAccountDialog;
    CalendarSyncScheduler* m_calendarSync = nullptr; // while a workspace is open
    CalendarSyncScheduler::Timing m_calendarSyncTiming;
    Remembered m_remembered = Remembered::No;
    quint64 m_keyReadAttempt = 0;       // answers to older key-store reads are ignored
    bool m_keychainNoticeShown = false; // the unlock notice says the keychain failed
};

} // namespace md
