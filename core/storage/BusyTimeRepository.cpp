#include "storage/BusyTimeRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

BusyTimeRepository::BusyTimeRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<qint64> BusyTimeRepository::add(const QString& source, const BusyTime& busy) {
    if (!busy.startUtc.isValid() || !(busy.startUtc < busy.endUtc))
        return makeError(ErrorCode::InvalidInput, tr("A busy time must end after it starts."));
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO busy_times (source, uid, summary, start_utc, end_utc, all_day, "
                       "imported_utc, duration_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(source);
    query.addBindValue(busy.uid);
    query.addBindValue(busy.summary);
    query.addBindValue(isoUtc(busy.startUtc));
    query.addBindValue(isoUtc(busy.endUtc));
    query.addBindValue(busy.allDay ? 1 : 0);
    query.addBindValue(isoUtc(m_clock.nowUtc()));
    // Rounded up: the range queries take it as an upper bound of the length.
    query.addBindValue(busy.startUtc.secsTo(busy.endUtc) + 1);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the busy times"));
    return query.lastInsertId().toLongLong();
}

BusyTimeRepository::Statement BusyTimeRepository::statement(const QDateTime& fromUtc,
                                                            const QDateTime& toUtc) {
    QString sql = QStringLiteral(
        "SELECT id, source, uid, summary, start_utc, end_utc, all_day FROM busy_times WHERE 1 = 1");
    QVariantList values;
    // Bounded on both sides (migration 006): a busy time that overlaps the
    // window starts at most the longest stored one before it, so this is an
    // index range search, not a read of every busy time since the first.
    if (fromUtc.isValid()) {
        sql += QStringLiteral(
            " AND start_utc > strftime('%Y-%m-%dT%H:%M:%fZ', ?, '-' || (SELECT "
            "COALESCE(max(duration_seconds), 0) FROM busy_times) || ' seconds') AND end_utc > ?");
        values << isoUtc(fromUtc) << isoUtc(fromUtc);
    }
    if (toUtc.isValid()) {
        sql += QStringLiteral(" AND start_utc < ?");
        values << isoUtc(toUtc);
    }
    sql += QStringLiteral(" ORDER BY start_utc, id");
    return {sql, values};
}

Result<QList<BusyTime>> BusyTimeRepository::list(const QDateTime& fromUtc,
                                                 const QDateTime& toUtc) const {
    const Statement built = statement(fromUtc, toUtc);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(built.sql);
    for (const QVariant& value : built.values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the busy times"));
    QList<BusyTime> out;
    while (query.next()) {
        BusyTime busy;
        busy.id = query.value(0).toLongLong();
        busy.source = query.value(1).toString();
        busy.uid = query.value(2).toString();
        busy.summary = query.value(3).toString();
        busy.startUtc = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        busy.endUtc = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        busy.allDay = query.value(6).toInt() != 0;
        out.append(busy);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the busy times"));
    return out;
}

Result<QStringList> BusyTimeRepository::sources() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT source FROM busy_times ORDER BY source")))
        return Database::queryError(query, tr("Could not read the busy times"));
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the busy times"));
    return out;
}

Result<QList<qint64>> BusyTimeRepository::idsOfSource(const QString& source) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM busy_times WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the busy times"));
    QList<qint64> out;
    while (query.next())
        out << query.value(0).toLongLong();
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the busy times"));
    return out;
}

Status BusyTimeRepository::removeSource(const QString& source) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM busy_times WHERE source = ?"));
    query.addBindValue(source);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the busy times"));
    return {};
}

} // namespace md
