#include "storage/SessionSeriesRepository.h"

#include "scheduling/ZonedTime.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, engagement_id, uid, kind, repeat_interval, weekday_ordinal, repeat_count, until_date, "
    "first_start_local, time_zone, first_start_utc, duration_minutes, format, location, agenda, "
    "skipped_dates, created_utc, updated_utc");

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString localText(const QDateTime& time) {
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

QString datesText(const QList<QDate>& dates) {
    QStringList out;
    for (const QDate& date : dates)
        out << date.toString(Qt::ISODate);
    return out.join(QLatin1Char('\n'));
}

SessionSeries fromQuery(const QSqlQuery& query) {
    SessionSeries series;
    int i = 0;
    series.id = query.value(i++).toLongLong();
    series.engagementId = query.value(i++).toLongLong();
    series.uid = query.value(i++).toString();
    RecurrenceRule::kindFromKey(query.value(i++).toString(), &series.rule);
    series.rule.interval = query.value(i++).toInt();
    series.rule.weekdayOrdinal = query.value(i++).toInt();
    series.rule.count = query.value(i++).toInt();
    series.rule.until = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    ++i; // first_start_local: derived from the instant and the zone
    const QTimeZone zone = ZonedTime::zoneOrSystem(query.value(i++).toString());
    const QDateTime utc = QDateTime::fromString(query.value(i++).toString(), Qt::ISODateWithMs);
    series.firstStart = QDateTime::fromMSecsSinceEpoch(utc.toMSecsSinceEpoch(), zone);
    series.durationMinutes = query.value(i++).toInt();
    sessionFormatFromKey(query.value(i++).toString(), &series.format);
    series.location = query.value(i++).toString();
    series.agenda = query.value(i++).toString();
    const QStringList skipped =
        query.value(i++).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& date : skipped)
        series.skippedDates.append(QDate::fromString(date, Qt::ISODate));
    series.createdUtc = QDateTime::fromString(query.value(i++).toString(), Qt::ISODateWithMs);
    series.updatedUtc = QDateTime::fromString(query.value(i++).toString(), Qt::ISODateWithMs);
    return series;
}

void bindFields(QSqlQuery& query, const SessionSeries& series) {
    query.addBindValue(series.engagementId);
    query.addBindValue(series.uid);
    query.addBindValue(series.rule.kindKey());
    query.addBindValue(series.rule.interval);
    query.addBindValue(series.rule.weekdayOrdinal);
    query.addBindValue(series.rule.count);
    query.addBindValue(series.rule.until.isValid()
                           ? QVariant(series.rule.until.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(localText(series.firstStart));
    query.addBindValue(series.timeZoneId());
    query.addBindValue(isoUtc(series.firstStart));
    query.addBindValue(series.durationMinutes);
    query.addBindValue(sessionFormatKey(series.format));
    query.addBindValue(series.location);
    query.addBindValue(series.agenda);
    query.addBindValue(datesText(series.skippedDates));
}

} // namespace

SessionSeriesRepository::SessionSeriesRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<SessionSeries> SessionSeriesRepository::insert(const SessionSeries& input) {
    SessionSeries series = input;
    if (series.uid.isEmpty())
        series.uid = newSessionUid();
    series.createdUtc = series.updatedUtc = m_clock.nowUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO session_series (engagement_id, uid, kind, repeat_interval, weekday_ordinal, "
        "repeat_count, until_date, first_start_local, time_zone, first_start_utc, "
        "duration_minutes, format, location, agenda, skipped_dates, created_utc, updated_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, series);
    query.addBindValue(isoUtc(series.createdUtc));
    query.addBindValue(isoUtc(series.updatedUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the series"));
    series.id = query.lastInsertId().toLongLong();
    return series;
}

Result<SessionSeries> SessionSeriesRepository::update(const SessionSeries& input) {
    SessionSeries series = input;
    series.updatedUtc = m_clock.nowUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE session_series SET engagement_id = ?, uid = ?, kind = ?, repeat_interval = ?, "
        "weekday_ordinal = ?, repeat_count = ?, until_date = ?, first_start_local = ?, "
        "time_zone = ?, first_start_utc = ?, duration_minutes = ?, format = ?, location = ?, "
        "agenda = ?, skipped_dates = ?, updated_utc = ? WHERE id = ?"));
    bindFields(query, series);
    query.addBindValue(isoUtc(series.updatedUtc));
    query.addBindValue(series.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the series"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no series with id %1.").arg(series.id));
    return series;
}

Result<SessionSeries> SessionSeriesRepository::get(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM session_series WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the series"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::queryError(query, tr("Could not read the series"));
        return makeError(ErrorCode::NotFound, tr("There is no series with id %1.").arg(id));
    }
    return fromQuery(query);
}

Result<QList<SessionSeries>> SessionSeriesRepository::list(qint64 engagementId,
                                                           qint64 clientId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM session_series").arg(kColumns);
    if (engagementId > 0)
        sql += QStringLiteral(" WHERE engagement_id = ?");
    else if (clientId > 0)
        sql += QStringLiteral(
            " WHERE engagement_id IN (SELECT id FROM engagements WHERE client_id = ?)");
    sql += QStringLiteral(" ORDER BY first_start_utc, id");
    query.prepare(sql);
    if (engagementId > 0)
        query.addBindValue(engagementId);
    else if (clientId > 0)
        query.addBindValue(clientId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the series"));
    QList<SessionSeries> out;
    while (query.next())
        out.append(fromQuery(query));
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the series"));
    return out;
}

Status SessionSeriesRepository::remove(qint64 id) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM session_series WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the series"));
    return {};
}

} // namespace md
