#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace md {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("mentordesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's primary result codes this file tells apart.
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADatabase = 26;

Error openError(const QSqlError& error, const QString& path) {
    const int code = error.nativeErrorCode().toInt();
    switch (code) {
    case kSqliteNotADatabase:
        // Workspace knows whether the key was right and turns this into
        // "damaged" when it was (Database::damaged).
        return makeError(
            ErrorCode::WrongKey,
            Database::tr("The key does not open this workspace (or %1 is not a MentorDesk "
                         "database). Nothing was changed.")
                .arg(path));
    case kSqliteCorrupt:
        return Database::damaged(path, error.databaseText());
    case kSqliteFull:
        return makeError(
            ErrorCode::Io,
            Database::tr("The disk is full: the workspace %1 cannot be opened until some space "
                         "is free. Nothing was changed.")
                .arg(path));
    case SqlCipherDriver::kPlaintextDatabase:
        return makeError(ErrorCode::Refused, error.databaseText());
    case SqlCipherDriver::kMissingFile:
        return makeError(ErrorCode::NotFound, error.databaseText());
    default:
        return makeError(
            ErrorCode::Database,
            Database::tr("Could not open the workspace database: %1").arg(error.databaseText()));
    }
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, SecureBytes key,
                                                 OpenMode mode) {
    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_connectionName = nextConnectionName();
    database->m_driver = new SqlCipherDriver;
    database->m_key = SecureBytes(key.data(), key.size());
    database->m_driver->setKey(std::move(key));
    database->m_driver->setCreateIfMissing(mode == OpenMode::CreateIfMissing);
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_driver, database->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return openError(error, path);
    }
    const int version = database->schemaVersion();
    if (version < 0)
        return makeError(ErrorCode::Database, tr("Could not read the workspace's data format."));
    if (Status migrated = Migrator::apply(database->m_driver, version); !migrated)
        return migrated.error();
    database->changedElsewhere(); // remembers the version to compare with later
    return database;
}

Database::~Database() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

DataVersion Database::dataVersion() const {
    QSqlQuery query(connection());
    DataVersion version;
    if (query.exec(QStringLiteral("SELECT total_changes()")) && query.next())
        version.ownChanges = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        version.otherCommits = query.value(0).toLongLong();
    return version;
}

bool Database::execute(const QString& sql, QString* error) {
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    *error = query.lastError().databaseText();
    return false;
}

Status Database::transaction(const std::function<Status()>& work) {
    return unitOfWork(work, true);
}

Status Database::readTransaction(const std::function<Status()>& work) {
    return unitOfWork(work, false);
}

Status Database::unitOfWork(const std::function<Status()>& work, bool takeWriteLock) {
    const bool outermost = m_pendingChanges.empty();
    const QString savepoint = QStringLiteral("md_unit_%1").arg(m_pendingChanges.size());
    QString error;
    if (!execute(outermost
                     ? (takeWriteLock ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
                     : QStringLiteral("SAVEPOINT %1").arg(savepoint),
                 &error))
        return makeError(ErrorCode::Database, tr("Could not start saving: %1").arg(error));
    m_pendingChanges.emplace_back();

    const Status status = work();
    ChangeSet changes = std::move(m_pendingChanges.back());
    m_pendingChanges.pop_back();

    QString ignored;
    if (!status) {
        if (outermost) {
            execute(QStringLiteral("ROLLBACK"), &ignored);
        } else {
            execute(QStringLiteral("ROLLBACK TO %1").arg(savepoint), &ignored);
            execute(QStringLiteral("RELEASE %1").arg(savepoint), &ignored);
        }
        return status;
    }
    if (!outermost) {
        if (!execute(QStringLiteral("RELEASE %1").arg(savepoint), &error)) {
            execute(QStringLiteral("ROLLBACK TO %1").arg(savepoint), &ignored);
            execute(QStringLiteral("RELEASE %1").arg(savepoint), &ignored);
            return makeError(ErrorCode::Database, tr("Could not save: %1").arg(error));
        }
        m_pendingChanges.back().merge(changes);
        return {};
    }
    if (!execute(QStringLiteral("COMMIT"), &error)) {
        execute(QStringLiteral("ROLLBACK"), &ignored);
        return makeError(ErrorCode::Database, tr("Could not save: %1").arg(error));
    }
    // Listeners run after the commit, never in the middle of a unit of work,
    // so whatever they read or write sees the finished state.
    publish(changes);
    return {};
}

void Database::noteWideChange() {
    if (!m_pendingChanges.empty()) {
        m_pendingChanges.back().merge(ChangeSet::externalChange());
        return;
    }
    publish(ChangeSet::externalChange());
}

void Database::noteChange(RecordKind kind, ChangeOp op, qint64 id) {
    if (!m_pendingChanges.empty()) {
        m_pendingChanges.back().add(kind, op, id);
        return;
    }
    ChangeSet changes;
    changes.add(kind, op, id);
    publish(changes);
}

void Database::publish(const ChangeSet& changes) {
    if (!changes.isEmpty() && m_publish)
        m_publish(changes);
}

bool Database::changedElsewhere() {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return false;
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

Status Database::rekey(const SecureBytes& newKey) {
    if (!m_driver->rekey(newKey))
        return makeError(
            ErrorCode::Database,
            tr("Could not re-encrypt the workspace: %1").arg(m_driver->lastError().databaseText()));
    m_key = SecureBytes(newKey.data(), newKey.size());
    return {};
}

Status Database::checkpoint() {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return queryError(query, tr("Could not write pending changes to the database file"));
    return {};
}

QStringList Database::integrityProblems(const QStringList& rows) {
    QStringList problems;
    for (const QString& row : rows) {
        // SQLite 3.15 returns all its findings in one row, one per line,
        // after a "*** in database main ***" heading.
        for (const QString& line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed == QLatin1String("ok") ||
                (trimmed.startsWith(QLatin1String("***")) &&
                 trimmed.endsWith(QLatin1String("***"))))
                continue;
            problems.append(trimmed);
        }
    }
    return problems;
}

Status Database::setPageCacheKiB(int kib) {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(kib, 1))))
        return queryError(query, tr("Could not set the page cache"));
    return {};
}

