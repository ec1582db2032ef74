#include "AppController.h"

#include "IdleWatcher.h"
#include "MainWindow.h"
#include "backup/BackupActions.h"
#include "backup/BackupController.h"
#include "calendar/CalendarAccountDialog.h"
#include "keys/KeyStore.h"
#include "security/ChangePassphraseDialog.h"
#include "security/FirstRunWizard.h"
#include "security/NewRecoveryKeyDialog.h"
#include "security/RecoveryKeyView.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

namespace md {

AppController::AppController(KeyStore& keyStore, Settings& settings, QObject* parent,
                             const Clock& clock)
    : QObject(parent)
    , m_keyStore(keyStore)
    , m_settings(settings)
    , m_clock(clock)
    , m_mainWindow(std::make_unique<MainWindow>(settings)) {
    m_idleWatcher = new IdleWatcher(this);
    applyIdleSetting();
    connect(m_idleWatcher, &IdleWatcher::idle, this, [this] {
        if (!m_workspace)
            return;
        lock();
        m_mainWindow->showStatusMessage(tr("Locked after a period of inactivity."));
    });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::IdleLockMinutes)
            applyIdleSetting();
    });

    // Another program writing to the same workspace is noticed when the
    // window comes to the front and, while it is in front, every few seconds
    // (PRAGMA data_version: a read of one number).
    m_externalChangeTimer = new QTimer(this);
    m_externalChangeTimer->setInterval(std::chrono::seconds(5));
    connect(m_externalChangeTimer, &QTimer::timeout, this, &AppController::checkForExternalChanges);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive) {
                    checkForExternalChanges();
                    m_externalChangeTimer->start();
                } else {
                    m_externalChangeTimer->stop();
                }
            });

    m_backups = new BackupController(settings, clock, this);
    BackupActions::Host host;
    host.currentDirectory = [this] {
        return m_dir;
    };
    host.closeCurrent = [this] {
        closeWorkspace();
        Q_EMIT locked();
    };
    host.adopt = [this](std::unique_ptr<Workspace> restored) {
        dismiss(m_unlockDialog.data());
        adopt(std::move(restored));
    };
    host.askToUnlock = [this] {
        showUnlockDialog({});
    };
    m_backupActions = new BackupActions(*m_mainWindow, *m_backups, clock, std::move(host), this);

    MainWindow* window = m_mainWindow.get();
    connect(window, &MainWindow::lockRequested, this, &AppController::lock);
    connect(window, &MainWindow::unlockRequested, this, [this] { showUnlockDialog({}); });
    connect(window, &MainWindow::createWorkspaceRequested, this,
            &AppController::showFirstRunWizard);
    connect(window, &MainWindow::openWorkspaceRequested, this,
            &AppController::chooseWorkspaceFolder);
    connect(window, &MainWindow::changePassphraseRequested, this, &AppController::changePassphrase);
    connect(window, &MainWindow::newRecoveryKeyRequested, this, &AppController::newRecoveryKey);
    connect(window, &MainWindow::calendarAccountRequested, this,
            &AppController::showCalendarAccount);
    connect(window, &MainWindow::calendarSyncRequested, this, [this] {
        if (m_calendarSync)
            m_calendarSync->syncNow();
    });
}

AppController::~AppController() {
    // The last chance for the automatic backup of what changed.
    if (m_workspace)
        m_backups->beforeClose();
    m_backups->setWorkspace(nullptr);
    // A sync under way stops (its queue stays) before the database closes.
    stopCalendarSync();
    // Views first, then the database (see the member order).
    m_mainWindow.reset();
    m_workspace.reset();
}

UnlockDialog* AppController::unlockDialog() const {
    return m_unlockDialog;
}

FirstRunWizard* AppController::firstRunWizard() const {
    return m_wizard;
}

QString AppController::initialDirectory(const QString& requested, const Settings& settings) {
    if (!requested.isEmpty())
        return requested;
    const QString last = settings.lastWorkspace();
    if (!last.isEmpty() && Workspace::exists(last))
        return last;
    return Workspace::defaultDirectory();
}

void AppController::start(const QString& workspaceDir) {
    m_mainWindow->show();
    openWorkspaceFolder(workspaceDir);
}

void AppController::openWorkspaceFolder(const QString& workspaceDir) {
    closeWorkspace();
    dismiss(m_unlockDialog.data());
    dismiss(m_wizard.data());
    m_dir = workspaceDir;
    m_remembered = Remembered::No;
    if (Workspace::exists(m_dir)) {
        m_mainWindow->showLocked(LockedPage::Mode::Locked, m_dir);
        tryRememberedKey();
    } else {
        m_mainWindow->showLocked(LockedPage::Mode::NoWorkspace, m_dir);
        showFirstRunWizard();
    }
}

