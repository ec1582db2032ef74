#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"
#include "storage/SqlIdentifier.h"
#include "storage/SqliteInclude.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>

namespace md {

namespace {

constexpr char kPlainHeader[] = "SQLite format 3";

bool startsWithPlainHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16).startsWith(QByteArray(kPlainHeader));
}

} // namespace

QSqlError makeSqliteError(sqlite3* db, const QString& context, QSqlError::ErrorType type,
                          int code) {
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(context, detail, type, QString::number(code));
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver() {
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const {
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        // No NamedPlaceholders: Qt rewrites ":name" to "?" for us.
        return false;
    }
}

bool SqlCipherDriver::diskIsFull(const QString& directory) {
    const QStorageInfo storage(directory);
    // Some network and FUSE file systems report no sizes at all: never
    // refuse because of them.
    return storage.isValid() && storage.bytesTotal() > 0 && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < kMinimumFreeBytes;
}

bool SqlCipherDriver::failOpen(const QString& text, int nativeCode) {
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    // A disk that filled up during the open leaves nothing behind: the -wal
    // and -shm files this attempt created go again. Only then, so that a
    // wrong key can never remove the files of a program opening the same
    // workspace at the same moment.
    if (nativeCode == SQLITE_FULL || nativeCode == SQLITE_IOERR) {
        for (const QString& side : std::as_const(m_leftovers))
            QFile::remove(side);
    }
    m_leftovers.clear();
    m_key.clear();
    setLastError(QSqlError(tr("Could not open the workspace database."), text,
                           QSqlError::ConnectionError, QString::number(nativeCode)));
    setOpenError(true);
    setOpen(false);
    return false;
}

bool SqlCipherDriver::applyKey(sqlite3* db, const SecureBytes& key, bool rekey) {
    // The raw-key form x'<64 hex>' skips PBKDF2; the text is built in secure
    // memory so the key never passes through a QString or a statement string.
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), literal.data() + 2);
    literal.data()[literal.size() - 1] = '\'';
    const int rc = rekey ? sqlite3_rekey(db, literal.data(), int(literal.size()))
                         : sqlite3_key(db, literal.data(), int(literal.size()));
    return rc == SQLITE_OK;
}

bool SqlCipherDriver::open(const QString& path, const QString&, const QString&, const QString&, int,
                           const QString&) {
    if (isOpen())
        close();
    if (m_key.size() != 32)
        return failOpen(tr("No valid key was given."), SQLITE_AUTH);

    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (!exists && !m_createIfMissing)
        return failOpen(tr("The database file %1 does not exist.").arg(path), kMissingFile);
    if (exists && startsWithPlainHeader(path))
        return failOpen(tr("The file is a plain, unencrypted SQLite database; MentorDesk only "
                           "opens encrypted workspaces."),
                        kPlaintextDatabase);
    // SQLite creates -wal and -shm beside the file on the first read and
    // needs room for them; on a full disk it would fail with "disk I/O error"
    // and leave empty ones behind. Nothing is created when there is no room.
    if (diskIsFull(info.absolutePath()))
        return failOpen(tr("The disk is full."), SQLITE_FULL);
    m_leftovers.clear();
    for (const QString& side : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(side))
            m_leftovers.append(side);
    }

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (m_createIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QString::fromUtf8(sqlite3_errstr(rc)), rc);
    // Before the first statement: with another program writing (the app and
    // the CLI at once) even the first read must wait for its turn instead of
    // failing with "database is locked".
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (!exists) {
        // The workspace is the mentor's alone, whatever the umask; SQLite
        // gives -wal and -shm the mode of the database file.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const bool keyed = applyKey(m_db, m_key, false);
    m_key.clear();
    if (!keyed)
        return failOpen(tr("SQLCipher refused the key."), SQLITE_AUTH);

    // Must follow the key on every open, or the file reads as "not a database".
    if (!execSimple("PRAGMA cipher_page_size = 4096"))
        return failOpen(tr("Could not set the page size."), sqlite3_errcode(m_db));

    // A wrong key is only noticed on the first read. So is a damaged first
    // page: the caller, who knows whether the key is right, tells them apart.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc == SQLITE_NOTADB)
        return failOpen(tr("The key does not open this database, or the file is not a MentorDesk "
                           "database, or it is damaged."),
                        rc);
    if (rc != SQLITE_OK)
        return failOpen(QString::fromUtf8(sqlite3_errmsg(m_db)), rc);

    // Prove that this SQLite really is SQLCipher; otherwise the key was ignored
    // and we would be writing plaintext.
    sqlite3_stmt* stmt = nullptr;
    QByteArray cipherVersion;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        cipherVersion = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    if (cipherVersion.isEmpty())
        return failOpen(tr("This build of SQLite has no encryption (SQLCipher missing)."),
                        kNoCipher);

    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON"}) {
        if (!execSimple(pragma))
            return failOpen(QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_errcode(m_db));
    }
    // The page cache holds decrypted pages: a page found there costs no
    // AES decryption and no HMAC check (2-5x a plain SQLite read otherwise).
    const QByteArray cacheSize = "PRAGMA cache_size = -" + QByteArray::number(kPageCacheKiB);
    if (!execSimple(cacheSize.constData()))
        return failOpen(QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_errcode(m_db));

    m_leftovers.clear();
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::execSimple(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(QString::fromUtf8(sql), QString::fromUtf8(message),
                               QSqlError::StatementError, QString::number(rc)));
    }
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

