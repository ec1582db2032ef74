#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace md {

class BackupController;
class Clock;
class MainWindow;
class Workspace;

// The backup commands of the main window (File > Back Up Now, File > Restore
// from Backup) and the backup note in the status bar. What a restore means
// for the open workspace (closing it, adopting the restored one) is the
// AppController's, reached through the callbacks.
class BackupActions final : public QObject {
    Q_OBJECT
public:
    struct Host {
        std::function<QString()> currentDirectory;
        std::function<void()> closeCurrent;
        std::function<void(std::unique_ptr<Workspace>)> adopt;
        std::function<void()> askToUnlock; // the current workspace, closed, is to be unlocked again
    };

    BackupActions(MainWindow& window, BackupController& backups, const Clock& clock, Host host,
                  QObject* parent = nullptr);

    void backUpNow();
    // `preferReplacing` for a damaged workspace: the restore takes its place.
    void restore(bool preferReplacing = false);

private:
    void showStatus();
    void showProblem(const QString& message);

    MainWindow& m_window;
    BackupController& m_backups;
    const Clock& m_clock;
    Host m_host;
};

} // namespace md
