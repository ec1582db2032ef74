// ClientsPage: what the page shows around the list: the empty states and the
// summary line, the other areas' panels under the profile, and the list
// header's menu of columns.

#include "clients/ClientsPage.h"

#include "clients/ClientFilterProxyModel.h"
#include "clients/ClientListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

void ClientsPage::addClientPanel(QWidget* panel) {
    m_panelLayout->insertWidget(m_panelLayout->count() - 1, panel);
    m_panels.append(panel);
    // The panels show and hide themselves with the client; their pane follows.
    panel->installEventFilter(this);
    updatePanelPane();
}

bool ClientsPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        updatePanelPane();
    return AreaPage::eventFilter(watched, event);
}

void ClientsPage::updatePanelPane() {
    const bool any =
        std::any_of(m_panels.cbegin(), m_panels.cend(),
                    [](const QPointer<QWidget>& panel) { return panel && !panel->isHidden(); });
    if (any == !m_panelScroll->isHidden())
        return;
    m_panelScroll->setVisible(any);
    // Shown again: the form gets three quarters of the height, whatever the
    // panels would like (they scroll; the mentor can drag the handle).
    const int height = m_detailSplitter->height();
    if (any && height > 0)
        m_detailSplitter->setSizes({height * 3 / 4, height - height * 3 / 4});
}

void ClientsPage::updateStates() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int archived = m_model->archivedCount();

    if (shown > 0) {
        m_listStack->setCurrentWidget(m_view);
    } else {
        m_listStack->setCurrentWidget(m_listEmptyState);
        if (!m_clients) {
            m_listEmptyTitle->setText(tr("Locked"));
            m_listEmptyText->setText(tr("Unlock the workspace to see your clients."));
        } else if (total == 0) {
            m_listEmptyTitle->setText(tr("No clients yet"));
            m_listEmptyText->setText(tr("No clients yet — press Ctrl+N to add your first "
                                        "mentee."));
        } else if (!m_proxy->filterText().trimmed().isEmpty()) {
            m_listEmptyTitle->setText(tr("No matches"));
            m_listEmptyText->setText(
                m_proxy->showArchived() || archived == 0
                    ? tr("No client matches \"%1\".").arg(m_proxy->filterText().trimmed())
                    : tr("No client matches \"%1\". Archived clients are hidden; tick \"Show "
                         "archived\" to search them too.")
                          .arg(m_proxy->filterText().trimmed()));
        } else {
            m_listEmptyTitle->setText(tr("All clients are archived"));
            m_listEmptyText->setText(tr("Tick \"Show archived\" to see them, or press Ctrl+N "
                                        "to add a new client."));
        }
        m_listEmptyButton->setVisible(m_clients && total == 0);
    }

    m_detailPlaceholder->setText(
        total == 0 ? tr("Your clients' profiles will appear here.")
                   : tr("Select a client to see their profile, or press Ctrl+N to add a new "
                        "one."));

    if (!m_clients)
        Q_EMIT summaryChanged(QString());
    else if (archived > 0)
        Q_EMIT summaryChanged(tr("%n client(s)", nullptr, total - archived) + QStringLiteral(", ") +
                              tr("%n archived", nullptr, archived));
    else
        Q_EMIT summaryChanged(tr("%n client(s)", nullptr, total));
}

void ClientsPage::showHeaderMenu(const QPoint& pos) {
    QMenu menu(this);
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        action->setEnabled(column != ClientListModel::NameColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool visible) { m_view->setColumnHidden(column, !visible); });
    }
    menu.exec(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
}

} // namespace md
