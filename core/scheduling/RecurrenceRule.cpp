#include "scheduling/RecurrenceRule.h"

namespace md {

RecurrenceRule RecurrenceRule::weekly(int count, QDate until) {
    RecurrenceRule rule;
    rule.count = count;
    rule.until = until;
    return rule;
}

RecurrenceRule RecurrenceRule::fortnightly(int count, QDate until) {
    RecurrenceRule rule = weekly(count, until);
    rule.interval = 2;
    return rule;
}

RecurrenceRule RecurrenceRule::monthlyOnDate(int count, QDate until) {
    RecurrenceRule rule = weekly(count, until);
    rule.frequency = Frequency::Monthly;
    rule.monthlyBy = MonthlyBy::DayOfMonth;
    return rule;
}

RecurrenceRule RecurrenceRule::monthlyOnWeekday(int ordinal, int count, QDate until) {
    RecurrenceRule rule = monthlyOnDate(count, until);
    rule.monthlyBy = MonthlyBy::Weekday;
    rule.weekdayOrdinal = ordinal;
    return rule;
}

QString RecurrenceRule::kindKey() const {
    if (frequency == Frequency::Weekly)
        return QStringLiteral("weekly");
    return monthlyBy == MonthlyBy::DayOfMonth ? QStringLiteral("monthly_date")
                                              : QStringLiteral("monthly_weekday");
}

bool RecurrenceRule::kindFromKey(const QString& key, RecurrenceRule* rule) {
    if (key == QLatin1String("weekly")) {
        rule->frequency = Frequency::Weekly;
    } else if (key == QLatin1String("monthly_date")) {
        rule->frequency = Frequency::Monthly;
        rule->monthlyBy = MonthlyBy::DayOfMonth;
    } else if (key == QLatin1String("monthly_weekday")) {
        rule->frequency = Frequency::Monthly;
        rule->monthlyBy = MonthlyBy::Weekday;
    } else {
        return false;
    }
    return true;
}

} // namespace md
