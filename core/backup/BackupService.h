#pragma once

#include "backup/TableDigest.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

class Database;
class Workspace;

// One verified backup: a folder holding a copy of the database (encrypted
// under the same data key, so the recovery key opens it, in MentorDesk or in
// the stock sqlcipher tool), the sidecar as it was, and backup.json with the
// row count and checksum of every table.
struct BackupInfo {
    QString path; // the backup folder
    QDateTime createdUtc;
    QDateTime verifiedUtc; // when the copy was read back and found identical
    QString workspaceId;
    int schemaVersion = 0;
    qint64 bytes = 0;
    // Made by the schedule (on lock or close, daily): only these are pruned
    // by the retention; a backup made on request stays until deleted.
    bool automatic = false;
    QList<TableDigest> tables;
};

// How many automatic backups are kept: the newest of each of the last
// `daily` days, `weekly` weeks and `monthly` months that have one.
struct BackupRetention {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Backups of the open workspace, made while it is in use: a consistent
// snapshot of every committed transaction (those still in the WAL included)
// through sqlcipher_export, written under a temporary name and renamed only
// once complete and verified. A backup that fails the check is deleted and
// reported, never listed.
class BackupService final {
    Q_DECLARE_TR_FUNCTIONS(md::BackupService)
public:
    static constexpr QLatin1String kManifestFile{"backup.json"};
    static constexpr QLatin1String kPartialPrefix{".partial-"};
    // After this many days without a verified backup the app warns.
    static constexpr int kWarnAfterDays = 7;

    BackupService(Database& database, const Clock& clock, const Workspace& workspace);

    // The default folder, beside the workspace folder ("<name>-backups").
    static QString defaultFolder(const QString& workspaceDirectory);

    enum class Kind { OnRequest, Automatic };
    // Writes a verified backup into `folder` (made if missing, 0700).
    Result<BackupInfo> create(const QString& folder, Kind kind = Kind::OnRequest);

    // Verified backups of any workspace in `folder`, newest first; partial
    // and unverified folders are never listed. Reads only.
    static Result<QList<BackupInfo>> list(const QString& folder);
    // The newest verified backup of the workspace `workspaceId` in `folder`.
    static std::optional<BackupInfo> newest(const QString& folder, const QString& workspaceId);
    // For a workspace whose database is damaged: which verified backup of it
    // in `folder` (if set) or in the default folder beside it to restore, in
    // words.
    // Reads only the sidecar and the backups' manifests.
    static QString damageAdvice(const QString& workspaceDirectory, const QString& folder);
    // The backup described by `path` (a backup folder or its backup.json).
    static Result<BackupInfo> read(const QString& path);

    // Which of `backups` (newest first) the retention keeps.
    static QList<BackupInfo> kept(const QList<BackupInfo>& backups, const BackupRetention& policy);
    // Deletes this workspace's automatic backups in `folder` that the
    // retention does not keep, and partial folders left by an interrupted backup. Returns
    // the folders removed.
    Result<QStringList> prune(const QString& folder, const BackupRetention& policy);

    // Checks an opened copy of a backup (a restored workspace) against its
    // manifest: integrity, then every table's rows and checksum. Empty when
    // identical.
    static Result<QStringList> compare(Workspace& opened, const BackupInfo& expected);
    // Copies the database and sidecar of a backup into `targetDirectory`,
    // which must not hold a workspace; the folder appears complete or not at
    // all. The caller then opens it with the passphrase or recovery key of
    // the backup and checks it with compare().
    static Status copyInto(const BackupInfo& backup, const QString& targetDirectory);

private:
    Database& m_database;
    const Clock& m_clock;
    const Workspace& m_workspace;
};

} // namespace md
