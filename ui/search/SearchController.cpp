#include "search/SearchController.h"

#include "MainWindow.h"
#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "search/SearchHitOpener.h"
#include "search/SearchResultsPage.h"
#include "search/SearchService.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolBar>

namespace md {

SearchController::SearchController(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    setObjectName(QStringLiteral("searchController"));
    m_field = new QLineEdit(&window);
    m_field->setObjectName(QStringLiteral("searchLineEdit"));
    m_field->setPlaceholderText(tr("Search everything (Ctrl+K)"));
    m_field->setAccessibleName(tr("Search the workspace"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(200);
    m_field->setMaximumWidth(360);
    m_field->installEventFilter(this);

    auto* toolBar = new QToolBar(tr("Search"), &window);
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_field);
    window.addToolBar(Qt::TopToolBarArea, toolBar);

    m_page = new SearchResultsPage(&window);
    window.addOverlay(m_page);

    m_searchAction = new QAction(tr("Search &Everything"), &window);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setIcon(ui::actionIcon("system-search", "search"));
    m_field->addAction(m_searchAction->icon(), QLineEdit::LeadingPosition);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_searchAction, &QAction::triggered, this, &SearchController::focusField);
    if (QMenu* edit = window.editMenu()) {
        const QList<QAction*> actions = edit->actions();
        edit->insertAction(actions.size() > 1 ? actions.at(1) : nullptr, m_searchAction);
    }
    window.addAction(m_searchAction);
    window.addUnlockedAction(m_searchAction);

    connect(&window, &MainWindow::searchRequested, this, &SearchController::focusField);
    connect(&window, &MainWindow::workspaceChanged, this, &SearchController::setWorkspace);
    connect(m_field, &QLineEdit::textChanged, this, &SearchController::run);
    connect(m_page, &SearchResultsPage::hitActivated, this, [this](const SearchHit& hit) {
        clear();
        if (!openSearchHit(m_window, hit)) {
            m_window.hideOverlay();
            m_window.showStatusMessage(tr("“%1” is no longer there.").arg(hit.title));
        }
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (now == m_field && old && old != m_field && !m_page->isAncestorOf(old))
            m_returnFocus = old;
    });
    setWorkspace(nullptr);
}

void SearchController::clear() {
    // Without a search of the empty text (which would hide the overlay).
    const QSignalBlocker quiet(m_field);
    m_field->clear();
    m_page->clear();
}

void SearchController::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    clear();
    m_field->setEnabled(workspace != nullptr);
    if (workspace)
        connect(&workspace->changes(), &ChangeNotifier::changed, this, &SearchController::follow);
}

void SearchController::focusField() {
    if (!m_field->isEnabled())
        return;
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchController::run() {
    const QString text = m_field->text();
    if (!m_workspace || text.trimmed().isEmpty()) {
        m_page->clear();
        m_window.hideOverlay();
        return;
    }
    auto hits = m_workspace->search().search(text);
    if (hits)
        m_page->setResults(text.trimmed(), *hits);
    else
        m_page->setError(hits.message());
    m_window.showOverlay(m_page);
}

void SearchController::follow(const ChangeSet&) {
    // What is shown stays true; what is not shown is read when it is.
    if (m_window.isShowingOverlay() && !m_field->text().trimmed().isEmpty())
        run();
}

void SearchController::openCurrent() {
    const std::optional<SearchHit> hit = m_page->currentHit();
    if (!hit)
        return;
    Q_EMIT m_page->hitActivated(*hit);
}

void SearchController::leave() {
    clear();
    m_window.hideOverlay();
    if (m_returnFocus && m_returnFocus->isVisible())
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    else if (m_field->hasFocus())
        m_field->clearFocus();
}

bool SearchController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            m_page->moveSelection(1);
            return true;
        case Qt::Key_Up:
            m_page->moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Escape:
            leave();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace md
