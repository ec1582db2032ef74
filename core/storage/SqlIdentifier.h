#pragma once

#include <QString>

namespace md {

// A table or column name as an SQL identifier: in double quotes, with any
// double quote inside doubled, so no name can end the identifier early.
inline QString quotedIdentifier(const QString& identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace md
