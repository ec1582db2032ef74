#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace md {

// Rounding of times the mentor sees, done on the wall clock of the mentor's
// zone: in a zone half an hour off UTC (Asia/Kolkata) the next full hour is
// :00 there, which is :30 in UTC.
class TimeRounding final {
public:
    // The first full hour in `zone` after `nowUtc` (an instant exactly on the
    // hour gives the hour after it), as a UTC instant.
    static QDateTime nextFullHour(const QDateTime& nowUtc, const QTimeZone& zone);
};

} // namespace md
