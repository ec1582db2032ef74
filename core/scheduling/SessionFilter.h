#pragma once

#include <QDateTime>
#include <QSet>

namespace md {

// Which sessions SchedulingService::sessions() returns. Every bound is
// optional; the sessions come oldest first.
struct SessionFilter {
    QDateTime fromUtc; // sessions ending after this (invalid = no lower bound)
    QDateTime toUtc;   // sessions starting before this (invalid = no upper bound)
    qint64 engagementId = 0;
    qint64 clientId = 0;
    bool includeCancelled = true;
    // Only these sessions (empty = no restriction by id). A view asks which of
    // the sessions a change named lie in the range it shows.
    QSet<qint64> ids;
};

} // namespace md
