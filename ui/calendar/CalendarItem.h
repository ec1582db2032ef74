#pragma once

#include "scheduling/Session.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace md {

class SchedulingService;

// One thing drawn in the calendar: a session, or a busy time imported from
// another calendar (grey, read-only).
struct CalendarItem {
    qint64 sessionId = 0;
    qint64 busyTimeId = 0;
    qint64 engagementId = 0;
    QString title; // the client's name, or the busy time's summary
    QDateTime startUtc;
    QDateTime endUtc;
    SessionStatus status = SessionStatus::Planned;
    SessionFormat format = SessionFormat::Video;
    bool seriesMember = false;
    bool allDay = false;

    bool isBusyTime() const { return busyTimeId != 0; }
    bool isCancelled() const { return !isBusyTime() && isCancelledStatus(status); }
    // Sessions can be dragged unless they are history (held, cancelled, missed).
    bool isMovable() const { return !isBusyTime() && status == SessionStatus::Planned; }
    int durationMinutes() const { return int(startUtc.secsTo(endUtc) / 60); }
};

// Loads what the calendar shows and decides how it looks.
class CalendarItems final {
public:
    // Sessions and busy times overlapping [fromUtc, toUtc), sorted by start.
    static QList<CalendarItem> load(const SchedulingService& scheduling, const QDateTime& fromUtc,
                                    const QDateTime& toUtc);
    // A stable colour per engagement, readable with dark text.
    static QColor colorFor(const CalendarItem& item);
    // "18:00–19:00"
    static QString timeRange(const CalendarItem& item, const QTimeZone& zone);
};

} // namespace md
