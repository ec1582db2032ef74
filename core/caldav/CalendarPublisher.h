#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace md {

class ClientService;
class SchedulingService;

// One calendar object to put on the server: a series (one VEVENT with its
// RRULE, EXDATEs for skipped and cancelled dates, RECURRENCE-ID overrides for
// moved occurrences) or a single session, under its stored UID.
struct CalendarResource {
    QString uid;
    QByteArray ics;
};

// Turns an outbox key ("series:<id>", "session:<id>") into what the server
// should hold, written by IcsWriter with only what may leave the workspace:
// SUMMARY "Mentoring session (JD)" (the client's initials, or the preferred
// name when the mentor chose so), LOCATION the format, times and the rule.
// Never a note, goal, agenda, place, link, e-mail address or full name.
class CalendarPublisher final {
    Q_DECLARE_TR_FUNCTIONS(md::CalendarPublisher)
public:
    CalendarPublisher(SchedulingService& scheduling, ClientService& clients, const Clock& clock);

    // None when the object is to be removed from the server: its series or
    // session is gone, a single session was cancelled, or every occurrence
    // of a series was.
    Result<std::optional<CalendarResource>> render(const QString& objectKey,
                                                   bool usePreferredName) const;

    // "JD" for "Jane Doe", "AB" for "Anna-Lena van den Berg": the first
    // letters of the first and the last word.
    static QString initials(const QString& fullName);
    // The published SUMMARY of a session of this client.
    static QString summary(const QString& fullName, const QString& preferredName,
                           bool usePreferredName);

private:
    Result<QString> summaryFor(qint64 engagementId, bool usePreferredName) const;
    Result<std::optional<CalendarResource>> renderSeries(qint64 seriesId,
                                                         bool usePreferredName) const;
    Result<std::optional<CalendarResource>> renderSession(qint64 sessionId,
                                                          bool usePreferredName) const;

    SchedulingService& m_scheduling;
    ClientService& m_clients;
    const Clock& m_clock;
};

} // namespace md
