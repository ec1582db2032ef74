#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace md {

class Database;

// How many rows a table holds and a checksum of all of them (BLAKE2b over
// every value with its type, in rowid order). Two databases with the same
// digests for every table hold the same data.
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
    static Result<QList<TableDigest>> compute(Database& database,
                                              const QString& schema = QStringLiteral("main"));
    // What differs between two lists, in words (empty when equal).
    static QStringList differences(const QList<TableDigest>& expected,
                                   const QList<TableDigest>& actual);

    static QJsonArray toJson(const QList<TableDigest>& digests);
    static QList<TableDigest> fromJson(const QJsonArray& json);
};

} // namespace md
