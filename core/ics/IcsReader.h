#pragma once

#include "common/Result.h"
#include "ics/IcsSyntaxChecker.h"
#include "scheduling/Availability.h"

#include <QByteArray>
#include <QCoreApplication>
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
// - Repeating events are expanded with libical over [fromUtc, toUtc) (at most
//   kMaxWindowMonths of it), minus their EXDATEs and the occurrences replaced
//   by RECURRENCE-ID overrides.
// - Cancelled events and events marked free (TRANSP:TRANSPARENT) are left out.
// - An all-day event blocks its whole day(s) in `floatingZone`, as do times
//   without a zone ("floating" times mean the reader's own wall clock).
// - TZIDs are resolved by IcsTimeZones, then by the file's VTIMEZONE; an
//   unknown zone is read as UTC and named in `notes`.
//
// Whatever the file, reading it takes seconds at most and its result is
// bounded: a file beyond one of the limits below is refused as a whole
// (InvalidInput naming the event, or the line for the limits of
// IcsSyntaxChecker), never read in part. A rule that cannot occur (a
// minutely rule on 30 February) simply has no dates.
class IcsReader final {
    Q_DECLARE_TR_FUNCTIONS(md::IcsReader)

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
    // Reads a file; Io when it cannot be read, InvalidInput when it is larger
    // than kMaxFileBytes (checked before reading it).
    static Result<Imported> readFile(const QString& path, const Options& options);

    // The longest window expanded, from fromUtc on.
    static constexpr int kMaxWindowMonths = 18;
    // Steps libical may take to expand one repeating event (one per period
    // of its frequency, a date or not), and all the events of one file.
    static constexpr qint64 kMaxStepsPerEvent = 50000;
    static constexpr qint64 kMaxStepsPerFile = 500000;
    // Dates of one repeating event inside the window.
    static constexpr int kMaxOccurrencesPerEvent = 5000;
    // Busy times one file may give (what would be stored).
    static constexpr int kMaxBusyTimesPerFile = 50000;
    // A last guard for whatever rule libical is slow on despite the above.
    static constexpr qint64 kMaxMilliseconds = 3000;
    // The size of a file and of its lines: see IcsSyntaxChecker.
    static constexpr qint64 kMaxFileBytes = IcsSyntaxChecker::kMaxFileBytes;
};

} // namespace md
