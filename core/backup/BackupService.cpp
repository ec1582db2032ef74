#include "backup/BackupService.h"

#include "common/AtomicFile.h"
#include "storage/Database.h"
#include "workspace/Sidecar.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace md {

namespace {

constexpr int kManifestVersion = 1;
const QString kAttached = QStringLiteral("md_backup");
const QString kDatabaseFile = QStringLiteral("mentordesk.db");
const QString kSidecarFile = QStringLiteral("workspace.json");

constexpr QFileDevice::Permissions kOwnerDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString sqlString(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

bool makePrivateDirectory(const QString& path) {
    return QDir().mkpath(path) && QFile::setPermissions(path, kOwnerDirectory);
}

QByteArray manifestJson(const BackupInfo& info) {
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("MentorDesk backup")},
        {QStringLiteral("formatVersion"), kManifestVersion},
        {QStringLiteral("createdUtc"), info.createdUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("verifiedUtc"), info.verifiedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("workspaceId"), info.workspaceId},
        {QStringLiteral("schemaVersion"), info.schemaVersion},
        {QStringLiteral("databaseBytes"), info.bytes},
        {QStringLiteral("automatic"), info.automatic},
        {QStringLiteral("tables"), TableDigests::toJson(info.tables)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Runs one statement on the workspace connection; the error names the step.
Status run(Database& database, const QString& sql, const QString& step) {
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return Database::queryError(query, step);
    while (query.next()) {
    }
    if (query.lastError().isValid())
        return Database::queryError(query, step);
    return {};
}

Result<QStringList> integrityProblems(Database& database, const QString& schema) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA %1.integrity_check").arg(schema)))
        return Database::queryError(query, BackupService::tr("Could not check the backup"));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, BackupService::tr("Could not check the backup"));
    return problems;
}

} // namespace

BackupService::BackupService(Database& database, const Clock& clock, const Workspace& workspace)
    : m_database(database)
    , m_clock(clock)
    , m_workspace(workspace) {}

QString BackupService::defaultFolder(const QString& workspaceDirectory) {
    const QFileInfo info(QDir::cleanPath(QDir(workspaceDirectory).absolutePath()));
    return info.dir().filePath(info.fileName() + QStringLiteral("-backups"));
}

