#include "backup/BackupActions.h"

#include "AppController.h"
#include "MainWindow.h"
#include "backup/BackupController.h"
#include "backup/RestoreDialog.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>

namespace md {

BackupActions::BackupActions(MainWindow& window, BackupController& backups, const Clock& clock,
                             Host host, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_backups(backups)
    , m_clock(clock)
    , m_host(std::move(host)) {
    connect(&window, &MainWindow::backUpNowRequested, this, &BackupActions::backUpNow);
    connect(&window, &MainWindow::restoreRequested, this, [this] { restore(); });
    connect(&backups, &BackupController::statusChanged, this, &BackupActions::showStatus);
    connect(&backups, &BackupController::problem, this, &BackupActions::showProblem);
    showStatus();
}

void BackupActions::showStatus() {
    const std::optional<BackupInfo> last = m_backups.lastBackup();
    const QString folder = QDir::toNativeSeparators(m_backups.folder());
    QString toolTip;
    if (last)
        toolTip = tr("Last verified backup: %1\nin %2")
                      .arg(QLocale().toString(last->createdUtc.toLocalTime(), QLocale::LongFormat),
                           QDir::toNativeSeparators(last->path));
    else if (!folder.isEmpty())
        toolTip = tr("No verified backup in %1 yet. File > Back Up Now makes one.").arg(folder);
    m_window.setBackupStatus(m_backups.statusText(), !folder.isEmpty() && m_backups.isOverdue(),
                             toolTip);
}

void BackupActions::showProblem(const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Backup Not Made"), message,
                                QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("backupProblemMessageBox"));
    box->setInformativeText(tr("Your workspace itself is unchanged. The backup folder is set in "
                               "Edit > Preferences."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BackupActions::backUpNow() {
    const Result<BackupInfo> made = m_backups.backUpNow();
    if (made)
        m_window.showStatusMessage(
            tr("Backup written and verified in %1.").arg(QDir::toNativeSeparators(made->path)));
}

void BackupActions::restore(bool preferReplacing) {
    const QString current = m_host.currentDirectory();
    const QString folder = m_backups.folder().isEmpty() && !current.isEmpty()
                               ? BackupService::defaultFolder(current)
                               : m_backups.folder();
    auto* dialog = new RestoreDialog(folder, current, m_clock, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty(AppController::kKeepOpenWhenLocking, true);
    if (preferReplacing)
        dialog->preferReplacing();
    dialog->setBeforeReplace([this] {
        m_backups.beforeClose();
        m_host.closeCurrent();
    });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            if (dialog->closedCurrent())
                m_host.askToUnlock();
            return;
        }
        // Everything needed from the dialog first: closing the current
        // workspace runs events, and the dialog deletes itself on close.
        const QString aside = dialog->movedAside();
        const QString restoredDirectory = dialog->restoredDirectory();
        std::unique_ptr<Workspace> restored = dialog->takeWorkspace();
        if (!dialog->closedCurrent()) {
            m_backups.beforeClose();
            m_host.closeCurrent();
        }
        m_host.adopt(std::move(restored));
        m_window.showStatusMessage(
            aside.isEmpty()
                ? tr("Restored into %1.").arg(QDir::toNativeSeparators(restoredDirectory))
                : tr("Restored. The workspace it replaced is kept in %1.")
                      .arg(QDir::toNativeSeparators(aside)));
        if (!aside.isEmpty()) {
            auto* box = new QMessageBox(
                QMessageBox::Information, tr("Workspace Restored"),
                tr("The backup is restored and open. The workspace it replaced was moved, not "
                   "deleted, to:\n%1")
                    .arg(QDir::toNativeSeparators(aside)),
                QMessageBox::Ok, &m_window);
            box->setObjectName(QStringLiteral("restoredMessageBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

} // namespace md
