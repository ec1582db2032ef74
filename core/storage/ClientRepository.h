#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Client.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace md {

class Database;

// Stores mentee profiles; validates before writing (ClientValidator). Internal
// to core: the rest of the program goes through ClientService, which runs the
// unit of work and announces the change.
class ClientRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::ClientRepository)
public:
    using Filter = ClientFilter;

    ClientRepository(Database& database, const Clock& clock);

    // Inserts a new client; returns it with id and times set. InvalidInput
    // carries the first validation message.
    Result<Client> add(const Client& client);
    Result<Client> update(const Client& client);
    Result<Client> get(qint64 id) const;
    Result<QList<Client>> list(Filter filter = {}) const;
    // The rows of list(filter), in order, handed to `visit` as they are read
    // until it returns false; a read error ends it as an error.
    Status forEach(Filter filter, const std::function<bool(const Client&)>& visit) const;
    // The list's rows of list(filter), in the same order, from the index
    // clients_list (no profile texts read).
    Result<QList<ClientListRow>> listRows(Filter filter = {}) const;
    Result<ClientListRow> listRow(qint64 id) const;
    static QString listRowsSql(Filter filter); // for tests of its plan
    // The name the lists show for client `id` (clientDisplayNameSql), from
    // the index clients_names: no profile read.
    Result<QString> listName(qint64 id) const;
    Status setArchived(qint64 id, bool archived);
    // Deletes for good. SQLCipher's secure_delete overwrites the freed pages.
    Status remove(qint64 id);
    Result<int> count() const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
