#pragma once

#include "scheduling/Session.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPalette>
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
    // The same, with the engagements' labels (SchedulingService::engagementLabels())
    // already read: a view that steps through weeks reads them once.
    static QList<CalendarItem> load(const SchedulingService& scheduling, const QDateTime& fromUtc,
                                    const QDateTime& toUtc,
                                    const QHash<qint64, QString>& engagementLabels);
    // A stable colour per engagement on `palette`'s base: pastel on a light
    // theme, deep on a dark one. Busy times and cancelled sessions are quiet.
    static QColor colorFor(const CalendarItem& item, const QPalette& palette);
    // The text drawn on an item of fill `fill`: readable on it, dimmed (but
    // still readable) for busy times and cancelled sessions.
    static QColor textColorFor(const CalendarItem& item, const QColor& fill,
                               const QPalette& palette);
    // "18:00–19:00"
    static QString timeRange(const CalendarItem& item, const QTimeZone& zone);
};

} // namespace md
