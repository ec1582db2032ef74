#include "clients/ClientsPage.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "clients/ClientFilterProxyModel.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "clients/ImportClientsDialog.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

namespace {

QLabel* centredLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

ClientsPage::ClientsPage(QWidget* parent)
    : AreaPage(parent) {
    setObjectName(QStringLiteral("clientsPage"));
    m_model = new ClientListModel(this);
    m_proxy = new ClientFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    // Left: filter, list, empty state.
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("clientFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, email, organisation or tag"));
    m_filterEdit->setClearButtonEnabled(true);
    m_showArchivedCheckBox = new QCheckBox(tr("Show arc&hived"), this);
    m_showArchivedCheckBox->setObjectName(QStringLiteral("showArchivedCheckBox"));
    auto* newButton = new QPushButton(tr("&New Client"), this);
    newButton->setObjectName(QStringLiteral("newClientButton"));
    newButton->setIcon(ui::actionIcon("contact-new", "new-client"));
    newButton->setToolTip(tr("Add a client (Ctrl+N)"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("clientTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // The name takes whatever the other columns leave, and never less than a
    // full name: the organisation gives way first (whole in its tooltip).
    ui::keepNamesWhole(m_view, ClientListModel::NameColumn);
    // Email, tags and the last change fit only on wide screens; the header's
    // menu shows them.
    m_view->setColumnHidden(ClientListModel::EmailColumn, true);
    m_view->setColumnHidden(ClientListModel::TagsColumn, true);
    m_view->setColumnHidden(ClientListModel::UpdatedColumn, true);

    m_listEmptyState = new QWidget(this);
    m_listEmptyState->setObjectName(QStringLiteral("clientsEmptyStateWidget"));
    m_listEmptyTitle = centredLabel(m_listEmptyState);
    m_listEmptyTitle->setObjectName(QStringLiteral("clientsEmptyStateTitleLabel"));
    ui::styleAsHeading(m_listEmptyTitle, 1.2);
    m_listEmptyText = centredLabel(m_listEmptyState);
    m_listEmptyText->setObjectName(QStringLiteral("clientsEmptyStateLabel"));
    ui::styleAsSecondary(m_listEmptyText);
    m_listEmptyButton = new QPushButton(tr("Add Your First Client"), m_listEmptyState);
    m_listEmptyButton->setObjectName(QStringLiteral("addFirstClientButton"));
    auto* emptyLayout = new QVBoxLayout(m_listEmptyState);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_listEmptyTitle);
    emptyLayout->addWidget(m_listEmptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_listEmptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_listEmptyState);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_showArchivedCheckBox);
    filterRow->addWidget(newButton);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(8, 8, 4, 8);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_listStack, 1);

