#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
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
//
// It also holds the size limits, checked before anything else reads the
// file: libical's parser is quadratic in the length of a physical line (a
// 10 MB SUMMARY took 21 s), and a huge file would be held in memory twice.
class IcsSyntaxChecker final {
    Q_DECLARE_TR_FUNCTIONS(md::IcsSyntaxChecker)

public:
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    // A line as it is in the file, and a property once its folded
    // continuation lines are joined (an inline attachment can be long).
    static constexpr qint64 kMaxPhysicalLineBytes = 64 * 1024;
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;

    struct Report {
        QList<int> eventLines; // the line of each BEGIN:VEVENT, in file order
    };

    static Result<Report> check(const QByteArray& data);
    // "Line 12: …", translated.
    static Error lineError(int line, const QString& problem);
    // The error for a file of `bytes` bytes, above kMaxFileBytes.
    static Error tooLarge(qint64 bytes);
};

} // namespace md
