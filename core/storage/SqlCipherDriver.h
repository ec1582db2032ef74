#pragma once

#include "crypto/SecureBytes.h"

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace md {

// A Qt SQL driver for SQLCipher written on the public QSqlDriver API, so that
// QSqlDatabase, QSqlQuery and the Qt SQL models work over an encrypted file.
// Qt's stock QSQLITE plugin is never used: in a process that links SQLCipher
// it would silently run on SQLCipher's SQLite and open files unencrypted.
//
// open() refuses, with a QSqlError, anything that is not an encrypted
// database readable with the given key: a plaintext SQLite file, a wrong key,
// a build without SQLCipher. It never creates a plaintext or empty database
// in place of one it could not read.
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
public:
    // Errors open() reports in QSqlError::nativeErrorCode() besides SQLite's
    // own result codes, so callers can tell the cases apart.
    static constexpr int kPlaintextDatabase = 1001;
    static constexpr int kNoCipher = 1002;
    static constexpr int kMissingFile = 1003;
    // How long a statement waits for another program's write to finish.
    static constexpr int kBusyTimeoutMs = 5000;
    // Below this much free space open() refuses with SQLITE_FULL before it
    // creates anything (SQLite needs room for -shm and -wal).
    static constexpr qint64 kMinimumFreeBytes = 128 * 1024;
    // The SQLCipher page cache of a connection, in KiB (SQLite's default is
    // 2,000). The views read covering indexes shaped for them (migration 016),
    // a few hundred pages at 1,000 clients: with mentordesk-bench there,
    // showing and using every area runs 1 % more instructions with 4 MiB than
    // with 16 MiB (pages decrypted again), and the window's resident memory
    // is 12 MiB lower. A command that reads every page once asks for a cache
    // of its own (Database::setPageCacheKiB). The cache fills only with pages
    // actually read.
    static constexpr int kPageCacheKiB = 4 * 1024;

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // The raw 256-bit key for the next open(). It is handed to SQLCipher in its
    // raw-key form (x'<hex>') and wiped right after, whatever the outcome.
    void setKey(SecureBytes key) { m_key = std::move(key); }
    // When false, open() fails instead of creating a missing file.
    void setCreateIfMissing(bool create) { m_createIfMissing = create; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    // Runs a script of several statements (triggers included) in order; stops
    // at the first error. Used for migrations.
    bool executeScript(const QString& script);
    // Re-encrypts the whole database under a new raw key (PRAGMA rekey).
    bool rekey(const SecureBytes& newKey);

    sqlite3* connection() const { return m_db; }

private:
    bool execSimple(const char* sql);
    bool failOpen(const QString& text, int nativeCode);
    bool applyKey(sqlite3* db, const SecureBytes& key, bool rekey);
    static bool diskIsFull(const QString& directory);

    sqlite3* m_db = nullptr;
    SecureBytes m_key;
    bool m_createIfMissing = true;
    // The -wal and -shm files that did not exist before the open under way.
    QStringList m_leftovers;
};

// Converts a SQLite failure into a QSqlError with the native code kept.
QSqlError makeSqliteError(sqlite3* db, const QString& context, QSqlError::ErrorType type, int code);

} // namespace md
