// SchedulingService: the read models of the dashboard's upcoming panel and of
// the calendar.

#include "scheduling/SchedulingService.h"

#include "storage/SessionSpanRepository.h"
#include "storage/UpcomingSessionRepository.h"

namespace md {

Result<UpcomingSessions> SchedulingService::upcoming(const QDateTime& fromUtc,
                                                     const QDateTime& toUtc, int limit) const {
    if (!fromUtc.isValid() || !toUtc.isValid() || limit <= 0)
        return UpcomingSessions{};
    const UpcomingSessionRepository repository(m_database);
    UpcomingSessions out;
    auto rows = repository.starting(fromUtc, toUtc, limit);
    if (!rows)
        return rows.error();
    out.sessions = *rows;
    QList<qint64> engagements;
    for (const SessionRow& row : std::as_const(out.sessions)) {
        if (!engagements.contains(row.engagementId))
            engagements.append(row.engagementId);
    }
    auto tallies = repository.tallies(engagements, m_clock.nowUtc());
    if (!tallies)
        return tallies.error();
    out.tallies = *tallies;
    return out;
}

Result<QList<SessionSpan>> SchedulingService::sessionSpans(const QDateTime& fromUtc,
                                                           const QDateTime& toUtc) const {
    if (!fromUtc.isValid() || !toUtc.isValid())
        return QList<SessionSpan>{};
    return SessionSpanRepository(m_database).overlapping(fromUtc, toUtc);
}

} // namespace md
