#pragma once

#include "scheduling/Session.h"
#include "scheduling/SessionTally.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace md {

// A session as a list shows it, with whose it is: the read model of the
// dashboard's upcoming panel (one query, names joined in SQL), also made
// from a whole Session for the agenda.
struct SessionRow {
    qint64 sessionId = 0;
    qint64 engagementId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    SessionFormat format = SessionFormat::Video;
    QString location;
    SessionStatus status = SessionStatus::Planned;
    QString clientName;     // clientListName() under the practice rule
    QString clientTimeZone; // IANA id; empty when the client has none
    QString engagementTitle;

    bool isCancelled() const { return isCancelledStatus(status); }
};

// What SchedulingService::upcoming() returns: the next sessions, and the
// tally of each engagement among them ("7 of 8 held").
struct UpcomingSessions {
    QList<SessionRow> sessions;          // by start
    QHash<qint64, SessionTally> tallies; // by engagement id
};

} // namespace md
