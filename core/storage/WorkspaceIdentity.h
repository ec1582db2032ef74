#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace md {

class Database;

// The workspace id is kept inside the encrypted database as well as in the
// sidecar, so a lost sidecar can be rebuilt from the database and the
// recovery key alone.
class WorkspaceIdentity final {
    Q_DECLARE_TR_FUNCTIONS(md::WorkspaceIdentity)

public:
    static Status store(Database& database, const QString& workspaceId);
    static Result<QString> load(Database& database);
};

} // namespace md
