#include "ics/IcsRuleBounds.h"

#include <QDate>

#include <algorithm>
#include <cstdlib>

namespace md::ics {

namespace {

// Seconds since 1970 of a wall-clock time, as if it were UTC: what libical
// steps through for a zone-less or UTC start.
qint64 wallSeconds(icaltimetype t) {
    t.zone = nullptr;
    if (t.is_date) {
        t.hour = 0;
        t.minute = 0;
        t.second = 0;
    }
    return qint64(icaltime_as_timet(t));
}

// Seconds in one period of the rule's frequency (0 when it varies).
qint64 fixedPeriodSeconds(icalrecurrencetype_frequency frequency) {
    switch (frequency) {
    case ICAL_SECONDLY_RECURRENCE:
        return 1;
    case ICAL_MINUTELY_RECURRENCE:
        return 60;
    case ICAL_HOURLY_RECURRENCE:
        return 3600;
    case ICAL_DAILY_RECURRENCE:
        return 86400;
    case ICAL_WEEKLY_RECURRENCE:
        return 7 * 86400;
    default:
        return 0;
    }
}

qint64 averagePeriodSeconds(icalrecurrencetype_frequency frequency) {
    if (const qint64 fixed = fixedPeriodSeconds(frequency))
        return fixed;
    return frequency == ICAL_MONTHLY_RECURRENCE ? 2629746 : 31556952;
}

bool has(const short* values) {
    return values[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

template <std::size_t N> bool contains(const short (&values)[N], int wanted) {
    for (std::size_t i = 0; i < N && values[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (values[i] == wanted)
            return true;
    }
    return false;
}

// A day number in a list that may count from the end (-1 = the last).
template <std::size_t N> bool containsDay(const short (&values)[N], int day, int daysInPeriod) {
    return contains(values, day) || contains(values, day - daysInPeriod - 1);
}

bool anyRulePart(const icalrecurrencetype& rule) {
    return has(rule.by_second) || has(rule.by_minute) || has(rule.by_hour) || has(rule.by_day) ||
           has(rule.by_month_day) || has(rule.by_year_day) || has(rule.by_week_no) ||
           has(rule.by_month) || has(rule.by_set_pos);
}

bool dayMayHoldADate(const icalrecurrencetype& rule, const QDate& day) {
    if (has(rule.by_month) && !contains(rule.by_month, day.month()))
        return false;
    if (has(rule.by_month_day) && !containsDay(rule.by_month_day, day.day(), day.daysInMonth()))
        return false;
    if (has(rule.by_year_day) && !containsDay(rule.by_year_day, day.dayOfYear(), day.daysInYear()))
        return false;
    if (has(rule.by_day)) {
        bool weekday = false;
        for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
            // libical: 1 = Sunday … 7 = Saturday; Qt: 1 = Monday … 7 = Sunday.
            const int ical = int(icalrecurrencetype_day_day_of_week(rule.by_day[i]));
            weekday = weekday || (ical == 1 ? 7 : ical - 1) == day.dayOfWeek();
        }
        if (!weekday)
            return false;
    }
    return true;
}

} // namespace

void clampUntil(icalrecurrencetype& rule, const icaltimetype& windowEnd) {
    if (icaltime_is_null_time(rule.until) || wallSeconds(rule.until) > wallSeconds(windowEnd))
        rule.until = windowEnd;
}

icaltimetype skipAhead(const icalrecurrencetype& rule, icaltimetype start,
                       const icaltimetype& before) {
    const qint64 period = fixedPeriodSeconds(rule.freq) * std::max<qint64>(1, rule.interval);
    if (rule.count > 0 || period == 0 || (start.is_date && period % 86400 != 0))
        return start;
    const qint64 gap = wallSeconds(before) - wallSeconds(start);
    if (gap <= period)
        return start;
    // Strictly before `before`: DTSTART itself counts as a date even when the
    // rule's parts would not produce it, and must stay outside the window.
    const qint64 shift = ((gap - 1) / period) * period;
    icaltime_adjust(&start, int(shift / 86400), 0, 0, int(shift % 86400));
    return start;
}

bool mayOccur(const icalrecurrencetype& rule, const icaltimetype& start, const icaltimetype& from,
              const icaltimetype& to) {
    if (rule.rscale)
        return true; // another calendar system: no guesses
    for (int i = 0; i < ICAL_BY_MONTH_SIZE && rule.by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (icalrecurrencetype_month_is_leap(rule.by_month[i]))
            return true;
    }
    if (rule.freq == ICAL_MONTHLY_RECURRENCE && has(rule.by_month)) {
        // The months a monthly rule visits: DTSTART's, then every INTERVAL.
        bool reached = false;
        const int interval = std::max<int>(1, rule.interval);
        for (int k = 0; k < 12 && !reached; ++k)
            reached = contains(rule.by_month, (start.month - 1 + k * interval) % 12 + 1);
        if (!reached)
            return false;
    }
    if (!has(rule.by_month) && !has(rule.by_month_day) && !has(rule.by_year_day) &&
        !has(rule.by_day))
        return true;
    const QDate first(from.year, from.month, from.day);
    const QDate last(to.year, to.month, to.day);
    if (!first.isValid() || !last.isValid())
        return true;
    // The Gregorian calendar repeats every 400 years (146,097 days): a day
    // that is not found in one cycle is never found.
    const QDate end = std::min(last, first.addDays(146097));
    for (QDate day = first; day <= end; day = day.addDays(1)) {
        if (dayMayHoldADate(rule, day))
            return true;
    }
    return false;
}

qint64 estimatedSteps(const icalrecurrencetype& rule, const icaltimetype& start) {
    const qint64 period = averagePeriodSeconds(rule.freq) * std::max<qint64>(1, rule.interval);
    const qint64 span =
        icaltime_is_null_time(rule.until) ? 0 : wallSeconds(rule.until) - wallSeconds(start);
    qint64 steps = span > 0 ? span / period + 1 : 1;
    // Without any BY part every period holds exactly one date, so COUNT
    // bounds the steps as well.
    if (rule.count > 0 && !anyRulePart(rule))
        steps = std::min<qint64>(steps, rule.count);
    return steps;
}

} // namespace md::ics
