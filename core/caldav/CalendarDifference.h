#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace md {

// A published event that was changed or deleted on the CalDAV server (by the
// mentor's phone or another calendar app) since MentorDesk last wrote it.
// MentorDesk does not overwrite it: the mentor accepts it into MentorDesk or
// keeps MentorDesk's version (CalendarSyncService).
struct CalendarDifference {
    enum class Kind {
        Moved,     // the session's time is another on the server
        Cancelled, // the occurrence was removed from the series or cancelled there
        Deleted,   // the whole event was deleted on the server
        Edited,    // changed on the server, but no session's time (a title, a note)
    };

    qint64 id = 0;
    QString objectKey;    // "series:<id>" or "session:<id>"
    qint64 sessionId = 0; // the session concerned; 0 for the whole series (Deleted, Edited)
    Kind kind = Kind::Edited;
    QDateTime serverStartUtc; // Moved: what the server has now
    QDateTime serverEndUtc;
    QByteArray serverEtag; // the server object's ETag when it was read
    QDateTime foundUtc;

    // Filled in by CalendarSyncService::differences() for the list.
    qint64 seriesId = 0;
    QString clientName;
    QDateTime mentorDeskStartUtc; // the session's time in MentorDesk
    QDateTime mentorDeskEndUtc;

    friend bool operator==(const CalendarDifference& a, const CalendarDifference& b) {
        return a.objectKey == b.objectKey && a.sessionId == b.sessionId && a.kind == b.kind &&
               a.serverStartUtc == b.serverStartUtc && a.serverEndUtc == b.serverEndUtc;
    }
};

// Fixed storage keys ("moved", "cancelled", "deleted", "edited").
QString calendarDifferenceKindKey(CalendarDifference::Kind kind);
bool calendarDifferenceKindFromKey(const QString& key, CalendarDifference::Kind* kind);
// What the server has now, in words for the list ("Moved on the server to
// 3 Nov, 19:00–20:00"), times in `zone`.
QString describeCalendarDifference(const CalendarDifference& difference, const QTimeZone& zone);
// The session concerned ("Jane Doe, 3 Nov, 18:00–19:00"; a series: "Jane
// Doe, the whole series"), times in `zone`.
QString calendarDifferenceSubject(const CalendarDifference& difference, const QTimeZone& zone);

} // namespace md
