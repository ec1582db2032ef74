#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace md {

class Database;

// Reads whole tables row by row, for exports: every user table, its columns,
// and its rows (optionally those that belong to one client). Rows are handed
// out one at a time so an export's memory does not grow with the workspace.
class TableDump final {
    Q_DECLARE_TR_FUNCTIONS(md::TableDump)
public:
    // The tables in the order they were created (parents before children).
    static Result<QStringList> tables(Database& database);
    static Result<QStringList> columns(Database& database, const QString& table);

    // The SQL condition that selects a table's rows belonging to one client
    // (a "?" takes the client id), or nothing when the table holds no
    // client's data. Every table must be classified (a test checks).
    static std::optional<QString> clientCondition(const QString& table);
    // Tables that hold no client's data (templates, working hours, …).
    static const QStringList& practiceTables();

    using RowHandler = std::function<Status(const QVariantList& values)>;
    // Every row of `table` in rowid order; with `clientId` only that client's.
    static Status forEachRow(Database& database, const QString& table, qint64 clientId,
                             const RowHandler& handle);
    // Any SELECT, row by row (for the readable CSV files).
    static Status forEachRow(Database& database, const QString& sql, const QVariantList& bindings,
                             const RowHandler& handle);
};

} // namespace md