Result<BackupInfo> BackupService::create(const QString& folder, Kind kind) {
    if (!makePrivateDirectory(folder))
        return makeError(ErrorCode::Io,
                         tr("The backup folder %1 cannot be created or written to. Choose another "
                            "one in Preferences, or plug in the drive it is on.")
                             .arg(native(folder)));
    const QDateTime now = m_clock.nowUtc();
    const QString name =
        QStringLiteral("mentordesk-backup-%1").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString finalPath = QDir(folder).filePath(name);
    for (int n = 2; QFileInfo::exists(finalPath); ++n)
        finalPath = QDir(folder).filePath(name + QStringLiteral("-%1").arg(n));
    const QString partial = QDir(folder).filePath(kPartialPrefix + QFileInfo(finalPath).fileName());
    QDir(partial).removeRecursively();
    if (!makePrivateDirectory(partial))
        return makeError(ErrorCode::Io,
                         tr("Could not write to the backup folder %1.").arg(native(folder)));
    const auto discard = [&partial] {
        QDir(partial).removeRecursively();
    };
    const QString copyPath = QDir(partial).filePath(kDatabaseFile);

    BackupInfo info;
    info.createdUtc = now;
    info.automatic = kind == Kind::Automatic;
    info.workspaceId = m_workspace.id();
    info.schemaVersion = m_database.schemaVersion();

    // An empty file is an empty database to SQLite. It must exist already: a
    // workspace opened with "must exist" attaches without creating files.
    {
        QFile empty(copyPath);
        if (!empty.open(QIODevice::WriteOnly) ||
            !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            discard();
            return makeError(ErrorCode::Io,
                             tr("Could not write to the backup folder %1.").arg(native(folder)));
        }
    }
    // Attached without a key, the copy is encrypted under the workspace's
    // own data key; the page size must match what the sidecar records.
    if (Status attached =
            run(m_database,
                QStringLiteral("ATTACH DATABASE %1 AS %2").arg(sqlString(copyPath), kAttached),
                tr("Could not start the backup"));
        !attached) {
        discard();
        return attached.error();
    }
    const auto detach = [this] {
        QSqlQuery query(m_database.connection());
        query.exec(QStringLiteral("DETACH DATABASE %1").arg(kAttached));
    };
    Status copied =
        run(m_database, QStringLiteral("PRAGMA %1.cipher_page_size = 4096").arg(kAttached),
            tr("Could not start the backup"));
    // One read transaction: the copy and the source's digests are of the same
    // committed state, while other programs may go on writing.
    if (copied)
        copied = run(m_database, QStringLiteral("BEGIN"), tr("Could not start the backup"));
    if (copied) {
        copied = run(m_database, QStringLiteral("SELECT sqlcipher_export('%1')").arg(kAttached),
                     tr("Could not copy the workspace"));
        if (copied)
            copied = run(m_database,
                         QStringLiteral("PRAGMA %1.user_version = %2")
                             .arg(kAttached)
                             .arg(info.schemaVersion),
                         tr("Could not copy the workspace"));
        if (copied) {
            Result<QList<TableDigest>> source =
                TableDigests::compute(m_database, m_workspace.digestKey());
            if (source)
                info.tables = source.value();
            else
                copied = source.error();
        }
        if (copied)
            copied = run(m_database, QStringLiteral("COMMIT"), tr("Could not finish the backup"));
        if (!copied) {
            QSqlQuery rollback(m_database.connection());
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    if (!copied) {
        detach();
        discard();
        return copied.error();
    }

    // Read the copy back through the key and compare it with the source.
    Result<QStringList> problems = integrityProblems(m_database, kAttached);
    Result<QList<TableDigest>> written =
        problems ? TableDigests::compute(m_database, m_workspace.digestKey(), kAttached)
                 : Result<QList<TableDigest>>(problems.error());
    detach();
    if (!problems || !written) {
        discard();
        return makeError(ErrorCode::Corrupted,
                         tr("The backup could not be read back, so it was deleted: %1")
                             .arg(problems ? written.message() : problems.message()));
    }
    QStringList differences = *problems;
    differences += TableDigests::differences(info.tables, *written);
    if (!differences.isEmpty()) {
        discard();
        return makeError(ErrorCode::Corrupted,
                         tr("The backup did not match the workspace, so it was deleted: %1")
                             .arg(differences.join(QLatin1Char(' '))));
    }
    info.verifiedUtc = m_clock.nowUtc();
    info.bytes = QFileInfo(copyPath).size();

    if (Status sidecar = m_workspace.sidecar().write(QDir(partial).filePath(kSidecarFile));
        !sidecar) {
        discard();
        return sidecar.error();
    }
    if (Status manifest =
            writeFileAtomically(QDir(partial).filePath(kManifestFile), manifestJson(info));
        !manifest) {
        discard();
        return manifest.error();
    }
    if (!QDir().rename(partial, finalPath)) {
        discard();
        return makeError(ErrorCode::Io,
                         tr("Could not finish the backup in %1.").arg(native(folder)));
    }
    info.path = finalPath;
    return info;
}

Result<BackupInfo> BackupService::read(const QString& path) {
    const QFileInfo given(path);
    const QString folder = given.isDir() ? given.absoluteFilePath() : given.absolutePath();
    QFile file(QDir(folder).filePath(kManifestFile));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            tr("%1 is not a MentorDesk backup (it has no %2).").arg(native(folder), kManifestFile));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &error);
    const QJsonObject root = document.object();
    if (document.isNull() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("MentorDesk backup"))
        return makeError(ErrorCode::Corrupted,
                         tr("The description of the backup in %1 is damaged.").arg(native(folder)));
    if (root.value(QStringLiteral("formatVersion")).toInt() > kManifestVersion)
        return makeError(
            ErrorCode::NewerFormat,
            tr("The backup in %1 was made by a newer MentorDesk.").arg(native(folder)));
    BackupInfo info;
    info.path = folder;
    info.createdUtc = QDateTime::fromString(root.value(QStringLiteral("createdUtc")).toString(),
                                            Qt::ISODateWithMs);
    info.verifiedUtc = QDateTime::fromString(root.value(QStringLiteral("verifiedUtc")).toString(),
                                             Qt::ISODateWithMs);
    info.workspaceId = root.value(QStringLiteral("workspaceId")).toString();
    info.schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt();
    info.bytes = root.value(QStringLiteral("databaseBytes")).toInteger();
    info.automatic = root.value(QStringLiteral("automatic")).toBool();
    info.tables = TableDigests::fromJson(root.value(QStringLiteral("tables")).toArray());
    if (!info.createdUtc.isValid() || info.tables.isEmpty() ||
        !QFileInfo::exists(QDir(folder).filePath(kDatabaseFile)))
        return makeError(ErrorCode::Corrupted,
                         tr("The backup in %1 is incomplete.").arg(native(folder)));
    return info;
}

