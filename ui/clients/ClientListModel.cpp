#include "clients/ClientListModel.h"

#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace md {

ClientListModel::ClientListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

bool ClientListModel::setClients(ClientService* clients, ChangeNotifier* changes) {
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    beginResetModel();
    m_service = clients;
    m_changes = changes;
    m_clients.clear();
    QString error;
    if (clients) {
        m_nameStyle = clients->listNameStyle();
        Result<QList<ClientListRow>> all = clients->listRows(ClientFilter{true});
        if (all)
            m_clients = std::move(all.value());
        else
            error = all.message();
    }
    if (clients && changes)
        connect(changes, &ChangeNotifier::changed, this, &ClientListModel::applyChanges);
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
    return error.isEmpty();
}

int ClientListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == id)
            return row;
    }
    return -1;
}

int ClientListModel::archivedCount() const {
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [](const ClientListRow& c) { return c.archived; }));
}

int ClientListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::displayData(const ClientListRow& client, int column) const {
    switch (column) {
    case NameColumn:
        return clientListName(client.fullName, client.preferredName, m_nameStyle);
    case OrganisationColumn:
        return client.role.isEmpty() || client.organisation.isEmpty()
                   ? client.organisation + client.role
                   : tr("%1, %2", "organisation, role").arg(client.organisation, client.role);
    case EmailColumn:
        return client.email;
    case StatusColumn:
        return client.archived ? tr("%1 (archived)").arg(clientStatusLabel(client.status))
                               : clientStatusLabel(client.status);
    case TagsColumn:
        return client.tags.join(QStringLiteral(", "));
    case UpdatedColumn:
        return QLocale().toString(client.updatedUtc.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow& client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(client, index.column());
    case Qt::ToolTipRole:
        if (index.column() == UpdatedColumn)
            return QLocale().toString(client.updatedUtc.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NameColumn && !client.preferredName.isEmpty() &&
            client.preferredName != client.fullName)
            return tr("%1 (%2)", "full name (preferred name)")
                .arg(client.fullName, client.preferredName);
        return displayData(client, index.column());
    case Qt::FontRole:
        if (client.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (client.archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return client.id;
    case ArchivedRole:
        return client.archived;
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(client.status);
        case UpdatedColumn:
            return client.updatedUtc;
        default:
            return displayData(client, index.column());
        }
    case SearchTextRole:
        return QStringList{client.fullName, client.preferredName,
                           client.email,    client.organisation,
                           client.role,     client.tags.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

void ClientListModel::applyChanges(const ChangeSet& changes) {
    if (!m_service || !changes.touches(RecordKind::Client))
        return;
    if (changes.external()) {
        setClients(m_service, m_changes);
        return;
    }
    for (qint64 id : changes.ids(RecordKind::Client)) {
        if (changes.removed(RecordKind::Client, id)) {
            removeRow(id);
            continue;
        }
        Result<ClientListRow> client = m_service->listRow(id);
        if (client)
            upsert(client.value());
        else if (client.code() == ErrorCode::NotFound)
            removeRow(id);
    }
}

void ClientListModel::upsert(const ClientListRow& client) {
    const int existing = rowOf(client.id);
    if (existing >= 0) {
        m_clients[existing] = client;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_clients.size());
    beginInsertRows({}, row, row);
    m_clients.append(client);
    endInsertRows();
}

void ClientListModel::removeRow(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_clients.removeAt(row);
    endRemoveRows();
}

} // namespace md