void AppController::tryRememberedKey() {
    const Result<Sidecar> sidecar = Workspace::readSidecar(m_dir);
    if (!sidecar) {
        showUnlockDialog(sidecar.message());
        return;
    }
    const quint64 attempt = ++m_keyReadAttempt;
    const QPointer<AppController> self(this);
    const QString dir = m_dir;
    m_keyStore.readKey(sidecar->workspaceId, [this, self, attempt, dir](Result<SecureBytes> key) {
        // Too late: the controller is gone, another folder was chosen, or the
        // user has unlocked by hand meanwhile.
        if (!self || attempt != m_keyReadAttempt || m_workspace || dir != m_dir)
            return;
        if (!key) {
            // Not found, keyring locked, no keychain service: all mean "ask".
            m_remembered = Remembered::No;
            // One sentence of our own: the store's reason would say the
            // same thing again (and QtKeychain's is a raw D-Bus message).
            const bool keychainFailed = key.code() != ErrorCode::NotFound;
            showUnlockDialog(keychainFailed ? tr("The system keychain did not answer, so "
                                                 "MentorDesk could not open by itself.")
                                            : QString(),
                             keychainFailed);
            return;
        }
        Result<std::unique_ptr<Workspace>> opened =
            Workspace::unlockWithKey(dir, std::move(key.value()), m_clock);
        if (!opened) {
            m_remembered = Remembered::Stale;
            showUnlockDialog(tr("The key remembered on this computer no longer opens this "
                                "workspace. Enter your passphrase; MentorDesk will remember "
                                "the right key again."));
            return;
        }
        m_remembered = Remembered::Yes;
        dismiss(m_unlockDialog.data());
        adopt(std::move(opened.value()));
    });
}

void AppController::showUnlockDialog(const QString& notice, bool noticeSaysKeychainFailed) {
    if (m_workspace || !Workspace::exists(m_dir))
        return;
    m_keychainNoticeShown = noticeSaysKeychainFailed;
    if (!m_unlockDialog) {
        m_unlockDialog = new UnlockDialog(m_dir, m_mainWindow.get(), m_clock);
        m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_unlockDialog->setRememberChecked(m_remembered != Remembered::No);
        m_unlockDialog->setStoredKeyValid(m_remembered == Remembered::Yes);
        m_unlockDialog->setBackupFolder(m_backups->folder());
        UnlockDialog* dialog = m_unlockDialog;
        // "Remember" only when a keychain answers (asked once per run).
        const QPointer<UnlockDialog> asking(dialog);
        const QPointer<AppController> self(this);
        m_keyStore.checkAvailable([this, self, asking](Status available) {
            if (self && asking)
                asking->setKeychainAvailable(available.ok(), m_keychainNoticeShown);
        });
        connect(dialog, &UnlockDialog::restoreRequested, this, [this, dialog] {
            dismiss(dialog);
            m_backupActions->restore(true);
        });
        forgetWhenFinished(dialog);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            std::unique_ptr<Workspace> workspace = dialog->takeWorkspace();
            if (!workspace || m_workspace)
                return;
            SecureBytes key = dialog->takeKeyToRemember();
            const bool remember = dialog->rememberOnThisComputer();
            const bool viaRecoveryKey = dialog->mode() == UnlockDialog::Mode::RecoveryKey;
            SecureBytes recoveryKey = dialog->takeRecoveryKey();
            adopt(std::move(workspace));
            if (!key.isEmpty())
                rememberKey(std::move(key));
            else if (!remember && m_remembered != Remembered::No)
                forgetKey();
            if (viaRecoveryKey)
                offerNewPassphrase(std::move(recoveryKey));
        });
    }
    m_unlockDialog->setNotice(notice);
    m_unlockDialog->open();
    m_unlockDialog->raise();
    m_unlockDialog->activateWindow();
}

void AppController::showFirstRunWizard() {
    if (m_workspace || m_wizard)
        return;
    m_wizard = new FirstRunWizard(m_dir, m_keyStore, m_mainWindow.get(), m_clock);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    FirstRunWizard* wizard = m_wizard;
    forgetWhenFinished(wizard);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        std::unique_ptr<Workspace> workspace = wizard->takeWorkspace();
        SecureBytes key = wizard->takeKeyToRemember();
        if (!workspace)
            return;
        adopt(std::move(workspace));
        m_mainWindow->showStatusMessage(
            tr("Your workspace is ready. Press Ctrl+N to add your first client."));
        if (!key.isEmpty())
            rememberKey(std::move(key));
    });
    m_wizard->open();
}

