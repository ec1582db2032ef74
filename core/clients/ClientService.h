#pragma once

#include "clients/ClientErasure.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Client.h"
#include "domain/ClientName.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace md {

class AgreementAuditLogRepository;
class ClientErasureRepository;
class ClientRepository;
class Database;
class SettingsService;
struct ImportPlan;

// The clients area: the only way the UI and the CLI read or change mentee
// profiles. Validates (ClientValidator), runs each change as one unit of work
// and notes it (RecordKind::Client) for the ChangeNotifier.
class ClientService final {
    Q_DECLARE_TR_FUNCTIONS(md::ClientService)
public:
    ClientService(Database& database, const Clock& clock, const SettingsService& settings);
    ~ClientService();
    ClientService(const ClientService&) = delete;
    ClientService& operator=(const ClientService&) = delete;

    // Inserts a new client; returns it with id and times set. InvalidInput
    // carries the first validation message.
    Result<Client> add(const Client& client);
    Result<Client> update(const Client& client);
    Status setArchived(qint64 id, bool archived);
    // Deletes for good; refused in words while signed agreements, invoices or
    // payments must be kept (archive instead).
    Status remove(qint64 id);

    // What erasing the client would remove for good, and which invoices the
    // retention period (a business setting) keeps until when.
    Result<ErasurePlan> erasurePlan(qint64 id) const;
    // Erases the client's personal data for good as one unit of work: the
    // profile, engagements with their needs, goals, actions and evaluations,
    // sessions with their notes, agreements with their signatures and scans,
    // draft invoices and billing details. Issued invoices, credit notes and
    // payments stay unchanged under the anonymous label; the erasure log and
    // the agreements' audit log record that it happened. Returns what was done.
    Result<ErasurePlan> erase(qint64 id);
    // Removes the kept invoices of erased clients whose retention ended;
    // returns how many.
    Result<int> purgeExpiredInvoices();
    Result<QList<ErasureRecord>> erasures() const;

    struct ImportOutcome {
        int added = 0;
        int merged = 0;
        int skipped = 0;
    };
    // Carries out an import plan (ClientImport::plan) as one unit of work:
    // every new client is added and every merge saved, or, should one fail,
    // none of them.
    Result<ImportOutcome> importClients(const ImportPlan& plan);

    Result<Client> get(qint64 id) const;
    Result<QList<Client>> list(ClientFilter filter = {}) const;
    // The clients of list(filter) handed to `visit` one by one as they are
    // read, until it returns false: any number of clients in constant memory.
    // A read error after some clients ends it as an error (those visited are
    // then not the whole list).
    Status forEach(ClientFilter filter, const std::function<bool(const Client&)>& visit) const;
    // What the client list shows of list(filter), in its order, without the
    // profiles' texts; listRow() is one of them.
    Result<QList<ClientListRow>> listRows(ClientFilter filter = {}) const;
    Result<ClientListRow> listRow(qint64 id) const;
    Result<int> count() const;

    // Which name the lists show (the practice rule; the default when it
    // cannot be read). A view reads it with its rows and passes it to
    // clientListName(); a change of it is announced as a wide change.
    ClientNameStyle listNameStyle() const;
    // clientListName() of `client` under listNameStyle(): one read, for a
    // view that names a single client.
    QString listName(const Client& client) const;
    // The same for client `clientId`, read from an index of the names alone
    // (for a view that names the clients of its rows one by one).
    Result<QString> listName(qint64 clientId) const;

private:
    Result<int> retentionYears() const;

    Database& m_database;
    const Clock& m_clock;
    const SettingsService& m_settings;
    std::unique_ptr<ClientRepository> m_repository;
    std::unique_ptr<ClientErasureRepository> m_erasure;
    std::unique_ptr<AgreementAuditLogRepository> m_agreementAudit;
};

} // namespace md
