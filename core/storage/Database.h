#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace md {

class SqlCipherDriver;

// One open, keyed, migrated connection to a workspace database. Owns the Qt
// SQL connection; destroying it closes the file and forgets the key. Only
// core/storage uses this class directly: the rest of the program talks to
// repositories.
class Database final {
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
    int schemaVersion() const;

    // Runs `work` in one transaction; rolls back when it returns an error.
    Status transaction(const std::function<Status()>& work);
    // Re-encrypts every page under a new key.
    Status rekey(const SecureBytes& newKey);
    // Moves WAL content into the main file and truncates the WAL.
    Status checkpoint();
    // PRAGMA integrity_check; an empty list means healthy.
    Result<QStringList> integrityCheck();

    // Turns a failed QSqlQuery into an Error whose message a mentor can read.
    static Error queryError(const QSqlQuery& query, const QString& whatFailed);

private:
    Database() = default;
    Status migrate();

    QString m_path;
    QString m_connectionName;
    SqlCipherDriver* m_driver = nullptr; // owned by the QSqlDatabase connection
};

} // namespace md
