#include "BareDatabase.h"

#include <QFile>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

namespace md::bench {

BareDatabase::~BareDatabase() {
    close();
}

void BareDatabase::close() {
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool BareDatabase::open(const QString& path, const QByteArray& keyHex) {
    close();
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (!keyHex.isEmpty()) {
        const QByteArray literal = "x'" + keyHex + "'";
        if (sqlite3_key(m_db, literal.constData(), int(literal.size())) != SQLITE_OK ||
            !exec("PRAGMA cipher_page_size = 4096"))
            return false;
    }
    return exec("SELECT count(*) FROM sqlite_master") && exec("PRAGMA temp_store = MEMORY");
}

bool BareDatabase::exec(const QByteArray& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

namespace {

bool bind(sqlite3_stmt* stmt, const QVariantList& binds) {
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace

qint64 BareDatabase::readAll(const QByteArray& sql, const QVariantList& binds) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bind(stmt, binds)) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return -1;
    }
    qint64 rows = 0;
    qint64 bytes = 0; // read, so that nothing is optimised away
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        const int columns = sqlite3_column_count(stmt);
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_BLOB)
                bytes += sqlite3_column_bytes(stmt, c) + (sqlite3_column_blob(stmt, c) ? 1 : 0);
            else
                bytes += sqlite3_column_bytes(stmt, c) + (sqlite3_column_text(stmt, c) ? 1 : 0);
        }
    }
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        rows = -1;
    }
    sqlite3_finalize(stmt);
    return bytes >= 0 ? rows : -1;
}

QVariant BareDatabase::value(const QByteArray& sql, const QVariantList& binds) {
    sqlite3_stmt* stmt = nullptr;
    QVariant out;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) == SQLITE_OK &&
        bind(stmt, binds) && sqlite3_step(stmt) == SQLITE_ROW) {
        if (sqlite3_column_type(stmt, 0) == SQLITE_INTEGER)
            out = qint64(sqlite3_column_int64(stmt, 0));
        else if (sqlite3_column_type(stmt, 0) != SQLITE_NULL)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    } else {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace md::bench
