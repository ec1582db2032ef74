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
                       "imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(source);
    query.addBindValue(busy.uid);
    query.addBindValue(busy.summary);
    query.addBindValue(isoUtc(busy.startUtc));
    query.addBindValue(isoUtc(busy.endUtc));
    query.addBindValue(busy.allDay ? 1 : 0);
    query.addBindValue(isoUtc(m_clock.nowUtc()));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the busy times"));
    return query.lastInsertId().toLongLong();
}

Result<QList<BusyTime>> BusyTimeRepository::list(const QDateTime& fromUtc,
                                                 const QDateTime& toUtc) const {
    QString sql = QStringLiteral(
        "SELECT id, source, uid, summary, start_utc, end_utc, all_day FROM busy_times WHERE 1 = 1");
    if (fromUtc.isValid())
        sql += QStringLiteral(" AND end_utc > ?");
    if (toUtc.isValid())
        sql += QStringLiteral(" AND start_utc < ?");
    sql += QStringLiteral(" ORDER BY start_utc, id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (fromUtc.isValid())
        query.addBindValue(isoUtc(fromUtc));
    if (toUtc.isValid())
        query.addBindValue(isoUtc(toUtc));
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
