#include "storage/UpcomingSessionRepository.h"

#include "storage/ClientSql.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace md {

namespace {

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QVariant& value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// SQLite binds at most 999 values per statement in 3.15.
constexpr int kIdsPerQuery = 500;

} // namespace

UpcomingSessionRepository::UpcomingSessionRepository(Database& database)
    : m_database(database) {}

QString UpcomingSessionRepository::startingSql() {
    return QStringLiteral(
               "SELECT s.id, s.engagement_id, s.start_utc, s.end_utc, s.format, s.location, "
               "s.status, %1, c.time_zone, e.title FROM sessions s "
               "JOIN engagements e INDEXED BY engagements_summary ON e.id = s.engagement_id "
               "JOIN %2 ON c.id = e.client_id "
               "WHERE s.start_utc >= ? AND s.start_utc < ? "
               "AND s.status NOT IN ('cancelled_client', 'cancelled_mentor') "
               "ORDER BY s.start_utc, s.id LIMIT ?")
        .arg(clientDisplayNameSql(QStringLiteral("c")), clientNamesTable(QStringLiteral("c")));
}

Result<QList<SessionRow>> UpcomingSessionRepository::starting(const QDateTime& fromUtc,
                                                              const QDateTime& toUtc,
                                                              int limit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(startingSql());
    query.addBindValue(isoUtc(fromUtc));
    query.addBindValue(isoUtc(toUtc));
    query.addBindValue(limit);
    const QString failed = tr("Could not read the upcoming sessions");
    if (!query.exec())
        return Database::queryError(query, failed);
    QList<SessionRow> rows;
    while (query.next()) {
        SessionRow row;
        row.sessionId = query.value(0).toLongLong();
        row.engagementId = query.value(1).toLongLong();
        row.startUtc = fromIsoUtc(query.value(2));
        row.endUtc = fromIsoUtc(query.value(3));
        sessionFormatFromKey(query.value(4).toString(), &row.format);
        row.location = query.value(5).toString();
        sessionStatusFromKey(query.value(6).toString(), &row.status);
        row.clientName = query.value(7).toString();
        row.clientTimeZone = query.value(8).toString();
        row.engagementTitle = query.value(9).toString();
        rows.append(row);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, failed);
    return rows;
}

Result<QHash<qint64, SessionTally>>
UpcomingSessionRepository::tallies(const QList<qint64>& engagementIds,
                                   const QDateTime& nowUtc) const {
    QHash<qint64, SessionTally> out;
    const QString failed = tr("Could not count the sessions");
    for (qsizetype first = 0; first < engagementIds.size(); first += kIdsPerQuery) {
        const QList<qint64> chunk = engagementIds.mid(first, kIdsPerQuery);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
                          "SELECT e.id, e.planned_sessions, "
                          "coalesce(sum(s.status = 'held'), 0), "
                          "coalesce(sum(s.status = 'planned' AND s.start_utc >= ?), 0), "
                          "coalesce(sum(s.status IN ('cancelled_client', 'cancelled_mentor')), 0), "
                          "coalesce(sum(s.status = 'no_show'), 0) "
                          "FROM engagements e LEFT JOIN sessions s ON s.engagement_id = e.id "
                          "WHERE e.id IN (%1) GROUP BY e.id")
                          .arg(marks.join(QStringLiteral(", "))));
        query.addBindValue(isoUtc(nowUtc));
        for (qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return Database::queryError(query, failed);
        while (query.next()) {
            SessionTally tally;
            tally.planned = std::max(0, query.value(1).toInt());
            tally.held = query.value(2).toInt();
            tally.upcoming = query.value(3).toInt();
            tally.cancelled = query.value(4).toInt();
            tally.noShows = query.value(5).toInt();
            out.insert(query.value(0).toLongLong(), tally);
        }
        if (query.lastError().isValid())
            return Database::queryError(query, failed);
    }
    return out;
}

} // namespace md
