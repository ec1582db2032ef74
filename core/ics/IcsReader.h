#pragma once

#include "common/Result.h"
#include "scheduling/Availability.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace md {

// Reads another calendar (an .ics from Google Calendar, Outlook, Thunderbird…)
// as busy times for conflict checks.
//
// - The whole file is checked first (IcsSyntaxChecker); a malformed file is an
//   InvalidInput error naming the line, and nothing is returned.
// - Repeating events are expanded with libical over [fromUtc, toUtc), minus
//   their EXDATEs and the occurrences replaced by RECURRENCE-ID overrides.
// - Cancelled events and events marked free (TRANSP:TRANSPARENT) are left out.
// - An all-day event blocks its whole day(s) in `floatingZone`, as do times
//   without a zone ("floating" times mean the reader's own wall clock).
// - TZIDs are resolved by IcsTimeZones, then by the file's VTIMEZONE; an
//   unknown zone is read as UTC and named in `notes`.
class IcsReader final {
public:
    struct Options {
        QDateTime fromUtc;
        QDateTime toUtc;
        QTimeZone floatingZone = QTimeZone::systemTimeZone();
    };
    struct Imported {
        QList<BusyTime> busyTimes; // sorted by start
        int eventCount = 0;        // VEVENTs in the file
        QStringList notes;         // things the mentor may want to know, translated
    };

    static Result<Imported> read(const QByteArray& data, const Options& options);
    // Reads a file; Io when it cannot be read.
    static Result<Imported> readFile(const QString& path, const Options& options);

    // Occurrences of one repeating event inside [fromUtc, toUtc).
    static constexpr int kMaxOccurrencesPerEvent = 5000;
    // Occurrences before fromUtc that are stepped over to reach the window
    // (a minutely rule from 1970 must not hang the import).
    static constexpr qint64 kMaxSkippedOccurrencesPerEvent = 2000000;
};

} // namespace md