void AppController::chooseWorkspaceFolder() {
    auto* dialog = new QFileDialog(m_mainWindow.get(), tr("Open Workspace Folder"), m_dir);
    dialog->setObjectName(QStringLiteral("openWorkspaceFileDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        if (!dir.isEmpty() && (dir != m_dir || !m_workspace))
            openWorkspaceFolder(dir);
    });
    dialog->open();
}

void AppController::adopt(std::unique_ptr<Workspace> workspace) {
    m_workspace = std::move(workspace);
    m_dir = m_workspace->directory();
    m_settings.setLastWorkspace(m_dir);
    m_mainWindow->showWorkspace(m_workspace.get());
    m_backups->setWorkspace(m_workspace.get());
    m_idleWatcher->setActive(true);
    if (QGuiApplication::applicationState() == Qt::ApplicationActive)
        m_externalChangeTimer->start();
    startCalendarSync();
    Q_EMIT unlocked();
}

void AppController::lock() {
    if (!m_workspace)
        return;
    closeWorkspace();
    Q_EMIT locked();
    showUnlockDialog({});
}

void AppController::closeWorkspace() {
    ++m_keyReadAttempt; // a key-store answer still under way must not unlock
    m_idleWatcher->setActive(false);
    m_externalChangeTimer->stop();
    closeDialogs();
    if (m_workspace)
        m_backups->beforeClose();
    m_backups->setWorkspace(nullptr);
    stopCalendarSync();
    // Views drop every row and field before the database goes away.
    m_mainWindow->showLocked(LockedPage::Mode::Locked, m_dir);
    m_workspace.reset();
}

void AppController::startCalendarSync() {
    stopCalendarSync();
    m_calendarSync = new CalendarSyncScheduler(*m_workspace, this);
    m_calendarSync->setTiming(m_calendarSyncTiming);
    m_calendarSync->start();
}

void AppController::stopCalendarSync() {
    // Ends the worker thread at once: a request under way returns as stopped
    // and the queue stays in the workspace for the next unlock.
    delete m_calendarSync;
    m_calendarSync = nullptr;
}

void AppController::showCalendarAccount() {
    if (!m_workspace || !m_calendarSync)
        return;
    if (m_calendarAccountDialog) {
        m_calendarAccountDialog->raise();
        m_calendarAccountDialog->activateWindow();
        return;
    }
    m_calendarAccountDialog =
        new CalendarAccountDialog(*m_workspace, *m_calendarSync, m_mainWindow.get());
    m_calendarAccountDialog->setAttribute(Qt::WA_DeleteOnClose);
    forgetWhenFinished(m_calendarAccountDialog.data());
    m_calendarAccountDialog->open();
}

CalendarAccountDialog* AppController::calendarAccountDialog() const {
    return m_calendarAccountDialog;
}

void AppController::closeDialogs() {
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    // Secrets on screen go first, whatever the dialog's own rules.
    for (RecoveryKeyView* view : m_mainWindow->findChildren<RecoveryKeyView*>())
        view->clear();
    for (QDialog* dialog : m_mainWindow->findChildren<QDialog*>()) {
        if (dialog == m_unlockDialog || dialog == m_wizard || !dialog->isVisible() ||
            dialog->property(kKeepOpenWhenLocking).toBool())
            continue;
        dialog->close(); // rejects; most delete themselves on close
        dialog->hide();  // for the few that refuse (an unconfirmed new recovery key)
    }
    dismiss(m_changePassphraseDialog.data());
    dismiss(m_newRecoveryKeyDialog.data());
}

void AppController::forgetWhenFinished(QDialog* dialog) {
    // A finished dialog deletes itself later; until then the QPointer would
    // still hand it out, so drop it now.
    connect(dialog, &QDialog::finished, this, [this, dialog] { dropPointer(dialog); });
}

void AppController::dropPointer(QDialog* dialog) {
    if (m_unlockDialog == dialog)
        m_unlockDialog = nullptr;
    if (m_wizard == dialog)
        m_wizard = nullptr;
    if (m_changePassphraseDialog == dialog)
        m_changePassphraseDialog = nullptr;
    if (m_calendarAccountDialog == dialog)
        m_calendarAccountDialog = nullptr;
    if (m_newRecoveryKeyDialog == dialog)
        m_newRecoveryKeyDialog = nullptr;
}

