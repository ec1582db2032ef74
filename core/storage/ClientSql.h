#pragma once

#include <QString>

namespace md {

// The SQL twin of Client::displayName() (the preferred name, or the full name
// when there is none), for queries that return a client's name beside other
// rows. `alias` is the clients table's name or alias in the query.
inline QString clientDisplayNameSql(const QString& alias) {
    return QStringLiteral("CASE WHEN %1.preferred_name <> '' THEN %1.preferred_name "
                          "ELSE %1.full_name END")
        .arg(alias);
}

} // namespace md
