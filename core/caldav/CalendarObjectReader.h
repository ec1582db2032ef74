#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// One occurrence of a calendar object as any CalDAV client would show it.
struct ObjectOccurrence {
    // The time the rule gives it (its RECURRENCE-ID); DTSTART for a single
    // event. Identifies the occurrence even after it was moved.
    QDateTime originalUtc;
    QDateTime startUtc;
    QDateTime endUtc;
    bool cancelled = false; // STATUS:CANCELLED
};

// What a calendar object on the server holds, read with libical: its events
// expanded (RRULE minus EXDATEs, RECURRENCE-ID overrides applied) into UTC
// instants. CalendarSyncService compares what the server has with what
// MentorDesk published this way; IcsReader, which reads busy times, keeps no
// RECURRENCE-ID and so cannot tell which occurrence moved.
struct ObjectContent {
    QString uid;
    bool recurring = false;
    QList<ObjectOccurrence> occurrences; // by originalUtc; EXDATEs left out
};

class CalendarObjectReader final {
    Q_DECLARE_TR_FUNCTIONS(md::CalendarObjectReader)
public:
    // The most occurrences one repeating event is expanded to.
    static constexpr int kMaxOccurrences = 2000;

    // Occurrences starting (by their rule) before `untilUtc` (invalid: up to
    // kMaxOccurrences). InvalidInput when libical cannot read it.
    static Result<ObjectContent> read(const QByteArray& ics, const QDateTime& untilUtc = {});

    // The object without its DTSTAMP lines (the time it was written): two
    // writings of the same sessions are then equal.
    static QByteArray withoutStamps(const QByteArray& ics);
};

} // namespace md
