#include "MainWindow.h"

#include "AreaPage.h"
#include "UiStyle.h"
#include "agreements/AgreementsAreas.h"
#include "backup/BackupStatusPanel.h"
#include "billing/BillingArea.h"
#include "billing/BillingAreas.h"
#include "billing/BillingDashboardWidget.h"
#include "billing/ClientBalanceWidget.h"
#include "billing/EngagementPackagesWidget.h"
#include "calendar/CalendarAreas.h"
#include "clients/ClientsPage.h"
#include "export/ExportFlow.h"
#include "help/HelpDialogs.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineAreas.h"
#include "search/SearchAreas.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>

namespace md {

namespace {
constexpr int kSidebarWidth = 170;
} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MentorDesk"));

    m_areaList = new QListWidget(this);
    m_areaList->setObjectName(QStringLiteral("areaListWidget"));
    m_areaList->setFrameShape(QFrame::NoFrame);
    m_areaList->setIconSize(QSize(20, 20));
    m_areaList->setSpacing(2);
    m_areaList->setFixedWidth(kSidebarWidth);
    m_areaList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_areaList->setBackgroundRole(QPalette::Window);
    m_areaList->setAccessibleName(tr("Areas"));
    QFont areaFont = m_areaList->font();
    areaFont.setPointSizeF(areaFont.pointSizeF() * 1.1);
    m_areaList->setFont(areaFont);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("areaStackedWidget"));

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    m_content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_areaList);
    contentLayout->addWidget(separator);
    contentLayout->addWidget(m_pages, 1);

    m_lockedPage = new LockedPage(this);
    m_rootStack = new QStackedWidget(this);
    m_rootStack->addWidget(m_content);
    m_rootStack->addWidget(m_lockedPage);
    setCentralWidget(m_rootStack);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatusLabel"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryStatusLabel"));
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupStatusLabel"));
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connect(m_areaList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A click on the area an overlay covers goes back to it.
    connect(m_areaList, &QListWidget::itemPressed, this, [this] {
        if (isShowingOverlay())
            hideOverlay();
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateSummary);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { handOver(currentArea()); });
    connect(m_lockedPage, &LockedPage::unlockRequested, this, &MainWindow::unlockRequested);
    connect(m_lockedPage, &LockedPage::createWorkspaceRequested, this,
            &MainWindow::createWorkspaceRequested);
    connect(m_lockedPage, &LockedPage::openWorkspaceRequested, this,
            &MainWindow::openWorkspaceRequested);

    // The areas. A later area is one more line here.
    m_clientsPage = new ClientsPage(this);
    addArea(tr("Clients"), ui::areaIcon("system-users", "clients"), m_clientsPage);
    installPipelineAreas(*this);
    installAgreementsArea(*this);
    installCalendarArea(*this);
    installBillingAreas(*this);
    if (auto* dashboard = findChild<DashboardPage*>()) {
        m_backupPanel = new BackupStatusPanel(dashboard);
        dashboard->addPanel(m_backupPanel);
        connect(m_backupPanel, &BackupStatusPanel::backUpNowRequested, this,
                &MainWindow::backUpNowRequested);
    }
    deferBilling();

    createMenus();
    installSearch(*this);
    showLocked(LockedPage::Mode::NoWorkspace, QString());

    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // Never larger than the screen: on a 1024 px display the toolbar's
        // search field would otherwise start off its edge.
        QSize size(1180, 760);
        if (QScreen* shown = screen())
            size = size.boundedTo(shown->availableGeometry().size());
        resize(size);
    }
    restoreState(m_settings.mainWindowState());
    setSidebarCollapsed(m_settings.value(Settings::Key::SidebarCollapsed).toBool());
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QString& title, const QIcon& icon, AreaPage* page) {
    auto* item = new QListWidgetItem(icon, title, m_areaList);
    item->setSizeHint(QSize(0, 34));
    item->setData(Qt::AccessibleTextRole, title);
    m_areaTitles.append(title);
    m_pages->addWidget(page);
    m_areas.append(page);
    connect(page, &AreaPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(page, &AreaPage::searchWanted, this, &MainWindow::searchRequested);
    connect(page, &AreaPage::summaryChanged, this, [this, page](const QString& summary) {
        m_summaries.insert(page, summary);
        updateSummary();
    });
    if (m_areaList->currentRow() < 0)
        m_areaList->setCurrentRow(0);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newClient = file->addAction(tr("&New Client"), this, [this] {
        setCurrentArea(m_clientsPage);
        m_clientsPage->newClient();
    });
    newClient->setObjectName(QStringLiteral("newClientAction"));
    newClient->setIcon(ui::actionIcon("contact-new", "new-client"));
    newClient->setShortcut(QKeySequence::New);
    QAction* importClients = file->addAction(tr("&Import Clients…"), this, [this] {
        setCurrentArea(m_clientsPage);
        m_clientsPage->importClients();
    });
    importClients->setObjectName(QStringLiteral("importClientsAction"));
    importClients->setIcon(ui::actionIcon("document-import", "import"));
    QAction* exportWorkspace = file->addAction(tr("&Export Workspace…"), this, [this] {
        if (!m_workspace)
            return;
        const QString folder = ExportFlow::exportWorkspace(this, *m_workspace);
        if (!folder.isEmpty())
            showStatusMessage(tr("Exported the workspace (not encrypted) into %1.")
                                  .arg(QDir::toNativeSeparators(folder)));
    });
    exportWorkspace->setObjectName(QStringLiteral("exportWorkspaceAction"));
    exportWorkspace->setIcon(ui::actionIcon("document-export", "export"));
    QAction* calendarAccount =
        file->addAction(tr("Calendar &Account…"), this, &MainWindow::calendarAccountRequested);
    calendarAccount->setObjectName(QStringLiteral("calendarAccountAction"));
    calendarAccount->setIcon(ui::areaIcon("x-office-calendar", "calendar"));
    file->addSeparator();
    QAction* open =
        file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceRequested);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setIcon(ui::actionIcon("document-open", "open"));
    open->setShortcut(QKeySequence::Open);
    QAction* passphrase =
        file->addAction(tr("Change &Passphrase…"), this, &MainWindow::changePassphraseRequested);
    passphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    passphrase->setIcon(ui::actionIcon("dialog-password", "key"));
    QAction* recovery =
        file->addAction(tr("New &Recovery Key…"), this, &MainWindow::newRecoveryKeyRequested);
    recovery->setObjectName(QStringLiteral("newRecoveryKeyAction"));
    recovery->setIcon(ui::actionIcon("security-high", "recovery-key"));
    file->addSeparator();
    QAction* backUp = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNowRequested);
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    backUp->setIcon(ui::actionIcon("document-save", "backup"));
    QAction* restore =
        file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreRequested);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setIcon(ui::actionIcon("document-revert", "restore"));
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setIcon(ui::actionIcon("system-lock-screen", "lock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setIcon(ui::actionIcon("application-exit", "quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    QAction* find = edit->addAction(tr("&Find"), this, [this] {
        if (AreaPage* area = currentArea())
            area->focusFilter();
        else
            Q_EMIT searchRequested();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setIcon(ui::actionIcon("edit-find", "search"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        auto* dialog =
            new PreferencesDialog(m_settings, m_workspace ? &m_workspace->settings() : nullptr,
                                  m_workspace ? m_workspace->directory() : QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setIcon(ui::actionIcon("preferences-system", "preferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    // One entry per area, Ctrl+1 to Ctrl+9 in sidebar order, so every area
    // is a keystroke away.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QList<QAction*> areaActions;
    for (qsizetype row = 0; row < m_areas.size(); ++row) {
        AreaPage* page = m_areas.at(row);
        QAction* action =
            view->addAction(m_areaList->item(int(row))->icon(), m_areaTitles.value(row), this,
                            [this, page] { setCurrentArea(page); });
        action->setObjectName(QStringLiteral("showArea%1Action").arg(row + 1));
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        areaActions.append(action);
    }
    view->addSeparator();
    // At 1024 px the areas can give their room to the page: icons only.
    m_sidebarAction = view->addAction(tr("&Compact Sidebar"));
    m_sidebarAction->setObjectName(QStringLiteral("compactSidebarAction"));
    m_sidebarAction->setIcon(ui::actionIcon("view-sidebar", "sidebar"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_sidebarAction->setToolTip(tr("Show the areas as icons only, to give the page more room"));
    connect(m_sidebarAction, &QAction::toggled, this, &MainWindow::setSidebarCollapsed);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { showUserGuide(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setIcon(ui::actionIcon("help-contents", "help"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showKeyboardShortcuts(this); });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setIcon(ui::actionIcon("preferences-desktop-keyboard", "keyboard"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About MentorDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(ui::actionIcon("help-about", "about"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    m_unlockedActions = {newClient,       importClients, exportWorkspace,
                         calendarAccount, passphrase,    recovery,
                         backUp,          m_lockAction,  find};
    m_unlockedActions += areaActions;
}

void MainWindow::setSidebarCollapsed(bool collapsed) {
    for (int row = 0; row < m_areaList->count(); ++row) {
        QListWidgetItem* item = m_areaList->item(row);
        const QString title = m_areaTitles.value(row);
        item->setText(collapsed ? QString() : title);
        item->setToolTip(collapsed ? title : QString());
    }
    // The icon, the item's margins and the list's frame, nothing more.
    const int iconOnly = m_areaList->iconSize().width() + 2 * m_areaList->spacing() +
                         2 * m_areaList->frameWidth() + 20;
    m_areaList->setFixedWidth(collapsed ? iconOnly : kSidebarWidth);
    if (m_sidebarAction && m_sidebarAction->isChecked() != collapsed) {
        const QSignalBlocker quiet(m_sidebarAction);
        m_sidebarAction->setChecked(collapsed);
    }
    if (m_settings.value(Settings::Key::SidebarCollapsed).toBool() != collapsed)
        m_settings.setValue(Settings::Key::SidebarCollapsed, collapsed);
}

bool MainWindow::isSidebarCollapsed() const {
    return m_sidebarAction && m_sidebarAction->isChecked();
}

void MainWindow::addOverlay(QWidget* page) {
    m_pages->addWidget(page);
    m_overlays.append(page);
}

void MainWindow::showOverlay(QWidget* page) {
    if (m_overlays.contains(page))
        m_pages->setCurrentWidget(page);
}

void MainWindow::hideOverlay() {
    if (isShowingOverlay())
        m_pages->setCurrentIndex(m_areaList->currentRow());
}

bool MainWindow::isShowingOverlay() const {
    return m_overlays.contains(m_pages->currentWidget());
}

void MainWindow::addUnlockedAction(QAction* action) {
    m_unlockedActions.append(action);
    action->setEnabled(isShowingWorkspace());
}

void MainWindow::deferWorkspace(AreaPage* area) {
    m_deferred.insert(area);
}

void MainWindow::bindPanel(AreaPage* host, std::function<void(Workspace*)> bind) {
    m_panels.append({host, std::move(bind), false});
}

void MainWindow::deferBilling() {
    // Billing reads its invoices, reports and price list in setWorkspace():
    // it gets the workspace when its page is first shown. Its panels on other
    // pages (a client's balance, an engagement's packages, the dashboard's
    // totals) get it with the page they are on.
    auto* billing = findChild<BillingArea*>();
    if (!billing)
        return;
    deferWorkspace(billing);
    auto bindAll = [this](AreaPage* host, auto* type) {
        using Panel = std::remove_pointer_t<decltype(type)>;
        if (!host)
            return;
        for (Panel* panel : host->findChildren<Panel*>())
            bindPanel(host, [panel = QPointer<Panel>(panel)](Workspace* workspace) {
                if (panel)
                    panel->setWorkspace(workspace);
            });
    };
    bindAll(m_clientsPage, static_cast<ClientBalanceWidget*>(nullptr));
    bindAll(findChild<PipelineArea*>(), static_cast<EngagementPackagesWidget*>(nullptr));
    bindAll(findChild<DashboardPage*>(), static_cast<BillingDashboardWidget*>(nullptr));
    // A client's balance and an engagement's packages act on the Billing
    // area itself (selecting the invoice a sale made): it gets the workspace
    // once one of them shows a record.
    auto handOverBilling = [this, billing](qint64 id) {
        if (id > 0 && m_workspace && isShowingWorkspace() && !m_handed.contains(billing)) {
            m_handed.insert(billing);
            billing->setWorkspace(m_workspace);
        }
    };
    connect(m_clientsPage, &ClientsPage::clientShown, billing, handOverBilling);
    if (auto* page = findChild<EngagementPage*>())
        connect(page, &EngagementPage::engagementShown, billing, handOverBilling);
}

void MainWindow::handOver(AreaPage* page) {
    if (!m_workspace || !page || !isShowingWorkspace())
        return;
    if (m_deferred.contains(page) && !m_handed.contains(page)) {
        m_handed.insert(page);
        page->setWorkspace(m_workspace);
    }
    for (Panel& panel : m_panels) {
        if (panel.host == page && !panel.bound) {
            panel.bound = true;
            panel.bind(m_workspace);
        }
    }
}

void MainWindow::showWorkspace(Workspace* workspace) {
    m_workspace = workspace;
    m_handed.clear();
    for (AreaPage* area : std::as_const(m_areas)) {
        if (!m_deferred.contains(area))
            area->setWorkspace(workspace);
    }
    m_rootStack->setCurrentWidget(m_content);
    handOver(currentArea());
    m_workspaceLabel->setText(QDir::toNativeSeparators(workspace->directory()));
    m_workspaceLabel->setToolTip(tr("Workspace folder"));
    setWindowTitle(tr("MentorDesk"));
    updateActions();
    updateSummary();
    Q_EMIT workspaceChanged(workspace);
}

void MainWindow::showLocked(LockedPage::Mode mode, const QString& workspaceDir) {
    m_workspace = nullptr;
    for (Panel& panel : m_panels) {
        if (panel.bound)
            panel.bind(nullptr);
        panel.bound = false;
    }
    m_handed.clear();
    for (AreaPage* area : std::as_const(m_areas))
        area->setWorkspace(nullptr);
    m_lockedPage->setMode(mode, workspaceDir);
    m_rootStack->setCurrentWidget(m_lockedPage);
    m_workspaceLabel->setText(mode == LockedPage::Mode::Locked ? tr("Locked") : QString());
    setWindowTitle(mode == LockedPage::Mode::Locked ? tr("MentorDesk (locked)") : tr("MentorDesk"));
    statusBar()->clearMessage();
    hideOverlay();
    updateActions();
    updateSummary();
    Q_EMIT workspaceChanged(nullptr);
}

bool MainWindow::isShowingWorkspace() const {
    return m_rootStack->currentWidget() == m_content;
}

AreaPage* MainWindow::currentArea() const {
    return qobject_cast<AreaPage*>(m_pages->currentWidget());
}

void MainWindow::setCurrentArea(AreaPage* page) {
    const int row = int(m_areas.indexOf(page));
    if (row < 0)
        return;
    m_areaList->setCurrentRow(row);
    // Also when the row was current already, behind an overlay.
    m_pages->setCurrentIndex(row);
}

void MainWindow::showStatusMessage(const QString& message) {
    statusBar()->showMessage(message, 6000);
}

void MainWindow::setBackupStatus(const QString& text, bool warning, const QString& toolTip) {
    m_backupLabel->setText(text);
    m_backupLabel->setToolTip(toolTip);
    QPalette palette = m_backupLabel->parentWidget()->palette();
    if (warning)
        palette.setColor(QPalette::WindowText, ui::warningColor());
    m_backupLabel->setPalette(palette);
    m_backupLabel->setVisible(!text.isEmpty());
    if (m_backupPanel)
        m_backupPanel->setStatus(text, warning, toolTip);
}

void MainWindow::updateActions() {
    const bool open = isShowingWorkspace();
    for (QAction* action : std::as_const(m_unlockedActions))
        action->setEnabled(open);
}

void MainWindow::updateSummary() {
    // Each area reports its own summary; the current one's is shown.
    m_summaryLabel->setText(isShowingWorkspace() ? m_summaries.value(currentArea()) : QString());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About MentorDesk"),
        tr("<h3>MentorDesk %1</h3>"
           "<p>Clients, engagements, agreements, sessions and billing for independent "
           "mentors, kept in an encrypted workspace on your own computer.</p>"
           "<p>Encryption: SQLCipher with a random 256-bit key; your passphrase protects it "
           "with Argon2id.</p>")
            .arg(QStringLiteral(MENTORDESK_VERSION)));
}

} // namespace md
