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

bool ClientsPage::selectClient(qint64 id) {
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filter or as archived: show it anyway.
        m_filterEdit->clear();
        if (m_model->index(sourceRow, 0).data(ClientListModel::ArchivedRole).toBool())
            m_showArchivedCheckBox->setChecked(true);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return m_form->clientId() == id;
}

void ClientsPage::onCurrentRowChanged(const QModelIndex& current) {
    if (m_syncingSelection || !current.isValid())
        return;
    const qint64 id = current.data(ClientListModel::IdRole).toLongLong();
    if (id == m_form->clientId() && m_detailStack->currentWidget() == m_form)
        return;
    runAfterUnsavedCheck([this, id] { showClient(id); });
}

void ClientsPage::runAfterUnsavedCheck(std::function<void()> next) {
    if (m_detailStack->currentWidget() != m_form || !m_form->isDirty()) {
        next();
        return;
    }
    // Keep the list on the client being edited while the user decides.
    syncSelectionToForm();
    const QString name = m_form->isNew() ? tr("the new client") : m_form->client().displayName();
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved Changes"), tr("Save your changes to %1?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, next = std::move(next)] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save && save())
            next();
        else if (choice == QMessageBox::Discard)
            next();
        else // cancelled, or the save failed: the list goes back to the client on screen
            syncSelectionToForm();
    });
    box->open();
}

void ClientsPage::showClient(qint64 id) {
    const Client* client = m_model->clientById(id);
    if (!client) {
        showPlaceholder();
        return;
    }
    m_form->setClient(*client);
    m_detailStack->setCurrentWidget(m_form);
    syncSelectionToForm();
}

void ClientsPage::followChanges(const ChangeSet& changes) {
    // The profile on screen follows a change made elsewhere (another window,
    // the CLI), unless the mentor is editing it: their edits win until saved.
    const qint64 shown = m_form->isNew() ? 0 : m_form->clientId();
    if (shown == 0 || m_detailStack->currentWidget() != m_form ||
        !changes.touches(RecordKind::Client))
        return;
    if (changes.external() ? !m_model->clientById(shown)
                           : changes.removed(RecordKind::Client, shown)) {
        if (!m_form->isDirty())
            showPlaceholder();
        return;
    }
    if (!changes.external() && !changes.ids(RecordKind::Client).contains(shown))
        return;
    if (const Client* fresh = m_model->clientById(shown); fresh && !m_form->isDirty())
        m_form->setClient(*fresh);
}

void ClientsPage::showPlaceholder() {
    m_form->clearForm();
    m_detailStack->setCurrentWidget(m_detailPlaceholder);
    syncSelectionToForm();
    updateStates();
}

bool ClientsPage::save() {
    if (!m_clients || !m_form->isValid())
        return false;
    const bool isNew = m_form->isNew();
    const Result<Client> saved =
        isNew ? m_clients->add(m_form->client()) : m_clients->update(m_form->client());
    if (!saved) {
        m_form->showSaveError(saved.message());
        return false;
    }
    m_form->setClient(*saved);
    syncSelectionToForm();
    Q_EMIT statusMessage(isNew ? tr("Added %1.").arg(saved->displayName())
                               : tr("Saved %1.").arg(saved->displayName()));
    return true;
}

void ClientsPage::setArchived(bool archived) {
    if (!m_clients || m_form->isNew())
        return;
    const qint64 id = m_form->clientId();
    const Status status = m_clients->setArchived(id, archived);
    if (!status) {
        m_form->showSaveError(status.message());
        return;
    }
    const Client* fresh = m_model->clientById(id);
    if (fresh && !m_form->isDirty())
        m_form->setClient(*fresh);
    else
        m_form->setLoadedArchived(archived);
    const QString name = m_form->client().displayName();
    if (archived && !m_proxy->showArchived())
        Q_EMIT statusMessage(
            tr("Archived %1. Tick \"Show archived\" to see archived clients.").arg(name));
    else
        Q_EMIT statusMessage(archived ? tr("Archived %1.").arg(name)
                                      : tr("%1 is back in the client list.").arg(name));
}

void ClientsPage::syncSelectionToForm() {
    m_syncingSelection = true;
    const bool showing = m_detailStack->currentWidget() == m_form && !m_form->isNew();
    const int sourceRow = showing ? m_model->rowOf(m_form->clientId()) : -1;
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_syncingSelection = false;
    const qint64 shownId = showing ? m_form->clientId() : 0;
    if (shownId != m_shownClientId) {
        m_shownClientId = shownId;
        Q_EMIT clientShown(shownId);
    }
}

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
