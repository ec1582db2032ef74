#pragma once

#include "scheduling/Session.h"

#include <QString>

#include <optional>

namespace md {

// What scheduling shows about an engagement: whose it is (the client's
// display name and time zone), its title, how many sessions were agreed and
// in which format they are usually held.
struct EngagementInfo {
    qint64 clientId = 0;
    QString clientName;
    QString clientTimeZone; // IANA id; empty when the client has none
    QString title;
    int plannedSessions = 0;
    // The engagement's format as the default of a new session; none when it
    // is mixed.
    std::optional<SessionFormat> sessionFormat;
};

} // namespace md
