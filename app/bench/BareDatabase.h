#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace md::bench {

// One connection through the bare SQLCipher C API, keyed as the product keys
// it (the raw key, then the page size) or, with an empty key, a plain SQLite
// file. The floor every figure of the engine is compared with.
class BareDatabase final {
public:
    BareDatabase() = default;
    ~BareDatabase();
    BareDatabase(const BareDatabase&) = delete;
    BareDatabase& operator=(const BareDatabase&) = delete;

    // `keyHex`: 64 hex digits, or empty for a plain file. Reads the schema
    // once, as the product's driver does right after keying.
    bool open(const QString& path, const QByteArray& keyHex);
    void close();
    QString error() const { return m_error; }

    // Steps through every row and reads every column (text and blobs are
    // fetched, as a program that uses them must). Returns the number of rows,
    // or -1 on an error.
    qint64 readAll(const QByteArray& sql, const QVariantList& binds = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QByteArray& sql, const QVariantList& binds = {});
    bool exec(const QByteArray& sql);

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

} // namespace md::bench
