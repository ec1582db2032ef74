#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Client.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

struct ClientFilter {
    bool includeArchived = false;
};

// Stores mentee profiles. Validates before writing (ClientValidator) and emits
// fine-grained signals so list models can update rows instead of reloading.
class ClientRepository final : public QObject {
    Q_OBJECT
public:
    using Filter = ClientFilter;

    ClientRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Inserts a new client; returns it with id and times set. InvalidInput
    // carries the first validation message.
    Result<Client> add(const Client& client);
    Result<Client> update(const Client& client);
    Result<Client> get(qint64 id) const;
    Result<QList<Client>> list(Filter filter = {}) const;
    Status setArchived(qint64 id, bool archived);
    // Deletes for good. SQLCipher's secure_delete overwrites the freed pages.
    Status remove(qint64 id);
    Result<int> count() const;

Q_SIGNALS:
    void clientAdded(const md::Client& client);
    void clientChanged(const md::Client& client);
    void clientRemoved(qint64 id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
