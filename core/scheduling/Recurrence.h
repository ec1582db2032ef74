#pragma once

#include "common/Result.h"
#include "scheduling/RecurrenceRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// Expands a series with libical's RFC 5545 engine.
//
// The expansion runs on wall-clock ("floating") times and each result is then
// placed in the series' own time zone, so an 18:00 Berlin session stays at
// 18:00 across daylight-saving changes while its UTC instant moves.
//
// Dates a month does not have follow RFC 5545: a monthly series on the 31st
// skips months without a 31st (and on the 29th/30th skips February when it is
// shorter) instead of moving to the month's last day. A "fifth Tuesday" series
// likewise only has occurrences in months with five Tuesdays. This is what
// Google Calendar, Outlook and Thunderbird do with the same RRULE, so an
// exported series shows the same dates everywhere.
class Recurrence final {
    Q_DECLARE_TR_FUNCTIONS(md::Recurrence)
public:
    struct Occurrence {
        QDate date;      // the date the rule gives (stable identity in the series)
        QDateTime start; // in the series' zone
    };

    // Refuses rules that cannot be stored or exported faithfully: no end, both
    // ends, a bad interval or ordinal, or a first date that does not match the
    // rule (e.g. "last Friday" starting on a Friday that is not the last).
    static Status validate(const RecurrenceRule& rule, const QDateTime& firstStart);

    // All occurrences from `firstStart` (a QDateTime in the series' zone) in
    // order, without the dates in `skipped`. Never more than kMaxOccurrences.
    static Result<QList<Occurrence>> expand(const RecurrenceRule& rule, const QDateTime& firstStart,
                                            const QList<QDate>& skipped = {});

    // The RRULE value for export, e.g. "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6". An
    // end date becomes UNTIL in UTC at the end of that day, as RFC 5545
    // requires for a DTSTART with TZID.
    static QString toRRule(const RecurrenceRule& rule, const QDateTime& firstStart);

    // A rule that matches `firstStart` (weekday, day of month, ordinal), with
    // the same cadence and end as `rule`. Used when a series is moved.
    static RecurrenceRule rebased(const RecurrenceRule& rule, const QDate& oldFirst,
                                  const QDate& newFirst);
    // The weekday ordinal of a date in its month: 1..5, or -1 for the last
    // one when `preferLast` and the date is the last such weekday.
    static int weekdayOrdinalOf(const QDate& date, bool preferLast);

    // "Every two weeks on Tuesday, 8 times" (translated).
    static QString describe(const RecurrenceRule& rule, const QDateTime& firstStart);

    static constexpr int kMaxOccurrences = 500;
};

} // namespace md
