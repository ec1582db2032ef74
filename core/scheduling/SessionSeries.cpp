#include "scheduling/SessionSeries.h"

namespace md {

Session SessionSeries::makeOccurrence(const QDate& occurrenceDate, const QDateTime& start) const {
    Session session;
    session.engagementId = engagementId;
    session.uid = newSessionUid();
    session.start = start;
    session.durationMinutes = durationMinutes;
    session.format = format;
    session.location = location;
    session.agenda = agenda;
    session.seriesId = id;
    session.occurrenceDate = occurrenceDate;
    return session;
}

} // namespace md
