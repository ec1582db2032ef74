#include "storage/Migrator.h"

#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace md {

namespace {

// PRAGMA user_version, or -1 when it cannot be read.
int versionOf(SqlCipherDriver* driver) {
    QSqlQuery query(driver->createResult());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

const QString kMigrationDir = QStringLiteral(":/core/storage/migrations");
} // namespace

QList<Migrator::Migration> Migrator::migrations() {
    static const QList<Migration> all = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{3})_(\w+)\.sql$)"));
        const QStringList files =
            QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            const auto match = pattern.match(fileName);
            if (!match.hasMatch())
                continue;
            QFile file(kMigrationDir + QLatin1Char('/') + fileName);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            list.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int Migrator::latestVersion() {
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::apply(SqlCipherDriver* driver, int currentVersion) {
    if (currentVersion > latestVersion())
        return makeError(ErrorCode::NewerFormat,
                         tr("This workspace was saved by a newer version of MentorDesk (data "
                            "format %1; this version knows up to %2). Update MentorDesk to open "
                            "it. Nothing was changed.")
                             .arg(currentVersion)
                             .arg(latestVersion()));
    for (const Migration& migration : migrations()) {
        if (migration.version <= currentVersion)
            continue;
        // The schema change and the version bump commit together or not at all.
        if (!driver->beginTransaction())
            return makeError(ErrorCode::Database,
                             tr("Could not update the workspace to data format %1: %2")
                                 .arg(migration.version)
                                 .arg(driver->lastError().text()));
        // Another program may have applied it while this one waited for the
        // write lock (two programs opening a new workspace at once).
        const int inside = versionOf(driver);
        if (inside >= migration.version) {
            driver->rollbackTransaction();
            continue;
        }
        const QString script =
            migration.sql + QStringLiteral("\nPRAGMA user_version = %1;").arg(migration.version);
        if (!driver->executeScript(script)) {
            const QString detail = driver->lastError().text();
            driver->rollbackTransaction();
            return makeError(ErrorCode::Database,
                             tr("Could not update the workspace to data format %1 (%2): %3")
                                 .arg(migration.version)
                                 .arg(migration.name, detail));
        }
        if (!driver->commitTransaction()) {
            const QString detail = driver->lastError().text();
            driver->rollbackTransaction();
            return makeError(ErrorCode::Database, detail);
        }
    }
    return {};
}

} // namespace md
