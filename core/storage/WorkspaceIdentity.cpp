#include "storage/WorkspaceIdentity.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace md {

namespace {
const QString kKey = QStringLiteral("workspace.id");
} // namespace

Status WorkspaceIdentity::store(Database& database, const QString& workspaceId) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_settings (key, value) "
                                 "VALUES (?, ?)"));
    query.addBindValue(kKey);
    query.addBindValue(workspaceId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not record the workspace id"));
    return {};
}

Result<QString> WorkspaceIdentity::load(Database& database) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    query.addBindValue(kKey);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the workspace id"));
    if (query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    // Older or damaged data: a new id only costs the keychain entry.
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status stored = store(database, fresh); !stored)
        return stored.error();
    return fresh;
}

} // namespace md