void SqlCipherDriver::close() {
    if (m_db) {
        // Results still alive would keep statements open; sqlite3_close_v2 defers
        // the close until they are finalised instead of failing.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_key.clear();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const {
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction() {
    // IMMEDIATE takes the write lock at once, so two programs on the same
    // workspace (the app and the CLI) wait for each other instead of failing
    // half-way through a transaction.
    return isOpen() && execSimple("BEGIN IMMEDIATE");
}

bool SqlCipherDriver::commitTransaction() {
    return isOpen() && execSimple("COMMIT");
}

bool SqlCipherDriver::rollbackTransaction() {
    return isOpen() && execSimple("ROLLBACK");
}

bool SqlCipherDriver::executeScript(const QString& script) {
    if (!isOpen())
        return false;
    const QByteArray sql = script.toUtf8();
    const char* cursor = sql.constData();
    while (cursor && *cursor) {
        sqlite3_stmt* stmt = nullptr;
        const char* tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, cursor, -1, &stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(
                makeSqliteError(m_db, tr("The script failed"), QSqlError::StatementError, rc));
            return false;
        }
        if (stmt) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE) {
                setLastError(
                    makeSqliteError(m_db, tr("The script failed"), QSqlError::StatementError, rc));
                return false;
            }
        }
        cursor = tail;
    }
    return true;
}

bool SqlCipherDriver::rekey(const SecureBytes& newKey) {
    if (!isOpen() || newKey.size() != 32)
        return false;
    if (!applyKey(m_db, newKey, true)) {
        setLastError(makeSqliteError(m_db, tr("Could not re-encrypt the database"),
                                     QSqlError::StatementError, sqlite3_errcode(m_db)));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const {
    QStringList names;
    if (!isOpen())
        return names;
    QString kinds;
    if (type & QSql::Tables)
        kinds += QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds += kinds.isEmpty() ? QStringLiteral("'view'") : QStringLiteral(",'view'");
    if (kinds.isEmpty() && !(type & QSql::SystemTables))
        return names;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE ");
    sql += kinds.isEmpty() ? QStringLiteral("0") : QStringLiteral("type IN (%1)").arg(kinds);
    sql += QStringLiteral(" AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    if (query.exec(sql)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    // All or nothing: a damaged page must not pass for fewer tables.
    if (query.lastError().isValid())
        return {};
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_master"));
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const {
    QSqlRecord result;
    if (!isOpen())
        return result;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quotedIdentifier(tableName))))
        return result;
    while (query.next()) {
        const QString type = query.value(2).toString().toUpper();
        QMetaType metaType(QMetaType::QString);
        if (type.contains(QLatin1String("INT")))
            metaType = QMetaType(QMetaType::LongLong);
        else if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("DOUB")))
            metaType = QMetaType(QMetaType::Double);
        else if (type.contains(QLatin1String("BLOB")))
            metaType = QMetaType(QMetaType::QByteArray);
        QSqlField field(query.value(1).toString(), metaType, tableName);
        field.setRequired(query.value(3).toInt() != 0);
        field.setDefaultValue(query.value(4));
        field.setAutoValue(query.value(5).toInt() == 1 && type == QLatin1String("INTEGER"));
        result.append(field);
    }
    if (query.lastError().isValid())
        return {};
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const {
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quotedIdentifier(tableName))))
        return index;
    const QSqlRecord fields = record(tableName);
    while (query.next()) {
        if (query.value(5).toInt() > 0)
            index.append(fields.field(query.value(1).toString()));
    }
    if (query.lastError().isValid())
        return QSqlIndex(tableName);
    index.setName(QStringLiteral("primary"));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const {
    if (identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"')))
        return identifier;
    return quotedIdentifier(identifier);
}

} // namespace md