void AppController::dismiss(QDialog* dialog) {
    if (!dialog)
        return;
    dropPointer(dialog);
    dialog->hide();
    dialog->deleteLater();
}

void AppController::rememberKey(SecureBytes key) {
    if (!m_workspace)
        return;
    const QPointer<AppController> self(this);
    const QString dir = m_dir;
    m_keyStore.writeKey(m_workspace->id(), key, [this, self, dir](Status status) {
        if (!self || dir != m_dir)
            return;
        if (status) {
            m_remembered = Remembered::Yes;
            m_mainWindow->showStatusMessage(
                tr("MentorDesk will open without asking for your passphrase on this computer."));
            return;
        }
        m_remembered = Remembered::No;
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Not Remembered"),
            tr("MentorDesk could not store the key in the system keychain, so it will ask for "
               "your passphrase next time."),
            QMessageBox::Ok, m_mainWindow.get());
        box->setObjectName(QStringLiteral("rememberFailedMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void AppController::forgetKey() {
    if (!m_workspace)
        return;
    const QPointer<AppController> self(this);
    m_keyStore.removeKey(m_workspace->id(), [this, self](Status status) {
        if (!self)
            return;
        if (status) {
            m_remembered = Remembered::No;
            m_mainWindow->showStatusMessage(
                tr("MentorDesk no longer opens by itself on this computer."));
        } else {
            m_mainWindow->showStatusMessage(
                tr("The key could not be removed from the system keychain."));
        }
    });
}

void AppController::offerNewPassphrase(SecureBytes recoveryKey) {
    // Whoever needs the recovery key has usually forgotten the passphrase;
    // after a lost workspace.json was rebuilt there is no passphrase at all.
    changePassphrase();
    if (!m_changePassphraseDialog)
        return;
    // The key just typed is reused (and wiped when the dialog closes).
    m_changePassphraseDialog->useRecoveryKey(std::move(recoveryKey));
    m_changePassphraseDialog->setIntro(
        m_workspace->needsNewPassphrase()
            ? tr("The workspace was opened with its recovery key and has no passphrase yet. "
                 "Choose one now; until then only the recovery key opens it.")
            : tr("You opened the workspace with your recovery key. If you have forgotten your "
                 "passphrase, choose a new one now."));
}

void AppController::changePassphrase() {
    if (!m_workspace || m_changePassphraseDialog)
        return;
    m_changePassphraseDialog = new ChangePassphraseDialog(m_workspace.get(), m_mainWindow.get());
    m_changePassphraseDialog->setAttribute(Qt::WA_DeleteOnClose);
    forgetWhenFinished(m_changePassphraseDialog.data());
    connect(m_changePassphraseDialog, &QDialog::accepted, this,
            [this] { m_mainWindow->showStatusMessage(tr("Your passphrase has been changed.")); });
    m_changePassphraseDialog->open();
}

void AppController::newRecoveryKey() {
    if (!m_workspace || m_newRecoveryKeyDialog)
        return;
    m_newRecoveryKeyDialog = new NewRecoveryKeyDialog(m_workspace.get(), m_mainWindow.get());
    m_newRecoveryKeyDialog->setAttribute(Qt::WA_DeleteOnClose);
    NewRecoveryKeyDialog* dialog = m_newRecoveryKeyDialog;
    forgetWhenFinished(dialog);
    // Re-keying re-encrypts every page: the calendar sync's second connection,
    // still on the old key, must not read or write meanwhile. It opens again
    // (with the new key) when the dialog closes.
    stopCalendarSync();
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_workspace)
            startCalendarSync();
    });
    connect(dialog, &NewRecoveryKeyDialog::recoveryKeyRegenerated, this, [this, dialog] {
        SecureBytes key = dialog->takeDataKey();
        // The database has a new key: a remembered old one is useless now.
        if (m_remembered != Remembered::No)
            rememberKey(std::move(key));
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        m_mainWindow->showStatusMessage(
            tr("New recovery key created. The old one no longer opens this workspace."));
    });
    dialog->open();
}

void AppController::checkForExternalChanges() {
    if (m_workspace)
        m_workspace->checkForExternalChanges();
}

void AppController::applyIdleSetting() {
    const int minutes = m_settings.idleLockMinutes();
    m_idleWatcher->setTimeout(std::chrono::minutes(std::max(0, minutes)));
}

} // namespace md
