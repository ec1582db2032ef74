#pragma once

#include <QString>

namespace md {

// The SQL twin of clientListName() (domain/ClientName.h), for queries that
// return a client's name beside other rows: the preferred name, or the full
// name when there is none or when the workspace's practice rules say the
// lists show full names ("practice.client_names" = 'full', see
// PracticeRulesRepository). The setting is a constant subquery, which SQLite
// evaluates once per statement, not once per row. `alias` is the clients
// table's name or alias in the query.
inline QString clientDisplayNameSql(const QString& alias) {
    return QStringLiteral(
               "CASE WHEN %1.preferred_name <> '' AND IFNULL((SELECT value FROM "
               "workspace_settings WHERE key = 'practice.client_names'), 'preferred') <> 'full' "
               "THEN %1.preferred_name ELSE %1.full_name END")
        .arg(alias);
}

// The clients table as a join that reads only their names (and time zone or
// erasure) reaches it: through the index clients_names (migration 017) of
// just those columns. SQLite looks a client up by its rowid otherwise, which
// reads the client's whole row, profile and all, and a list in its own
// order (invoices by date, sessions by start) reads them in random order:
// at 10,000 clients that was most of a list's page reads (20,240 pages
// against 1,562 for the invoice list).
inline QString clientNamesTable(const QString& alias) {
    return QStringLiteral("clients %1 INDEXED BY clients_names").arg(alias);
}

} // namespace md
