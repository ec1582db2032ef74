#pragma once

#include "caldav/CalendarDifference.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace md {

// Tells what changed on the server in one published object: compares the
// server's copy with what MentorDesk published (both read with
// CalendarObjectReader) and names each session whose time moved or which was
// cancelled or removed there. No database, no network.
class CalendarDifferenceFinder final {
public:
    struct Object {
        QString objectKey;    // "series:<id>" or "session:<id>"
        qint64 sessionId = 0; // a single session's id
        // A series: its zone, and its sessions by the date the rule gave them.
        QTimeZone seriesZone;
        QHash<QDate, qint64> membersByDate;
    };

    // The differences between `published` (what MentorDesk wrote) and
    // `server` (the server's copy now, with `serverEtag`). Empty when they
    // hold the same; one Edited difference when they differ but no session's
    // time does (a title changed on the phone).
    static Result<QList<CalendarDifference>> compare(const Object& object,
                                                     const QByteArray& published,
                                                     const QByteArray& server,
                                                     const QByteArray& serverEtag);
    // The difference for an object deleted on the server.
    static CalendarDifference deleted(const Object& object);
};

} // namespace md
