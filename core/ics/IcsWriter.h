#pragma once

#include "common/Clock.h"
#include "scheduling/Session.h"
#include "scheduling/SessionSeries.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace md {

// Writes sessions as an RFC 5545 calendar with libical.
//
// - A series is one VEVENT with its RRULE, EXDATEs for skipped dates and the
//   series' UID; an occurrence that differs from the rule (moved, another
//   duration or place, cancelled) follows as an override VEVENT with the same
//   UID and a RECURRENCE-ID.
// - A session outside a series (or exported on its own) is a VEVENT with the
//   session's own UID. UIDs are stored, so re-exports update, not duplicate.
// - Times are DTSTART;TZID=<IANA id> with a matching VTIMEZONE; sessions in a
//   zone libical does not know are written in UTC.
// - Cancelled sessions have STATUS:CANCELLED. Private notes, shareable notes
//   and summaries are never written; DESCRIPTION holds only the agenda.
class IcsWriter final {
public:
    struct Options {
        QString calendarName;                    // X-WR-CALNAME; empty = none
        QHash<qint64, QString> engagementLabels; // engagement id -> client name, for SUMMARY
        // For a calendar server outside the mentor's control (CalDAV
        // publishing): every SUMMARY is `fixedSummary` when set, and with
        // `formatOnly` LOCATION is the format's name, with no place, link,
        // URL or DESCRIPTION.
        QString fixedSummary;
        bool formatOnly = false;
    };

    // `series` are written with those of `sessions` that belong to them; any
    // other session is written on its own. DTSTAMP is the clock's now.
    static QByteArray write(const QList<SessionSeries>& series, const QList<Session>& sessions,
                            const Options& options, const Clock& clock);
    // SUMMARY of a session: "Mentoring: <client>" (translated).
    static QString summaryFor(qint64 engagementId, const Options& options);
};

} // namespace md