    // Right: the form, or a hint when nothing is selected.
    m_form = new ClientForm(this);
    m_detailPlaceholder = centredLabel(this);
    m_detailPlaceholder->setObjectName(QStringLiteral("clientDetailPlaceholderLabel"));
    m_detailPlaceholder->setMargin(24);
    ui::styleAsSecondary(m_detailPlaceholder);
    m_detailStack = new QStackedWidget(this);
    m_detailStack->addWidget(m_form);
    m_detailStack->addWidget(m_detailPlaceholder);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("clientsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    // The other areas' panels (engagements, billing) sit under the form in a
    // pane of their own that scrolls: at 700 px the form keeps most of the
    // height instead of shrinking to a slot.
    auto* panels = new QWidget(this);
    m_panelLayout = new QVBoxLayout(panels);
    m_panelLayout->setContentsMargins(0, 0, 0, 0);
    m_panelLayout->addStretch(1);
    m_panelScroll = new QScrollArea(this);
    m_panelScroll->setObjectName(QStringLiteral("clientPanelsScrollArea"));
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setWidget(panels);
    m_panelScroll->hide();
    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->setObjectName(QStringLiteral("clientDetailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    m_detailSplitter->addWidget(m_detailStack);
    m_detailSplitter->addWidget(m_panelScroll);
    m_detailSplitter->setStretchFactor(0, 1);
    m_detailSplitter->setStretchFactor(1, 0);
    splitter->addWidget(m_detailSplitter);
    // Half each: the list keeps room for a full name beside the organisation.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Escape clears the filter; Down moves into the list, like a search field.
    auto* clearFilter = new QAction(tr("Clear the client filter"), m_filterEdit);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clearFilter);
    auto* intoList = new QAction(tr("From the client filter into the list"), m_filterEdit);
    intoList->setShortcut(Qt::Key_Down);
    intoList->setShortcutContext(Qt::WidgetShortcut);
    connect(intoList, &QAction::triggered, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    m_filterEdit->addAction(intoList);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ClientFilterProxyModel::setFilterText);
    connect(m_showArchivedCheckBox, &QCheckBox::toggled, m_proxy,
            &ClientFilterProxyModel::setShowArchived);
    // The empty-state text quotes the filter, so it follows every keystroke.
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ClientsPage::updateStates);
    connect(m_showArchivedCheckBox, &QCheckBox::toggled, this, &ClientsPage::updateStates);
    connect(newButton, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(m_listEmptyButton, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::onCurrentRowChanged);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ClientsPage::showHeaderMenu);
    connect(m_form, &ClientForm::saveRequested, this, &ClientsPage::save);
    connect(m_form, &ClientForm::archiveRequested, this, &ClientsPage::setArchived);
    connect(m_form, &ClientForm::deleteRequested, this, &ClientsPage::confirmDelete);
    connect(m_form, &ClientForm::eraseRequested, this, &ClientsPage::confirmErase);
    connect(m_form, &ClientForm::exportRequested, this, &ClientsPage::exportClient);
    connect(m_model, &ClientListModel::loadFailed, this, &ClientsPage::statusMessage);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_model), static_cast<QAbstractItemModel*>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ClientsPage::updateStates);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ClientsPage::updateStates);
        connect(model, &QAbstractItemModel::modelReset, this, &ClientsPage::updateStates);
        connect(model, &QAbstractItemModel::dataChanged, this, &ClientsPage::updateStates);
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ClientsPage::updateStates);

    showPlaceholder();
    updateStates();
    // The list is read when the page is first shown; from then on the model
    // follows the workspace's changes row by row.
    m_load = new LoadOnShow(this, [this] {
        if (!m_clients)
            return;
        ++m_reads;
        m_model->setClients(m_clients, m_changes);
        // After the model's own connection, so the model already holds the new rows.
        connect(m_changes, &ChangeNotifier::changed, this, &ClientsPage::followChanges,
                Qt::UniqueConnection);
        updateStates();
    });
}

ClientsPage::~ClientsPage() = default;

int ClientsPage::loads() const {
    return m_reads;
}

void ClientsPage::setWorkspace(Workspace* workspace) {
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_workspace = workspace;
    m_clients = workspace ? &workspace->clients() : nullptr;
    m_changes = workspace ? &workspace->changes() : nullptr;
    // Locking: drop the filter too, since what was typed may be a client's name.
    m_filterEdit->clear();
    m_form->clearForm();
    m_model->setClients(nullptr, nullptr); // empties; the first show reads the list
    showPlaceholder();
    updateStates();
    showMentorLanguage();
    if (m_clients)
        m_load->request();
    else
        m_load->cancel();
}

void ClientsPage::focusFilter() {
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ClientsPage::newClient() {
    if (!m_clients)
        return;
    runAfterUnsavedCheck([this] {
        m_form->startNew();
        m_detailStack->setCurrentWidget(m_form);
        syncSelectionToForm();
        m_form->focusFirstField();
    });
}

void ClientsPage::importClients() {
    if (!m_clients)
        return;
    auto* dialog = new ImportClientsDialog(*m_clients, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT statusMessage(dialog->outcomeText()); });
    dialog->open();
}

} // namespace md
