#include "scheduling/TimeRounding.h"

#include "scheduling/ZonedTime.h"

namespace md {

QDateTime TimeRounding::nextFullHour(const QDateTime& nowUtc, const QTimeZone& zone) {
    const QDateTime local = nowUtc.toTimeZone(zone);
    const QDateTime hourStart =
        ZonedTime::make(local.date(), QTime(local.time().hour(), 0), zone).toUTC();
    // An hour of real time after the hour began: across a daylight-saving
    // change this is still the next hour on the mentor's clock.
    QDateTime next = hourStart.addSecs(3600);
    if (next <= nowUtc) // the hour began before a backward change: one more
        next = next.addSecs(3600);
    return next;
}

} // namespace md
