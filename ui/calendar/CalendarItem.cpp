#include "calendar/CalendarItem.h"

#include "UiStyle.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/TimeFormat.h"

#include <algorithm>

namespace md {

QList<CalendarItem> CalendarItems::load(const SchedulingService& scheduling,
                                        const QDateTime& fromUtc, const QDateTime& toUtc) {
    const Result<QHash<qint64, QString>> labels = scheduling.engagementLabels();
    return load(scheduling, fromUtc, toUtc, labels ? *labels : QHash<qint64, QString>());
}

QList<CalendarItem> CalendarItems::load(const SchedulingService& scheduling,
                                        const QDateTime& fromUtc, const QDateTime& toUtc,
                                        const QHash<qint64, QString>& labels) {
    QList<CalendarItem> items;
    const Result<QList<SessionSpan>> sessions = scheduling.sessionSpans(fromUtc, toUtc);
    if (sessions) {
        items.reserve(sessions->size());
        for (const SessionSpan& session : *sessions) {
            CalendarItem item;
            item.sessionId = session.sessionId;
            item.engagementId = session.engagementId;
            item.title = labels.value(session.engagementId);
            item.startUtc = session.startUtc;
            item.endUtc = session.endUtc;
            item.status = session.status;
            item.format = session.format;
            item.seriesMember = session.seriesMember;
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

QColor CalendarItems::colorFor(const CalendarItem& item, const QPalette& palette) {
    if (item.isBusyTime())
        return ui::quietFill(palette);
    if (item.isCancelled() || item.status == SessionStatus::NoShow)
        return ui::blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
    // Spread engagements around the colour wheel (golden angle): pastel on a
    // light base, deep on a dark one, so the text on them reads either way.
    const int hue = int((item.engagementId * 137) % 360);
    const bool dark = ui::isDark(palette);
    const bool held = item.status == SessionStatus::Held;
    if (dark)
        return held ? QColor::fromHsl(hue, 45, 62) : QColor::fromHsl(hue, 110, 78);
    return held ? QColor::fromHsl(hue, 60, 225) : QColor::fromHsl(hue, 150, 215);
}

QColor CalendarItems::textColorFor(const CalendarItem& item, const QColor& fill,
                                   const QPalette& palette) {
    const QColor text = ui::readableTextOn(fill, palette);
    if (!item.isBusyTime() && !item.isCancelled())
        return text;
    // Dimmed towards the fill, as far as it stays readable.
    for (double amount : {0.35, 0.25, 0.15}) {
        const QColor dimmed = ui::blend(text, fill, amount);
        if (ui::contrastRatio(dimmed, fill) >= 4.5)
            return dimmed;
    }
    return text;
}

QString CalendarItems::timeRange(const CalendarItem& item, const QTimeZone& zone) {
    return TimeFormat::shortTime(item.startUtc.toTimeZone(zone).time()) + QStringLiteral("–") +
           TimeFormat::shortTime(item.endUtc.toTimeZone(zone).time());
}

} // namespace md
