#pragma once

#include "common/Change.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "storage/DataVersion.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSqlQuery;

namespace md {

class SqlCipherDriver;

// One open, keyed, migrated connection to a workspace database. Owns the Qt
// SQL connection; destroying it closes the file and forgets the key. Only
// core/storage uses this class directly: the rest of the program talks to
// repositories.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(md::Database)
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // Opens (or creates) the encrypted database at `path` with a raw 256-bit
    // key, verifies the key and the encryption, and applies migrations.
    // Errors: WrongKey (wrong key or not a database), Refused (plaintext file),
    // NewerFormat (made by a newer MentorDesk; the file is left untouched),
    // Corrupted, Database.
    static Result<std::unique_ptr<Database>> open(const QString& path, SecureBytes key,
                                                  OpenMode mode);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // A copy of the key, for opening a second connection to this file on
    // another thread (a connection belongs to the thread that made it):
    // CalendarSyncConnection. Guarded memory; let it go as soon as that
    // connection is open.
    SecureBytes copyOfKey() const { return SecureBytes(m_key.data(), m_key.size()); }
    int schemaVersion() const;
    // Invalid when it cannot be read (then no cached read is reused).
    DataVersion dataVersion() const;

    // Runs `work` as one unit of work. The outermost call is a transaction
    // (BEGIN IMMEDIATE … COMMIT); a call inside it is a SAVEPOINT, so a
    // service operation can use other operations and still commit or roll
    // back as one. When `work` returns an error, everything it wrote is rolled
    // back and the changes it noted are dropped.
    Status transaction(const std::function<Status()>& work);
    // The same for a long read that must see one moment of the data (an
    // export, a backup's checksums): a deferred transaction, so other
    // programs may go on writing meanwhile. Writes inside it still work.
    Status readTransaction(const std::function<Status()>& work);
    bool inTransaction() const { return !m_pendingChanges.empty(); }

    // Notes that a record was written. Inside a transaction the note waits for
    // the outermost commit and is published with the unit of work's other
    // changes (or dropped on rollback); outside one it is published at once.
    void noteChange(RecordKind kind, ChangeOp op, qint64 id);
    // A change too wide to name row by row (a client erased with everything
    // they had): announced like one made elsewhere, so every view reloads.
    void noteWideChange();
    // Where committed changes go (the workspace's ChangeNotifier).
    void setChangePublisher(std::function<void(const ChangeSet&)> publish) {
        m_publish = std::move(publish);
    }
    // True when another connection (another process) committed since the last
    // call: PRAGMA data_version, a read that writes nothing.
    bool changedElsewhere();
    // Re-encrypts every page under a new key.
    Status rekey(const SecureBytes& newKey);
    // Moves WAL content into the main file and truncates the WAL.
    Status checkpoint();
    // PRAGMA integrity_check; an empty list means healthy.
    Result<QStringList> integrityCheck();
    // Sets the page cache of this connection (decrypted pages kept in memory;
    // SqlCipherDriver::kPageCacheKiB on open). A command that reads every
    // page once, such as a full check, keeps its memory down with a small one.
    Status setPageCacheKiB(int kib);

    // Turns a failed QSqlQuery into an Error whose message a mentor can read:
    // Corrupted for a damaged page, Io for a full disk or a failed read or
    // write, Refused for a broken constraint, Database otherwise.
    static Error queryError(const QSqlQuery& query, const QString& whatFailed);
    // "The workspace database … is damaged": for a file that the right key
    // does not open, or one whose pages fail their check.
    static Error damaged(const QString& path, const QString& detail);
    // The problems in the rows of PRAGMA integrity_check, one per entry
    // (SQLite lists them on the lines of one row).
    static QStringList integrityProblems(const QStringList& rows);

private:
    Database() = default;
    Status migrate();
    bool execute(const QString& sql, QString* error);
    Status unitOfWork(const std::function<Status()>& work, bool takeWriteLock);
    void publish(const ChangeSet& changes);

    QString m_path;
    QString m_connectionName;
    SqlCipherDriver* m_driver = nullptr; // owned by the QSqlDatabase connection
    // One entry per open transaction level: the changes noted at that level.
    std::vector<ChangeSet> m_pendingChanges;
    std::function<void(const ChangeSet&)> m_publish;
    qint64 m_dataVersion = -1;
    // Kept (in guarded memory) only for copyOfKey(); SQLCipher holds its
    // own copy inside the connection anyway.
    SecureBytes m_key;
};

} // namespace md
