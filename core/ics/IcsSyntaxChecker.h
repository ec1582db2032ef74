#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace md {

// Checks an iCalendar file line by line before libical reads it. libical is
// lenient: a broken file can come back as NULL without a useful message, or
// with X-LIC-ERROR properties hidden inside; neither says where the problem
// is. This checker names the (physical, 1-based) line of the first problem:
// a line that is not "NAME;PARAM=…:value", BEGIN/END that do not match, an
// event without DTSTART, or a date, time, duration, offset or RRULE that
// cannot be read. Unknown properties are fine (every calendar program adds
// its own X- ones).
class IcsSyntaxChecker final {
public:
    struct Report {
        QList<int> eventLines; // the line of each BEGIN:VEVENT, in file order
    };

    static Result<Report> check(const QByteArray& data);
    // "Line 12: …", translated.
    static Error lineError(int line, const QString& problem);
};

} // namespace md
