#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace md {

// How a session takes place. Storage keys are fixed; labels are translated.
enum class SessionFormat { InPerson, Video, Phone };

// What became of a session. Only Held counts against the engagement's plan.
enum class SessionStatus { Planned, Held, CancelledByClient, CancelledByMentor, NoShow };

QString sessionFormatKey(SessionFormat format);
bool sessionFormatFromKey(const QString& key, SessionFormat* format);
QString sessionFormatLabel(SessionFormat format);
QList<SessionFormat> allSessionFormats();

QString sessionStatusKey(SessionStatus status);
bool sessionStatusFromKey(const QString& key, SessionStatus* status);
QString sessionStatusLabel(SessionStatus status);
QList<SessionStatus> allSessionStatuses();
bool isCancelledStatus(SessionStatus status);
// Held and no-show say what happened at the session, so only a session that
// has begun can have them (and only then can it be billed).
bool statusNeedsStart(SessionStatus status);

// One mentoring session of an engagement. A member of a series keeps its own
// row (so it can carry notes and a status) and remembers the date the rule
// gave it (occurrenceDate), which identifies it in the series even after it
// was moved.
struct Session {
    // The longest a session may last (validated by SchedulingService, and by
    // a trigger for any writer). It also bounds the range queries: a session
    // that overlaps a window starts less than this before the window.
    static constexpr int kMaxDurationMinutes = 24 * 60;

    qint64 id = 0; // 0 until stored
    qint64 engagementId = 0;
    QString uid; // stable iCalendar UID of this session on its own
    // Start in the session's own time zone (Qt::TimeZone spec). The wall-clock
    // time and the zone are what the mentor chose; the UTC instant follows.
    QDateTime start;
    int durationMinutes = 60;
    SessionFormat format = SessionFormat::Video;
    QString location; // the place, the video link or the phone number
    SessionStatus status = SessionStatus::Planned;
    // When it was cancelled (UTC); invalid when it is not cancelled, or was
    // cancelled before MentorDesk recorded the time (never late then).
    QDateTime cancelledUtc;
    QString agenda;
    QString privateNotes; // never leaves the workspace (no export, no summary)
    QString shareableNotes;
    // Summary fields, shared with the mentee.
    QString topics;
    QString goalProgress;
    QString agreedActions;
    QString nextSteps;
    // Series membership (0 / null for a single session).
    qint64 seriesId = 0;
    QDate occurrenceDate;
    // True once the occurrence was moved on its own; series-wide time changes
    // then leave it where the mentor put it.
    bool detached = false;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    QDateTime startUtc() const { return start.toUTC(); }
    QDateTime endUtc() const { return start.toUTC().addSecs(qint64(durationMinutes) * 60); }
    QString timeZoneId() const { return QString::fromUtf8(start.timeZone().id()); }
    bool isCancelled() const { return isCancelledStatus(status); }
    bool isSeriesMember() const { return seriesId != 0; }
    // True when the half-open ranges [start, end) intersect.
    bool overlaps(const QDateTime& fromUtc, const QDateTime& toUtc) const {
        return startUtc() < toUtc && fromUtc < endUtc();
    }
};

// The cancellation time to store for `session` as it is saved: the time it
// carries; else, while it stays cancelled, the one on record (`wasCancelled`,
// `storedUtc`, which may be unknown); else now, for a session this save
// cancels. Invalid for a session that is not cancelled.
QDateTime cancellationTimeToStore(const Session& session, bool wasCancelled,
                                  const QDateTime& storedUtc, const QDateTime& nowUtc);

// Makes a new globally unique iCalendar UID ("<uuid>@mentordesk").
QString newSessionUid();

} // namespace md