Result<QList<BackupInfo>> BackupService::list(const QString& folder) {
    QList<BackupInfo> backups;
    const QDir dir(folder);
    if (!dir.exists())
        return backups;
    const QStringList entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& entry : entries) {
        if (entry.startsWith(kPartialPrefix))
            continue;
        Result<BackupInfo> info = read(dir.filePath(entry));
        if (info && info->verifiedUtc.isValid())
            backups.append(info.value());
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdUtc > b.createdUtc; });
    return backups;
}

std::optional<BackupInfo> BackupService::newest(const QString& folder, const QString& workspaceId) {
    Result<QList<BackupInfo>> all = list(folder);
    if (!all)
        return std::nullopt;
    for (const BackupInfo& info : std::as_const(*all))
        if (info.workspaceId == workspaceId)
            return info;
    return std::nullopt;
}

QString BackupService::damageAdvice(const QString& workspaceDirectory, const QString& folder) {
    Result<Sidecar> sidecar = Sidecar::read(Workspace::sidecarPath(workspaceDirectory));
    if (!sidecar)
        return tr("Restore your newest backup (File › Restore from Backup, or "
                  "“mentordesk-cli backup restore”).");
    QStringList folders{folder};
    if (const QString beside = defaultFolder(workspaceDirectory); !folders.contains(beside))
        folders << beside;
    std::optional<BackupInfo> best;
    for (const QString& candidate : std::as_const(folders)) {
        if (candidate.isEmpty())
            continue;
        std::optional<BackupInfo> found = newest(candidate, sidecar->workspaceId);
        if (found && (!best || found->createdUtc > best->createdUtc))
            best = found;
    }
    if (!best)
        return tr("No verified backup of this workspace was found in %1. If you keep backups "
                  "elsewhere, restore one with File › Restore from Backup.")
            .arg(QDir::toNativeSeparators(folders.first().isEmpty() ? folders.last()
                                                                    : folders.first()));
    return tr("The newest verified backup of this workspace is from %1: %2. Restore it with "
              "File › Restore from Backup, or “mentordesk-cli backup restore \"%2\"”.")
        .arg(QLocale().toString(best->createdUtc.toLocalTime(), QLocale::LongFormat),
             QDir::toNativeSeparators(best->path));
}

