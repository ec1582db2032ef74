#pragma once

#include "clients/ClientService.h"
#include "common/Change.h"
#include "domain/Client.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace md {

class ChangeNotifier;

// All clients of the open workspace (archived ones included; the proxy hides
// them), one row each: what the list shows of them, not their profiles.
// Loaded once, then kept current row by row from the change notifications
// that name clients.
class ClientListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OrganisationColumn,
        EmailColumn,
        StatusColumn,
        TagsColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        ArchivedRole,              // bool
        SortRole,                  // a value that sorts naturally (dates as QDateTime)
        SearchTextRole,            // names, email, organisation and tags, for the filter
    };

    explicit ClientListModel(QObject* parent = nullptr);

    // Shows the clients of `clients` and follows `changes`; nullptr empties
    // the model (locking). Returns false and emits loadFailed when the list
    // cannot be read.
    bool setClients(ClientService* clients, ChangeNotifier* changes);
    ClientService* clients() const { return m_service; }

    int rowOf(qint64 id) const; // -1 when absent
    int archivedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void applyChanges(const md::ChangeSet& changes);
    void upsert(const ClientListRow& client);
    void removeRow(qint64 id);
    QVariant displayData(const ClientListRow& client, int column) const;

    ClientService* m_service = nullptr;
    QPointer<ChangeNotifier> m_changes;
    QList<ClientListRow> m_clients;
    ClientNameStyle m_nameStyle = ClientNameStyle::Preferred;
};

} // namespace md
