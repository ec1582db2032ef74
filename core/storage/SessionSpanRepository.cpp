#include "storage/SessionSpanRepository.h"

#include "storage/Database.h"
#include "storage/IsoUtc.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

SessionSpanRepository::SessionSpanRepository(Database& database)
    : m_database(database) {}

SessionSpanRepository::Statement SessionSpanRepository::statement(const QDateTime& fromUtc,
                                                                  const QDateTime& toUtc) {
    // Bounded on both sides as SessionRepository's range is: a session that
    // overlaps the window starts less than the longest session before it.
    const auto iso = [](const QDateTime& time) {
        return time.toUTC().toString(Qt::ISODateWithMs);
    };
    return {QStringLiteral("SELECT id, engagement_id, start_utc, end_utc, status, format, "
                           "series_id IS NOT NULL FROM sessions WHERE start_utc > ? AND "
                           "end_utc > ? AND start_utc < ? ORDER BY start_utc, id"),
            {iso(fromUtc.addSecs(-qint64(Session::kMaxDurationMinutes) * 60)), iso(fromUtc),
             iso(toUtc)}};
}

Result<QList<SessionSpan>> SessionSpanRepository::overlapping(const QDateTime& fromUtc,
                                                              const QDateTime& toUtc) const {
    const Statement sql = statement(fromUtc, toUtc);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql.sql);
    for (const QVariant& value : sql.values)
        query.addBindValue(value);
    const QString failed = tr("Could not read the sessions");
    if (!query.exec())
        return Database::queryError(query, failed);
    QList<SessionSpan> spans;
    while (query.next()) {
        SessionSpan span;
        span.sessionId = query.value(0).toLongLong();
        span.engagementId = query.value(1).toLongLong();
        span.startUtc = parseIsoUtc(query.value(2).toString());
        span.endUtc = parseIsoUtc(query.value(3).toString());
        sessionStatusFromKey(query.value(4).toString(), &span.status);
        sessionFormatFromKey(query.value(5).toString(), &span.format);
        span.seriesMember = query.value(6).toInt() != 0;
        spans.append(span);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, failed);
    return spans;
}

} // namespace md
