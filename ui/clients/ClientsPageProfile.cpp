// ClientsPage: the profile beside the list: which client it shows and how the
// list's selection follows it, unsaved edits kept until the mentor decides,
// saving and archiving, and the profile following changes made elsewhere.

#include "clients/ClientsPage.h"

#include "clients/ClientFilterProxyModel.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>

namespace md {

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
    if (!m_clients) {
        showPlaceholder();
        return;
    }
    // The list holds only what it shows: the profile is read when opened.
    const Result<Client> client = m_clients->get(id);
    if (!client) {
        if (client.code() != ErrorCode::NotFound)
            Q_EMIT statusMessage(client.message());
        showPlaceholder();
        return;
    }
    m_form->setClient(*client);
    m_detailStack->setCurrentWidget(m_form);
    syncSelectionToForm();
}

void ClientsPage::followChanges(const ChangeSet& changes) {
    if (changes.touches(RecordKind::MentorProfile))
        showMentorLanguage();
    // The profile on screen follows a change made elsewhere (another window,
    // the CLI), unless the mentor is editing it: their edits win until saved.
    const qint64 shown = m_form->isNew() ? 0 : m_form->clientId();
    if (shown == 0 || m_detailStack->currentWidget() != m_form ||
        !changes.touches(RecordKind::Client))
        return;
    if (changes.external() ? m_model->rowOf(shown) < 0
                           : changes.removed(RecordKind::Client, shown)) {
        if (!m_form->isDirty())
            showPlaceholder();
        return;
    }
    if (!changes.external() && !changes.ids(RecordKind::Client).contains(shown))
        return;
    if (m_form->isDirty() || !m_clients)
        return;
    if (const Result<Client> fresh = m_clients->get(shown))
        m_form->setClient(*fresh);
}

void ClientsPage::showMentorLanguage() {
    if (!m_workspace)
        return;
    const Result<QString> language = m_workspace->settings().mentorLanguage();
    m_form->setMentorLanguage(language ? *language : QString());
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
    const Result<Client> fresh = m_clients->get(id);
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

} // namespace md
