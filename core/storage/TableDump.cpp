#include "storage/TableDump.h"

#include "storage/Database.h"
#include "storage/SearchIndexSql.h"
#include "storage/SqlIdentifier.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace md {

namespace {

const QString kEngagementsOfClient =
    QStringLiteral("engagement_id IN (SELECT id FROM engagements WHERE client_id = ?)");
const QString kGoalsOfClient = QStringLiteral(
    "goal_id IN (SELECT g.id FROM goals g JOIN engagements e ON e.id = g.engagement_id "
    "WHERE e.client_id = ?)");
const QString kAgreementsOfClient =
    QStringLiteral("agreement_id IN (SELECT id FROM agreements WHERE client_id = ?)");

const QHash<QString, QString>& clientConditions() {
    static const QHash<QString, QString> conditions{
        {QStringLiteral("clients"), QStringLiteral("id = ?")},
        {QStringLiteral("engagements"), QStringLiteral("client_id = ?")},
        {QStringLiteral("stage_changes"), kEngagementsOfClient},
        {QStringLiteral("needs"), kEngagementsOfClient},
        {QStringLiteral("goals"), kEngagementsOfClient},
        {QStringLiteral("goal_needs"), kGoalsOfClient},
        {QStringLiteral("goal_progress"), kGoalsOfClient},
        {QStringLiteral("actions"), kGoalsOfClient},
        {QStringLiteral("evaluations"), kGoalsOfClient},
        {QStringLiteral("agreements"), QStringLiteral("client_id = ?")},
        {QStringLiteral("agreement_signatures"), kAgreementsOfClient},
        {QStringLiteral("agreement_scans"), kAgreementsOfClient},
        {QStringLiteral("agreement_seals"), kAgreementsOfClient},
        {QStringLiteral("agreement_audit_log"), kAgreementsOfClient},
        {QStringLiteral("session_series"), kEngagementsOfClient},
        {QStringLiteral("sessions"), kEngagementsOfClient},
        {QStringLiteral("client_billing_details"), QStringLiteral("client_id = ?")},
        {QStringLiteral("package_sales"), kEngagementsOfClient},
        {QStringLiteral("package_credit_uses"),
         QStringLiteral("sale_id IN (SELECT p.id FROM package_sales p JOIN engagements e ON "
                        "e.id = p.engagement_id WHERE e.client_id = ?)")},
        {QStringLiteral("invoices"), QStringLiteral("client_id = ?")},
        {QStringLiteral("invoice_lines"),
         QStringLiteral("invoice_id IN (SELECT id FROM invoices WHERE client_id = ?)")},
        {QStringLiteral("payments"), QStringLiteral("client_id = ?")},
        {QStringLiteral("payment_allocations"),
         QStringLiteral("payment_id IN (SELECT id FROM payments WHERE client_id = ?)")},
    };
    return conditions;
}

} // namespace

const QStringList& TableDump::practiceTables() {
    static const QStringList tables{
        QStringLiteral("workspace_settings"),
        QStringLiteral("agreement_templates"),
        QStringLiteral("working_hours"),
        QStringLiteral("days_off"),
        QStringLiteral("scheduling_settings"),
        QStringLiteral("busy_times"),
        QStringLiteral("offerings"),
        QStringLiteral("invoice_number_counters"),
        QStringLiteral("agreement_earlier_keys"),
    };
    return tables;
}

std::optional<QString> TableDump::clientCondition(const QString& table) {
    const auto found = clientConditions().constFind(table);
    if (found == clientConditions().cend())
        return std::nullopt;
    return *found;
}

Result<QStringList> TableDump::tables(Database& database) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // The search index is derived from the records, not one of them. The
    // calendar account (migration 14) is this workspace's link to a server,
    // with its password: never written to a file, never carried over.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                   "NOT LIKE 'sqlite_%' AND %1 AND name NOT LIKE 'calendar\\_%' "
                                   "ESCAPE '\\' ORDER BY rowid")
                        .arg(notSearchIndexSql())))
        return Database::queryError(query, tr("Could not list the tables"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not list the tables"));
    return names;
}

Result<QStringList> TableDump::columns(Database& database, const QString& table) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quotedIdentifier(table))))
        return Database::queryError(query, tr("Could not read the table %1").arg(table));
    QStringList names;
    while (query.next())
        names.append(query.value(1).toString());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the table %1").arg(table));
    return names;
}

Status TableDump::forEachRow(Database& database, const QString& table, qint64 clientId,
                             const RowHandler& handle) {
    QString sql = QStringLiteral("SELECT * FROM %1").arg(quotedIdentifier(table));
    QVariantList bindings;
    if (clientId != 0) {
        const std::optional<QString> condition = clientCondition(table);
        if (!condition)
            return {}; // no client's data in it
        sql += QStringLiteral(" WHERE ") + *condition;
        bindings.append(clientId);
    }
    sql += QStringLiteral(" ORDER BY rowid");
    return forEachRow(database, sql, bindings, handle);
}

Status TableDump::forEachRow(Database& database, const QString& sql, const QVariantList& bindings,
                             const RowHandler& handle) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Database::queryError(query, tr("Could not read the workspace"));
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the workspace"));
    QVariantList values;
    while (query.next()) {
        const int count = query.record().count();
        values.resize(count);
        for (int i = 0; i < count; ++i)
            values[i] = query.value(i);
        if (Status handled = handle(values); !handled)
            return handled;
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the workspace"));
    return {};
}

} // namespace md
