#include "backup/TableDigest.h"

#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "storage/SearchIndexSql.h"
#include "storage/SqlIdentifier.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace md {

namespace {

class Hasher final {
public:
    explicit Hasher(const SecureBytes& key) {
        crypto_generichash_init(&m_state, key.data(), key.size(), crypto_generichash_BYTES);
    }

    void add(char tag, const void* data, qsizetype size) {
        const quint64 length = qToLittleEndian(quint64(size));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(&tag), 1);
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(&length),
                                  sizeof length);
        if (size > 0)
            crypto_generichash_update(&m_state, static_cast<const unsigned char*>(data),
                                      quint64(size));
    }

    void add(const QVariant& value) {
        if (value.isNull()) {
            add('N', nullptr, 0);
            return;
        }
        switch (value.metaType().id()) {
        case QMetaType::LongLong:
        case QMetaType::Int: {
            const qint64 number = qToLittleEndian(value.toLongLong());
            add('I', &number, sizeof number);
            return;
        }
        case QMetaType::Double: {
            const double real = value.toDouble();
            quint64 bits = 0;
            std::memcpy(&bits, &real, sizeof bits);
            bits = qToLittleEndian(bits);
            add('F', &bits, sizeof bits);
            return;
        }
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            add('B', bytes.constData(), bytes.size());
            return;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            add('T', text.constData(), text.size());
            return;
        }
        }
    }

    QByteArray finish() {
        QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(digest.data()),
                                 size_t(digest.size()));
        return digest.toHex();
    }

private:
    crypto_generichash_state m_state;
};

} // namespace

SecureBytes TableDigests::keyFor(const SecureBytes& dataKey) {
    ensureSodium();
    SecureBytes key(crypto_generichash_KEYBYTES);
    if (dataKey.size() == crypto_kdf_KEYBYTES)
        crypto_kdf_derive_from_key(key.data(), key.size(), 1, "mdbackup", dataKey.data());
    return key;
}

Result<QList<TableDigest>> TableDigests::compute(Database& database, const SecureBytes& key,
                                                 const QString& schema) {
    if (key.size() != crypto_generichash_KEYBYTES)
        return makeError(ErrorCode::Crypto, tr("The checksum key is missing."));
    ensureSodium();
    QSqlQuery tables(database.connection());
    tables.setForwardOnly(true);
    // The search index is derived from the records and checked with them.
    if (!tables.exec(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' AND %2 ORDER BY name")
                         .arg(quotedIdentifier(schema), notSearchIndexSql())))
        return Database::queryError(tables, tr("Could not list the tables"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    if (tables.lastError().isValid())
        return Database::queryError(tables, tr("Could not list the tables"));

    QList<TableDigest> digests;
    for (const QString& name : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1.%2 ORDER BY rowid")
                           .arg(quotedIdentifier(schema), quotedIdentifier(name))))
            return Database::queryError(rows, tr("Could not read the table %1").arg(name));
        Hasher hasher(key);
        TableDigest digest;
        digest.table = name;
        while (rows.next()) {
            ++digest.rows;
            const int columns = rows.record().count();
            for (int column = 0; column < columns; ++column)
                hasher.add(rows.value(column));
        }
        if (rows.lastError().isValid())
            return Database::queryError(rows, tr("Could not read the table %1").arg(name));
        digest.checksum = hasher.finish();
        digests.append(digest);
    }
    return digests;
}

QStringList TableDigests::differences(const QList<TableDigest>& expected,
                                      const QList<TableDigest>& actual) {
    QStringList problems;
    for (const TableDigest& want : expected) {
        const auto found = std::find_if(actual.cbegin(), actual.cend(), [&](const TableDigest& d) {
            return d.table == want.table;
        });
        if (found == actual.cend())
            problems.append(tr("The table %1 is missing.").arg(want.table));
        else if (found->rows != want.rows)
            problems.append(tr("The table %1 has %2 rows instead of %3.")
                                .arg(want.table)
                                .arg(found->rows)
                                .arg(want.rows));
        else if (found->checksum != want.checksum)
            problems.append(tr("The rows of the table %1 differ.").arg(want.table));
    }
    for (const TableDigest& have : actual) {
        const bool known = std::any_of(expected.cbegin(), expected.cend(),
                                       [&](const TableDigest& d) { return d.table == have.table; });
        if (!known)
            problems.append(tr("The table %1 was not expected.").arg(have.table));
    }
    return problems;
}

QJsonArray TableDigests::toJson(const QList<TableDigest>& digests) {
    QJsonArray array;
    for (const TableDigest& digest : digests)
        array.append(
            QJsonObject{{QStringLiteral("table"), digest.table},
                        {QStringLiteral("rows"), digest.rows},
                        {QStringLiteral("checksum"), QString::fromLatin1(digest.checksum)}});
    return array;
}

QList<TableDigest> TableDigests::fromJson(const QJsonArray& json) {
    QList<TableDigest> digests;
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        digests.append({object.value(QStringLiteral("table")).toString(),
                        object.value(QStringLiteral("rows")).toInteger(),
                        object.value(QStringLiteral("checksum")).toString().toLatin1()});
    }
    return digests;
}

} // namespace md
