#pragma once

#include <QString>

namespace md {

// What scheduling shows about an engagement: whose it is (the client's
// display name and time zone), its title and how many sessions were agreed.
struct EngagementInfo {
    qint64 clientId = 0;
    QString clientName;
    QString clientTimeZone; // IANA id; empty when the client has none
    QString title;
    int plannedSessions = 0;
};

} // namespace md
