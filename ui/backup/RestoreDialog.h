#pragma once

#include "backup/BackupRestore.h"
#include "common/Clock.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace md {

namespace Ui {
class RestoreDialog;
}

// File > Restore from Backup: pick a verified backup, where it goes (a new
// folder, or in place of the current workspace, which is moved aside) and
// the secret that opens it. The restore runs here; on success the dialog
// holds the opened workspace for the caller to adopt.
class RestoreDialog final : public QDialog {
    Q_OBJECT
public:
    // `currentWorkspace` may be empty (nothing to replace).
    RestoreDialog(const QString& backupFolder, const QString& currentWorkspace, const Clock& clock,
                  QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // Called right before the current workspace is replaced, to close it.
    void setBeforeReplace(std::function<void()> closeCurrent) {
        m_beforeReplace = std::move(closeCurrent);
    }
    // Preselects "in place of the current workspace" (a damaged one).
    void preferReplacing();

    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_restored.workspace); }
    QString movedAside() const { return m_restored.movedAside; }
    QString restoredDirectory() const { return m_restoredDirectory; }
    // True when the current workspace was closed for a replace that failed
    // (it is back in place, closed).
    bool closedCurrent() const { return m_closedCurrent; }

    void accept() override;

private:
    void loadBackups(const QString& folder);
    void chooseFolder();
    void browseTarget();
    void updateState();
    const BackupInfo* selectedBackup() const;

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QList<BackupInfo> m_backups;
    QString m_currentWorkspace;
    const Clock& m_clock;
    std::function<void()> m_beforeReplace;
    BackupRestore::Restored m_restored;
    QString m_restoredDirectory;
    QPushButton* m_restoreButton = nullptr;
    bool m_closedCurrent = false;
};

} // namespace md
