#pragma once

#include <QString>
#include <QStringList>

namespace md {

// The full-text index (schema 10, migrations/010_search.sql) is derived from
// the records: one FTS4 table per kind, every object named search_…. Whatever
// copies or checks the records table by table (the export, the import, the
// backups' checksums) leaves these out with this condition on
// sqlite_master's `name`, and the import rebuilds them.
inline QString notSearchIndexSql() {
    return QStringLiteral("name NOT LIKE 'search\\_%' ESCAPE '\\'");
}

// The index tables, one per kind of record.
inline QStringList searchIndexTables() {
    return {QStringLiteral("search_clients"),  QStringLiteral("search_agreements"),
            QStringLiteral("search_invoices"), QStringLiteral("search_engagements"),
            QStringLiteral("search_needs"),    QStringLiteral("search_goals"),
            QStringLiteral("search_actions"),  QStringLiteral("search_evaluations"),
            QStringLiteral("search_sessions")};
}

} // namespace md
