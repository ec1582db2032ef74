#pragma once

#include "scheduling/RecurrenceRule.h"
#include "scheduling/Session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// A repeating plan of sessions. Its occurrences are stored as Session rows
// (so each can hold notes and a status); the series keeps the rule, the
// skipped dates and the defaults new occurrences take.
struct SessionSeries {
    qint64 id = 0;
    qint64 engagementId = 0;
    QString uid; // iCalendar UID shared by the series and its occurrences
    RecurrenceRule rule;
    QDateTime firstStart; // in the series' zone; DTSTART of the series
    int durationMinutes = 60;
    SessionFormat format = SessionFormat::Video;
    QString location;
    QString agenda;
    QList<QDate> skippedDates; // EXDATE, as dates in the series' zone
    QDateTime createdUtc;
    QDateTime updatedUtc;

    QString timeZoneId() const { return QString::fromUtf8(firstStart.timeZone().id()); }
    // A new occurrence row for `start`, taking the series' defaults.
    Session makeOccurrence(const QDate& occurrenceDate, const QDateTime& start) const;
};

} // namespace md
