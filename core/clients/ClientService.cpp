#include "clients/ClientService.h"

#include "storage/ClientRepository.h"
#include "storage/Database.h"

namespace md {

ClientService::ClientService(Database& database, const Clock& clock)
    : m_database(database)
    , m_repository(std::make_unique<ClientRepository>(database, clock)) {}

ClientService::~ClientService() = default;

Result<Client> ClientService::add(const Client& client) {
    std::optional<Client> added;
    const Status status = m_database.transaction([&]() -> Status {
        Result<Client> stored = m_repository->add(client);
        if (!stored)
            return stored.error();
        added = stored.value();
        m_database.noteChange(RecordKind::Client, ChangeOp::Added, added->id);
        return {};
    });
    if (!status)
        return status.error();
    return *added;
}

Result<Client> ClientService::update(const Client& client) {
    std::optional<Client> updated;
    const Status status = m_database.transaction([&]() -> Status {
        Result<Client> stored = m_repository->update(client);
        if (!stored)
            return stored.error();
        updated = stored.value();
        m_database.noteChange(RecordKind::Client, ChangeOp::Updated, updated->id);
        return {};
    });
    if (!status)
        return status.error();
    return *updated;
}

Status ClientService::setArchived(qint64 id, bool archived) {
    return m_database.transaction([&]() -> Status {
        Result<Client> client = m_repository->get(id);
        if (!client)
            return client.error();
        client->archived = archived;
        if (Result<Client> stored = m_repository->update(client.value()); !stored)
            return stored.error();
        m_database.noteChange(RecordKind::Client, ChangeOp::Updated, id);
        return {};
    });
}

Status ClientService::remove(qint64 id) {
    return m_database.transaction([&]() -> Status {
        if (Status removed = m_repository->remove(id); !removed)
            return removed;
        m_database.noteChange(RecordKind::Client, ChangeOp::Removed, id);
        return {};
    });
}

Result<Client> ClientService::get(qint64 id) const {
    return m_repository->get(id);
}

Result<QList<Client>> ClientService::list(ClientFilter filter) const {
    return m_repository->list(filter);
}

Result<int> ClientService::count() const {
    return m_repository->count();
}

} // namespace md
