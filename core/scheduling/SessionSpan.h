#pragma once

#include "scheduling/Session.h"

#include <QDateTime>

namespace md {

// Where one session lies in time and how it is drawn: what the calendar's
// week and month views read, without the notes (SchedulingService::sessionSpans).
struct SessionSpan {
    qint64 sessionId = 0;
    qint64 engagementId = 0;
    QDateTime startUtc;
    QDateTime endUtc;
    SessionStatus status = SessionStatus::Planned;
    SessionFormat format = SessionFormat::Video;
    bool seriesMember = false;
};

} // namespace md
