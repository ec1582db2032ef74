#pragma once

#include "backup/BackupService.h"
#include "common/Change.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace md {

class Settings;
class Workspace;

// When backups are made while the app runs: on request, on lock or close when
// something changed since the last one, and at most once a day while the
// workspace is open. Reports what happened so the status bar and the
// dashboard can show when the last verified backup was made.
class BackupController final : public QObject {
    Q_OBJECT
public:
    BackupController(Settings& settings, const Clock& clock, QObject* parent = nullptr);

    // The workspace backups are made of; nullptr when locked.
    void setWorkspace(Workspace* workspace);

    // A backup made on request (File > Back up now).
    Result<BackupInfo> backUpNow();
    // Before the workspace closes (lock, quit, another folder): an automatic
    // backup when something changed since the last one.
    void beforeClose();
    // Runs the daily backup when the newest one is a day old or more.
    void backUpIfDue();

    QString folder() const;
    std::optional<BackupInfo> lastBackup() const { return m_last; }
    // Days since the last verified backup; nothing when there is none.
    std::optional<int> daysSinceLastBackup() const;
    // One line for the status bar: when, or a warning.
    QString statusText() const;
    bool isOverdue() const;

Q_SIGNALS:
    void statusChanged();
    // A backup failed or the folder is missing: the message says why.
    void problem(const QString& message);

private:
    Result<BackupInfo> make(BackupService::Kind kind);
    void refreshLast();

    Settings& m_settings;
    const Clock& m_clock;
    QPointer<Workspace> m_workspace;
    std::optional<BackupInfo> m_last;
    bool m_changedSinceBackup = false;
    QTimer m_daily;
};

} // namespace md
