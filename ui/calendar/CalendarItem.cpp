#include "calendar/CalendarItem.h"

#include "scheduling/SchedulingService.h"
#include "scheduling/TimeFormat.h"

#include <algorithm>

namespace md {

QList<CalendarItem> CalendarItems::load(const SchedulingService& scheduling,
                                        const QDateTime& fromUtc, const QDateTime& toUtc) {
    QList<CalendarItem> items;
    SessionFilter filter;
    filter.fromUtc = fromUtc;
    filter.toUtc = toUtc;
    const Result<QList<Session>> sessions = scheduling.sessions(filter);
    const Result<QHash<qint64, QString>> labels = scheduling.engagementLabels();
    if (sessions) {
        for (const Session& session : *sessions) {
            CalendarItem item;
            item.sessionId = session.id;
            item.engagementId = session.engagementId;
            item.title = labels ? labels->value(session.engagementId) : QString();
            item.startUtc = session.startUtc();
            item.endUtc = session.endUtc();
            item.status = session.status;
            item.format = session.format;
            item.seriesMember = session.isSeriesMember();
            items.append(item);
        }
    }
    const Result<QList<BusyTime>> busy = scheduling.busyTimes(fromUtc, toUtc);
    if (busy) {
        for (const BusyTime& time : *busy) {
            CalendarItem item;
            item.busyTimeId = time.id;
            item.title = time.summary;
            item.startUtc = time.startUtc;
            item.endUtc = time.endUtc;
            item.allDay = time.allDay;
            items.append(item);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const CalendarItem& a, const CalendarItem& b) {
        return a.startUtc < b.startUtc;
    });
    return items;
}

QColor CalendarItems::colorFor(const CalendarItem& item) {
    if (item.isBusyTime())
        return QColor(0xd9, 0xdc, 0xe1);
    if (item.isCancelled() || item.status == SessionStatus::NoShow)
        return QColor(0xee, 0xee, 0xee);
    // Spread engagements around the colour wheel (golden angle), pastel.
    const int hue = int((item.engagementId * 137) % 360);
    QColor color = QColor::fromHsl(hue, 150, 215);
    if (item.status == SessionStatus::Held)
        color = QColor::fromHsl(hue, 60, 225);
    return color;
}

QString CalendarItems::timeRange(const CalendarItem& item, const QTimeZone& zone) {
    return TimeFormat::shortTime(item.startUtc.toTimeZone(zone).time()) + QStringLiteral("–") +
           TimeFormat::shortTime(item.endUtc.toTimeZone(zone).time());
}

} // namespace md
