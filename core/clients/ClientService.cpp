#include "clients/ClientService.h"

#include "import/ClientImport.h"
#include "settings/SettingsService.h"
#include "storage/AgreementAuditLogRepository.h"
#include "storage/ClientErasureRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

namespace md {

ClientService::ClientService(Database& database, const Clock& clock,
                             const SettingsService& settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_repository(std::make_unique<ClientRepository>(database, clock))
    , m_erasure(std::make_unique<ClientErasureRepository>(database, clock))
    , m_agreementAudit(std::make_unique<AgreementAuditLogRepository>(database, clock)) {}

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
        if (Result<Client> current = m_repository->get(client.id); current && current->isErased())
            return makeError(ErrorCode::Refused,
                             tr("This client was erased: only the anonymous record their kept "
                                "invoices need is left, and it cannot be edited."));
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

Result<ClientService::ImportOutcome> ClientService::importClients(const ImportPlan& plan) {
    ImportOutcome outcome;
    const Status status = m_database.transaction([&]() -> Status {
        for (const ImportPlan::Row& row : plan.rows) {
            switch (row.action) {
            case ImportPlan::Action::Add: {
                Result<Client> added = m_repository->add(row.client);
                if (!added)
                    return makeError(added.code(),
                                     tr("Line %1: %2").arg(row.line).arg(added.message()));
                m_database.noteChange(RecordKind::Client, ChangeOp::Added, added->id);
                ++outcome.added;
                break;
            }
            case ImportPlan::Action::Merge: {
                Result<Client> saved = m_repository->update(row.client);
                if (!saved)
                    return makeError(saved.code(),
                                     tr("Line %1: %2").arg(row.line).arg(saved.message()));
                m_database.noteChange(RecordKind::Client, ChangeOp::Updated, saved->id);
                ++outcome.merged;
                break;
            }
            case ImportPlan::Action::Skip:
                ++outcome.skipped;
                break;
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

Result<Client> ClientService::get(qint64 id) const {
    return m_repository->get(id);
}

Result<QList<Client>> ClientService::list(ClientFilter filter) const {
    return m_repository->list(filter);
}

Status ClientService::forEach(ClientFilter filter,
                              const std::function<bool(const Client&)>& visit) const {
    return m_repository->forEach(filter, visit);
}

Result<QList<ClientListRow>> ClientService::listRows(ClientFilter filter) const {
    return m_repository->listRows(filter);
}

Result<ClientListRow> ClientService::listRow(qint64 id) const {
    return m_repository->listRow(id);
}

Result<int> ClientService::count() const {
    return m_repository->count();
}

ClientNameStyle ClientService::listNameStyle() const {
    const Result<PracticeRules> rules = m_settings.practiceRules();
    return rules ? rules->clientNames : PracticeRules{}.clientNames;
}

Result<QString> ClientService::listName(qint64 clientId) const {
    return m_repository->listName(clientId);
}

QString ClientService::listName(const Client& client) const {
    return clientListName(client.fullName, client.preferredName, listNameStyle());
}

} // namespace md
