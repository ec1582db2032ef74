#pragma once

#include <QDate>
#include <QString>

namespace md {

// The cadences a mentor plans with: every N weeks, or every N months on the
// same date or on the Nth (or last) weekday. A series always ends, after a
// count or on a date, so it can be stored occurrence by occurrence.
struct RecurrenceRule {
    enum class Frequency { Weekly, Monthly };
    enum class MonthlyBy { DayOfMonth, Weekday };

    Frequency frequency = Frequency::Weekly;
    int interval = 1; // 2 = every two weeks
    MonthlyBy monthlyBy = MonthlyBy::DayOfMonth;
    // For MonthlyBy::Weekday: 1..5, or -1 for "last". 0 = take it from the
    // first date (the 3rd Tuesday stays the 3rd Tuesday).
    int weekdayOrdinal = 0;
    int count = 0; // > 0: ends after this many occurrences (skipped ones included, as in RFC 5545)
    QDate until;   // valid: ends on this date (inclusive, in the series' time zone)

    static RecurrenceRule weekly(int count = 0, QDate until = {});
    static RecurrenceRule fortnightly(int count = 0, QDate until = {});
    static RecurrenceRule monthlyOnDate(int count = 0, QDate until = {});
    static RecurrenceRule monthlyOnWeekday(int ordinal, int count = 0, QDate until = {});

    // Storage keys ("weekly", "monthly_date", "monthly_weekday").
    QString kindKey() const;
    static bool kindFromKey(const QString& key, RecurrenceRule* rule);

    bool operator==(const RecurrenceRule&) const = default;
};

} // namespace md
