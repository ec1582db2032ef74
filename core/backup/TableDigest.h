#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace md {

class Database;

// How many rows a table holds and a checksum of all of them: keyed BLAKE2b
// over every value with its type, in rowid order. Keyed with a key derived
// from the data key, so a backup's manifest says nothing about the data to
// whoever lacks the key, and cannot be forged to match altered data.
struct TableDigest {
    QString table;
    qint64 rows = 0;
    QByteArray checksum; // hex

    bool operator==(const TableDigest&) const = default;
};

class TableDigests final {
    Q_DECLARE_TR_FUNCTIONS(md::TableDigests)
public:
    // Every table of `schema` ("main" or an attached database's name), by
    // name. Run it inside a read transaction to digest one consistent state.
    static Result<QList<TableDigest>> compute(Database& database, const SecureBytes& key,
                                              const QString& schema = QStringLiteral("main"));
    // The digest key of a workspace whose data key is `dataKey`.
    static SecureBytes keyFor(const SecureBytes& dataKey);
    // What differs between two lists, in words (empty when equal).
    static QStringList differences(const QList<TableDigest>& expected,
                                   const QList<TableDigest>& actual);

    static QJsonArray toJson(const QList<TableDigest>& digests);
    static QList<TableDigest> fromJson(const QJsonArray& json);
};

} // namespace md
