#include "storage/ClientRepository.h"

#include "domain/ClientValidator.h"
#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/IsoUtc.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, full_name, preferred_name, email, phone, organisation, role, time_zone, "
    "referral_source, background, strengths, weaknesses, aspirations, keep_doing, start_doing, "
    "stop_doing, tags, status, archived, created_utc, updated_utc, erased_utc, document_language");

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Client clientFromQuery(const QSqlQuery& query) {
    Client client;
    int i = 0;
    client.id = query.value(i++).toLongLong();
    client.fullName = query.value(i++).toString();
    client.preferredName = query.value(i++).toString();
    client.email = query.value(i++).toString();
    client.phone = query.value(i++).toString();
    client.organisation = query.value(i++).toString();
    client.role = query.value(i++).toString();
    client.timeZone = query.value(i++).toString();
    client.referralSource = query.value(i++).toString();
    client.background = query.value(i++).toString();
    client.strengths = query.value(i++).toString();
    client.weaknesses = query.value(i++).toString();
    client.aspirations = query.value(i++).toString();
    client.keepDoing = query.value(i++).toString();
    client.startDoing = query.value(i++).toString();
    client.stopDoing = query.value(i++).toString();
    client.tags = query.value(i++).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    clientStatusFromKey(query.value(i++).toString(), &client.status);
    client.archived = query.value(i++).toInt() != 0;
    client.createdUtc = QDateTime::fromString(query.value(i++).toString(), Qt::ISODateWithMs);
    client.updatedUtc = QDateTime::fromString(query.value(i++).toString(), Qt::ISODateWithMs);
    if (const QVariant erased = query.value(i++); !erased.isNull())
        client.erasedUtc = QDateTime::fromString(erased.toString(), Qt::ISODateWithMs);
    client.documentLanguage = query.value(i++).toString();
    return client;
}

// The columns of the index clients_list (migration 017), in its order.
const QString kListColumns = QStringLiteral(
    "id, full_name, preferred_name, email, organisation, role, tags, status, archived, "
    "updated_utc");

ClientListRow listRowFromQuery(const QSqlQuery& query) {
    ClientListRow row;
    row.id = query.value(0).toLongLong();
    row.fullName = query.value(1).toString();
    row.preferredName = query.value(2).toString();
    row.email = query.value(3).toString();
    row.organisation = query.value(4).toString();
    row.role = query.value(5).toString();
    row.tags = query.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    clientStatusFromKey(query.value(7).toString(), &row.status);
    row.archived = query.value(8).toInt() != 0;
    row.updatedUtc = parseIsoUtc(query.value(9).toString());
    return row;
}

// Runs `sql`, which selects one client by the id bound to its one `?`, and
// leaves `query` on that row; NotFound when there is no such client.
Status readOne(QSqlQuery& query, const QString& sql, qint64 id) {
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, ClientRepository::tr("Could not read the client"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, ClientRepository::tr("Could not read the client"));
        return makeError(ErrorCode::NotFound,
                         ClientRepository::tr("There is no client with id %1.").arg(id));
    }
    return {};
}

void bindProfile(QSqlQuery& query, const Client& client) {
    for (const QString* text :
         {&client.fullName, &client.preferredName, &client.email, &client.phone,
          &client.organisation, &client.role, &client.timeZone, &client.referralSource,
          &client.background, &client.strengths, &client.weaknesses, &client.aspirations,
          &client.keepDoing, &client.startDoing, &client.stopDoing})
        query.addBindValue(*text);
    query.addBindValue(client.tags.join(QLatin1Char('\n')));
    query.addBindValue(clientStatusKey(client.status));
    query.addBindValue(client.archived ? 1 : 0);
    query.addBindValue(client.documentLanguage);
}

Error invalid(const QList<FieldError>& errors) {
    return makeError(ErrorCode::InvalidInput, errors.first().message);
}

} // namespace

ClientRepository::ClientRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Client> ClientRepository::add(const Client& input) {
    if (const auto errors = ClientValidator::validate(input); !errors.isEmpty())
        return invalid(errors);
    Client client = ClientValidator::normalised(input);
    client.createdUtc = client.updatedUtc = m_clock.nowUtc();

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO clients (full_name, preferred_name, email, phone, organisation, role, "
        "time_zone, referral_source, background, strengths, weaknesses, aspirations, keep_doing, "
        "start_doing, stop_doing, tags, status, archived, document_language, created_utc, "
        "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindProfile(query, client);
    query.addBindValue(isoUtc(client.createdUtc));
    query.addBindValue(isoUtc(client.updatedUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the client"));
    client.id = query.lastInsertId().toLongLong();
    return client;
}

Result<Client> ClientRepository::update(const Client& input) {
    if (input.id <= 0)
        return makeError(ErrorCode::InvalidInput, tr("This client has not been saved yet."));
    if (const auto errors = ClientValidator::validate(input); !errors.isEmpty())
        return invalid(errors);
    auto existing = get(input.id);
    if (!existing)
        return existing.error();
    Client client = ClientValidator::normalised(input);
    client.createdUtc = existing->createdUtc;
    client.updatedUtc = m_clock.nowUtc();

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE clients SET full_name = ?, preferred_name = ?, email = ?, phone = ?, "
        "organisation = ?, role = ?, time_zone = ?, referral_source = ?, background = ?, "
        "strengths = ?, weaknesses = ?, aspirations = ?, keep_doing = ?, start_doing = ?, "
        "stop_doing = ?, tags = ?, status = ?, archived = ?, document_language = ?, "
        "updated_utc = ? WHERE id = ?"));
    bindProfile(query, client);
    query.addBindValue(isoUtc(client.updatedUtc));
    query.addBindValue(client.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the client"));
    return client;
}

Result<Client> ClientRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    if (const Status found =
            readOne(query, QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kColumns), id);
        !found)
        return found.error();
    return clientFromQuery(query);
}

