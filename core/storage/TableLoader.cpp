#include "storage/TableLoader.h"

#include "storage/Database.h"
#include "storage/SearchRepository.h"
#include "storage/SqlIdentifier.h"

#include <QSqlError>

namespace md {

TableLoader::TableLoader(Database& database)
    : m_database(database) {}

TableLoader::~TableLoader() = default;

Status TableLoader::begin() {
    if (!m_database.inTransaction())
        return makeError(ErrorCode::Database, tr("Loading tables needs a transaction around it."));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND sql IS NOT NULL ORDER BY rowid")))
        return Database::queryError(query, tr("Could not read the workspace's rules"));
    while (query.next())
        m_triggers.append({query.value(0).toString(), query.value(1).toString()});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the workspace's rules"));
    for (const Trigger& trigger : std::as_const(m_triggers)) {
        QSqlQuery drop(m_database.connection());
        if (!drop.exec(QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(trigger.name))))
            return Database::queryError(drop, tr("Could not prepare the workspace for the import"));
    }
    QSqlQuery defer(m_database.connection());
    if (!defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return Database::queryError(defer, tr("Could not prepare the workspace for the import"));
    return {};
}

Result<bool> TableLoader::isEmpty(const QString& table) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quotedIdentifier(table))) ||
        !query.next())
        return Database::queryError(query, tr("Could not read the table %1").arg(table));
    return query.value(0).toInt() == 0;
}

Status TableLoader::clear(const QString& table) {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM %1").arg(quotedIdentifier(table))))
        return Database::queryError(query, tr("Could not empty the table %1").arg(table));
    return {};
}

Status TableLoader::insert(const QString& table, const QStringList& columns,
                           const QVariantList& values) {
    if (!m_insert || m_preparedTable != table) {
        QStringList names;
        for (const QString& column : columns)
            names.append(quotedIdentifier(column));
        QStringList marks(columns.size(), QStringLiteral("?"));
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        if (!m_insert->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(quotedIdentifier(table), names.join(QLatin1Char(',')),
                                        marks.join(QLatin1Char(',')))))
            return Database::queryError(*m_insert, tr("Could not write the table %1").arg(table));
        m_preparedTable = table;
    }
    for (int i = 0; i < values.size(); ++i)
        m_insert->bindValue(i, values.at(i));
    if (!m_insert->exec())
        return Database::queryError(*m_insert, tr("Could not write a record of %1").arg(table));
    return {};
}

Status TableLoader::finish() {
    m_insert.reset();
    QSqlQuery check(m_database.connection());
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::queryError(check, tr("Could not check the imported records"));
    QStringList broken;
    while (check.next() && broken.size() < 10)
        broken.append(tr("a record of %1 (row %2) refers to a missing record of %3")
                          .arg(check.value(0).toString(), check.value(1).toString(),
                               check.value(2).toString()));
    if (!broken.isEmpty())
        return makeError(
            ErrorCode::Corrupted,
            tr("The records do not fit together: %1.").arg(broken.join(QStringLiteral("; "))));
    for (const Trigger& trigger : std::as_const(m_triggers)) {
        QSqlQuery create(m_database.connection());
        if (!create.exec(trigger.sql))
            return Database::queryError(create, tr("Could not restore the workspace's rules"));
    }
    m_triggers.clear();
    // The rows came in without the triggers that index them.
    return SearchRepository::rebuild(m_database);
}

} // namespace md
