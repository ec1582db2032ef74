#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

class SqlCipherDriver;

// Schema migrations: numbered SQL files compiled in as resources
// (core/storage/migrations/NNN_name.sql). Each runs in its own transaction
// together with the PRAGMA user_version bump that records it.
class Migrator final {
    Q_DECLARE_TR_FUNCTIONS(md::Migrator)
public:
    struct Migration {
        int version;
        QString name;
        QString sql;
    };

    static QList<Migration> migrations();
    static int latestVersion();
    // Applies every migration above `currentVersion`. Fails with NewerFormat,
    // before touching anything, when the file is newer than this program.
    static Status apply(SqlCipherDriver* driver, int currentVersion);
};

} // namespace md