Status ClientRepository::forEach(Filter filter,
                                 const std::function<bool(const Client&)>& visit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // In the order of clients_by_name (no sort of every row first).
    QString sql = QStringLiteral("SELECT %1 FROM clients").arg(kColumns);
    if (!filter.includeArchived)
        sql += QStringLiteral(" WHERE archived = 0");
    sql += QStringLiteral(" ORDER BY full_name COLLATE NOCASE, id");
    if (!query.exec(sql))
        return Database::queryError(query, tr("Could not read the clients"));
    while (query.next()) {
        if (!visit(clientFromQuery(query)))
            return {};
    }
    // A damaged page must never look like the end of the rows.
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the clients"));
    return {};
}

Result<QList<Client>> ClientRepository::list(Filter filter) const {
    QList<Client> clients;
    const Status read = forEach(filter, [&clients](const Client& client) {
        clients.append(client);
        return true;
    });
    if (!read)
        return read.error();
    return clients;
}

QString ClientRepository::listRowsSql(Filter filter) {
    QString sql = QStringLiteral("SELECT %1 FROM clients").arg(kListColumns);
    if (!filter.includeArchived)
        sql += QStringLiteral(" WHERE archived = 0");
    return sql + QStringLiteral(" ORDER BY full_name COLLATE NOCASE, id");
}

Result<QList<ClientListRow>> ClientRepository::listRows(Filter filter) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(listRowsSql(filter)))
        return Database::queryError(query, tr("Could not read the clients"));
    QList<ClientListRow> rows;
    while (query.next())
        rows.append(listRowFromQuery(query));
    // A damaged page must never look like the end of the rows.
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the clients"));
    return rows;
}

Result<ClientListRow> ClientRepository::listRow(qint64 id) const {
    QSqlQuery query(m_database.connection());
    if (const Status found = readOne(
            query, QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kListColumns), id);
        !found)
        return found.error();
    return listRowFromQuery(query);
}

Result<QString> ClientRepository::listName(qint64 id) const {
    QSqlQuery query(m_database.connection());
    if (const Status found = readOne(query,
                                     QStringLiteral("SELECT %1 FROM %2 WHERE c.id = ?")
                                         .arg(clientDisplayNameSql(QStringLiteral("c")),
                                              clientNamesTable(QStringLiteral("c"))),
                                     id);
        !found)
        return found.error();
    return query.value(0).toString();
}

Status ClientRepository::setArchived(qint64 id, bool archived) {
    auto client = get(id);
    if (!client)
        return client.error();
    client->archived = archived;
    auto updated = update(client.value());
    if (!updated)
        return updated.error();
    return {};
}

Status ClientRepository::remove(qint64 id) {
    // What must outlive the client (signed agreements, invoices, payments) is
    // guarded by the schema; say so in words before the database refuses.
    QSqlQuery kept(m_database.connection());
    kept.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM agreements WHERE client_id = ? AND state = 'signed'), "
        "(SELECT COUNT(*) FROM invoices WHERE client_id = ?), "
        "(SELECT COUNT(*) FROM payments WHERE client_id = ?)"));
    for (int i = 0; i < 3; ++i)
        kept.addBindValue(id);
    if (!kept.exec() || !kept.next())
        return Database::queryError(kept, tr("Could not delete the client"));
    QStringList records;
    if (const int n = kept.value(0).toInt())
        records << tr("%n signed agreement(s)", nullptr, n);
    if (const int n = kept.value(1).toInt())
        records << tr("%n invoice(s)", nullptr, n);
    if (const int n = kept.value(2).toInt())
        records << tr("%n payment(s)", nullptr, n);
    if (!records.isEmpty())
        return makeError(ErrorCode::Refused,
                         tr("This client cannot be deleted: their %1 must be kept. Archive the "
                            "client instead; nothing is lost and the list stays tidy.")
                             .arg(records.join(QStringLiteral(", "))));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the client"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no client with id %1.").arg(id));
    return {};
}

Result<int> ClientRepository::count() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM clients")) || !query.next())
        return Database::queryError(query, tr("Could not count the clients"));
    return query.value(0).toInt();
}

} // namespace md
