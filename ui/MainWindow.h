#pragma once

#include "LockedPage.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace md {

class AreaPage;
class ClientsPage;
class Settings;
class BackupStatusPanel;
class Workspace;

// The application shell: a sidebar of areas beside a stack of pages, the
// menus, and a status bar. It holds no workspace logic; the AppController
// decides what happens on Lock, Open Workspace and so on.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds an area to the sidebar; the first added is shown first.
    void addArea(const QString& title, const QIcon& icon, AreaPage* page);

    // Gives every area the open workspace and shows the content. Areas read
    // what they show when they are first shown (LoadOnShow): unlocking reads
    // only the start area's data.
    void showWorkspace(Workspace* workspace);
    // `area` gets the workspace only when its page is first shown, for an
    // area that still reads everything in setWorkspace() (Billing).
    void deferWorkspace(AreaPage* area);
    // A panel of such an area placed on `host`'s page: `bind` hands it the
    // workspace when `host` is first shown, and nullptr when it locks.
    void bindPanel(AreaPage* host, std::function<void(Workspace*)> bind);
    // Clears every area and shows the locked or no-workspace page instead.
    void showLocked(LockedPage::Mode mode, const QString& workspaceDir);
    bool isShowingWorkspace() const;

    ClientsPage* clientsPage() const { return m_clientsPage; }
    AreaPage* currentArea() const;
    void setCurrentArea(AreaPage* page);
    void showStatusMessage(const QString& message);
    // The permanent note on backups in the status bar; `warning` shows it as one.
    void setBackupStatus(const QString& text, bool warning, const QString& toolTip);

    // A page shown in place of the current area without being one (the
    // search results); hideOverlay() returns to the area it covered.
    void addOverlay(QWidget* page);
    void showOverlay(QWidget* page);
    void hideOverlay();
    bool isShowingOverlay() const;
    // The Edit menu, for parts of the window that add an action to it.
    QMenu* editMenu() const { return m_editMenu; }
    // `action` is enabled only while a workspace is open.
    void addUnlockedAction(QAction* action);
    // The sidebar as icons only (View > Compact Sidebar), remembered in the
    // settings of this computer.
    void setSidebarCollapsed(bool collapsed);
    bool isSidebarCollapsed() const;

Q_SIGNALS:
    void lockRequested();
    void unlockRequested();
    void createWorkspaceRequested();
    void openWorkspaceRequested();
    void changePassphraseRequested();
    void newRecoveryKeyRequested();
    void backUpNowRequested();
    void restoreRequested();
    // File > Calendar Account… (and the calendar's status line).
    void calendarAccountRequested();
    // The calendar's status line: Try Again.
    void calendarSyncRequested();
    // Find where the current area has no filter: the workspace search.
    void searchRequested();
    // The open workspace, or nullptr once it locked.
    void workspaceChanged(md::Workspace* workspace);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void deferBilling();
    // Hands `page` (and the panels bound to it) the workspace if it waited.
    void handOver(AreaPage* page);
    void updateActions();
    void updateSummary();
    void showAbout();

    Settings& m_settings;
    QPointer<Workspace> m_workspace;
    QStackedWidget* m_rootStack = nullptr;
    QWidget* m_content = nullptr;
    QListWidget* m_areaList = nullptr;
    QStackedWidget* m_pages = nullptr;
    LockedPage* m_lockedPage = nullptr;
    QList<AreaPage*> m_areas;
    QStringList m_areaTitles; // the sidebar's texts, also while it shows icons only
    QAction* m_sidebarAction = nullptr;
    QSet<AreaPage*> m_deferred; // get the workspace on first show
    QSet<AreaPage*> m_handed;   // deferred ones that have it
    struct Panel {
        AreaPage* host = nullptr;
        std::function<void(Workspace*)> bind;
        bool bound = false;
    };
    QList<Panel> m_panels;
    QHash<AreaPage*, QString> m_summaries;
    ClientsPage* m_clientsPage = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    BackupStatusPanel* m_backupPanel = nullptr; // on the dashboard
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_backupLabel = nullptr;
    QList<QAction*> m_unlockedActions; // enabled only while a workspace is open
    QAction* m_lockAction = nullptr;
    QMenu* m_editMenu = nullptr;
    QList<QWidget*> m_overlays;
};

} // namespace md
