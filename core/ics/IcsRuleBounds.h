#pragma once

#include <QtGlobal>

#include <libical/ical.h>

namespace md::ics {

// What the ICS reader does to a repeating event before libical expands it,
// so that no rule can keep the expansion busy for long. libical searches for
// the next date in unbounded loops: a minutely rule on 30 February runs
// until the year 2582, and some monthly rules until the year 20000. These
// helpers work on wall-clock times (zone-less or UTC icaltimetypes, as the
// reader passes them to libical) and never change which dates a rule has
// inside the window.

// Sets the rule's UNTIL to `windowEnd` unless it already ends earlier;
// libical checks UNTIL on every step of its search, so the search stops
// there. `windowEnd` must have the form of the rule's DTSTART (a date for
// all-day events).
void clampUntil(icalrecurrencetype& rule, const icaltimetype& windowEnd);

// For a rule without COUNT whose period has a fixed length (secondly to
// weekly): DTSTART moved forward by whole periods to the last start before
// `before`, so that libical does not step through the years before the
// window. The set of dates from there on is the same.
icaltimetype skipAhead(const icalrecurrencetype& rule, icaltimetype start,
                       const icaltimetype& before);

// False when no day from `from` to `to` can hold a date of the rule: its
// BYMONTH, BYMONTHDAY, BYYEARDAY and BYDAY (weekday) parts exclude them all,
// or a monthly rule's INTERVAL never reaches its BYMONTH. True when it
// cannot tell.
bool mayOccur(const icalrecurrencetype& rule, const icaltimetype& start, const icaltimetype& from,
              const icaltimetype& to);

// About how many steps libical takes to expand the rule from `start` to its
// UNTIL: one per period (every minute for a minutely rule), whether the
// period holds a date or not.
qint64 estimatedSteps(const icalrecurrencetype& rule, const icaltimetype& start);

} // namespace md::ics