Result<QStringList> Database::integrityCheck() {
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return queryError(query, tr("Could not check the database"));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    QStringList problems = integrityProblems(rows);
    if (query.lastError().isValid()) {
        // A damaged file can stop the check itself after it listed what it
        // found; that is one more finding, not the end of the report.
        if (rows.isEmpty())
            return queryError(query, tr("Could not check the database"));
        problems.append(
            tr("The check stopped before the end: %1").arg(query.lastError().databaseText()));
    }

    QSqlQuery foreignKeys(connection());
    foreignKeys.setForwardOnly(true);
    const bool ran = foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (ran && foreignKeys.next())
        problems.append(tr("Row %1 of table %2 points to a missing row in %3.")
                            .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                 foreignKeys.value(2).toString()));
    if (!ran || foreignKeys.lastError().isValid()) {
        if (problems.isEmpty())
            return queryError(foreignKeys, tr("Could not check the links between records"));
        problems.append(tr("The links between records could not be checked: %1")
                            .arg(foreignKeys.lastError().databaseText()));
    }
    return problems;
}

Error Database::damaged(const QString& path, const QString& detail) {
    return makeError(ErrorCode::Corrupted,
                     tr("The workspace database %1 is damaged (%2). Nothing was changed. Check it "
                        "with “mentordesk-cli verify”; if it cannot be read, restore your last "
                        "backup (File › Restore from Backup, or “mentordesk-cli backup "
                        "restore”).")
                         .arg(path, detail));
}

Error Database::queryError(const QSqlQuery& query, const QString& whatFailed) {
    const QSqlError error = query.lastError();
    const QString detail = error.databaseText();
    switch (error.nativeErrorCode().toInt()) {
    case kSqliteConstraint:
        return makeError(ErrorCode::Refused, QStringLiteral("%1: %2").arg(whatFailed, detail));
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        // A damaged page must never look like the end of the rows: say what
        // it is and stop.
        return makeError(ErrorCode::Corrupted,
                         tr("%1: the workspace database is damaged (%2). Check it with "
                            "“mentordesk-cli verify”; if it cannot be repaired, restore your last "
                            "backup (File › Restore from Backup, or “mentordesk-cli backup "
                            "restore”).")
                             .arg(whatFailed, detail));
    case kSqliteFull:
        return makeError(
            ErrorCode::Io,
            tr("%1: the disk is full (%2). Nothing was saved.").arg(whatFailed, detail));
    case kSqliteIoErr:
        return makeError(
            ErrorCode::Io,
            tr("%1: the disk could not be read or written (%2).").arg(whatFailed, detail));
    default:
        return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(whatFailed, detail));
    }
}

} // namespace md
