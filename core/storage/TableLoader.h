#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace md {

class Database;

// Writes whole tables back, row by row, for an import into a new workspace:
// the counterpart of TableDump. Rows keep their ids, so every reference
// between them holds as it did.
//
// Use it inside one Database::transaction(): begin() lifts the guard triggers
// (a signed agreement refuses new signatures, an invoice counter starts at
// zero…) and defers the foreign keys, because the rows arrive as they were,
// not as the application would make them one by one; finish() checks every
// reference and puts the triggers back. The triggers' removal and return are
// part of the same transaction, so no other connection ever sees the
// workspace without them, and a failed import rolls back to a workspace that
// has them.
class TableLoader final {
    Q_DECLARE_TR_FUNCTIONS(md::TableLoader)
public:
    explicit TableLoader(Database& database);
    ~TableLoader();

    Status begin();
    // True when the table holds no row.
    Result<bool> isEmpty(const QString& table);
    // Removes every row (the defaults of a new workspace).
    Status clear(const QString& table);
    // One row; `values` in the order of `columns`.
    Status insert(const QString& table, const QStringList& columns, const QVariantList& values);
    // Every broken reference as a sentence (none: empty), then the triggers
    // are restored. An error when a reference is broken.
    Status finish();

private:
    struct Trigger {
        QString name;
        QString sql;
    };
    Database& m_database;
    QList<Trigger> m_triggers;
    QString m_preparedTable;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace md
