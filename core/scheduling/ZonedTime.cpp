#include "scheduling/ZonedTime.h"

#include <algorithm>

namespace md {

QDateTime ZonedTime::toUtc(QDate date, QTime time, const QTimeZone& zone) {
    // Read the wall-clock time as if it were UTC, then try the offsets in force
    // a day before and a day after; one of them (or both, in an overlap) maps
    // back onto the same wall-clock time.
    const QDateTime naive(date, time, Qt::UTC);
    if (!zone.isValid())
        return naive;
    const int before = zone.offsetFromUtc(naive.addSecs(-86400));
    const int after = zone.offsetFromUtc(naive.addSecs(86400));
    // The larger offset gives the earlier instant: try it first so an
    // ambiguous time resolves to its first occurrence.
    for (int offset : {std::max(before, after), std::min(before, after)}) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            return candidate;
    }
    // In a gap: use the offset before the transition.
    return naive.addSecs(-before);
}

QDateTime ZonedTime::make(QDate date, QTime time, const QTimeZone& zone) {
    const QDateTime utc = toUtc(date, time, zone);
    if (!zone.isValid())
        return utc;
    return QDateTime::fromMSecsSinceEpoch(utc.toMSecsSinceEpoch(), zone);
}

QTimeZone ZonedTime::zoneOrSystem(const QString& ianaId) {
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

} // namespace md
