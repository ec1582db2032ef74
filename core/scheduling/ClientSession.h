#pragma once

#include "scheduling/Session.h"

#include <QString>

namespace md {

// A session as lists show it: the row and its client's display name, read
// together (SchedulingService::forEachSession).
struct ClientSession {
    Session session;
    QString clientName;
};

} // namespace md