QList<BackupInfo> BackupService::kept(const QList<BackupInfo>& backups,
                                      const BackupRetention& policy) {
    // Grandfather-father-son: walking from the newest, the first backup of a
    // day (week, month) not seen yet is kept while that tier has room.
    QSet<QString> days, weeks, months;
    QList<BackupInfo> keep;
    for (const BackupInfo& info : backups) {
        const QDate date = info.createdUtc.toUTC().date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const QString day = date.toString(Qt::ISODate);
        const QString weekKey = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
        const QString month = date.toString(QStringLiteral("yyyy-MM"));
        bool keepThis = false;
        if (!days.contains(day) && days.size() < policy.daily) {
            days.insert(day);
            keepThis = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < policy.weekly) {
            weeks.insert(weekKey);
            keepThis = true;
        }
        if (!months.contains(month) && months.size() < policy.monthly) {
            months.insert(month);
            keepThis = true;
        }
        if (keepThis)
            keep.append(info);
    }
    return keep;
}

Result<QStringList> BackupService::prune(const QString& folder, const BackupRetention& policy) {
    QStringList removed;
    const QDir dir(folder);
    for (const QString& entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (entry.startsWith(kPartialPrefix) && QDir(dir.filePath(entry)).removeRecursively())
            removed.append(dir.filePath(entry));
    }
    Result<QList<BackupInfo>> all = list(folder);
    if (!all)
        return all.error();
    QList<BackupInfo> mine;
    for (const BackupInfo& info : std::as_const(*all))
        if (info.workspaceId == m_workspace.id() && info.automatic)
            mine.append(info);
    const QList<BackupInfo> keep = kept(mine, policy);
    for (const BackupInfo& info : std::as_const(mine)) {
        const bool kept = std::any_of(keep.cbegin(), keep.cend(),
                                      [&](const BackupInfo& k) { return k.path == info.path; });
        if (!kept && QDir(info.path).removeRecursively())
            removed.append(info.path);
    }
    return removed;
}

Result<QStringList> BackupService::compare(Workspace& workspace, const BackupInfo& expected) {
    Database& opened = workspace.database();
    Result<QStringList> problems = integrityProblems(opened, QStringLiteral("main"));
    if (!problems)
        return problems;
    if (opened.schemaVersion() != expected.schemaVersion) {
        // An older backup was brought up to date when it was opened, so its
        // tables cannot match the checksums taken before.
        return *problems;
    }
    Result<QList<TableDigest>> actual = TableDigests::compute(opened, workspace.digestKey());
    if (!actual)
        return actual.error();
    QStringList all = *problems;
    all += TableDigests::differences(expected.tables, *actual);
    return all;
}

Status BackupService::copyInto(const BackupInfo& backup, const QString& targetDirectory) {
    if (Workspace::exists(targetDirectory))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already holds a workspace; MentorDesk never restores over one. "
                            "Choose an empty or new folder.")
                             .arg(native(targetDirectory)));
    const QFileInfo target(QDir::cleanPath(QDir(targetDirectory).absolutePath()));
    if (target.exists() && !QDir(target.absoluteFilePath())
                                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 is not empty. Restore into an empty or new folder.")
                             .arg(native(targetDirectory)));
    const QString partial = target.dir().filePath(kPartialPrefix + target.fileName());
    QDir(partial).removeRecursively();
    if (!makePrivateDirectory(partial))
        return makeError(ErrorCode::Io, tr("Could not create %1.").arg(native(partial)));
    for (const QString& file : {kDatabaseFile, kSidecarFile}) {
        const QString from = QDir(backup.path).filePath(file);
        const QString to = QDir(partial).filePath(file);
        if (!QFile::exists(from) && file == kSidecarFile)
            continue; // the recovery key opens a database without its sidecar
        if (!QFile::copy(from, to) ||
            !QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            QDir(partial).removeRecursively();
            return makeError(ErrorCode::Io, tr("Could not copy %1 into %2 (is the disk full?).")
                                                .arg(native(from), native(partial)));
        }
    }
    if (target.exists())
        QDir().rmdir(target.absoluteFilePath());
    if (!QDir().rename(partial, target.absoluteFilePath())) {
        QDir(partial).removeRecursively();
        return makeError(ErrorCode::Io,
                         tr("Could not create %1.").arg(native(target.absoluteFilePath())));
    }
    return {};
}

} // namespace md
