#include "scheduling/RepeatChoice.h"

#include "scheduling/Recurrence.h"

#include <algorithm>

namespace md {

QList<RepeatChoice> RepeatChoices::available(const QDate& first) {
    QList<RepeatChoice> out{RepeatChoice::None, RepeatChoice::Weekly, RepeatChoice::Fortnightly,
                            RepeatChoice::MonthlyOnDate, RepeatChoice::MonthlyOnWeekday};
    if (first.isValid() && Recurrence::weekdayOrdinalOf(first, true) == -1)
        out << RepeatChoice::MonthlyOnLastWeekday;
    return out;
}

std::optional<RecurrenceRule> RepeatChoices::rule(RepeatChoice choice, const QDate& first,
                                                  int count, const QDate& until) {
    const int n = std::max(0, count);
    switch (choice) {
    case RepeatChoice::None:
        return std::nullopt;
    case RepeatChoice::Weekly:
        return RecurrenceRule::weekly(n, until);
    case RepeatChoice::Fortnightly:
        return RecurrenceRule::fortnightly(n, until);
    case RepeatChoice::MonthlyOnDate:
        return RecurrenceRule::monthlyOnDate(n, until);
    case RepeatChoice::MonthlyOnWeekday:
        return RecurrenceRule::monthlyOnWeekday(Recurrence::weekdayOrdinalOf(first, false), n,
                                                until);
    case RepeatChoice::MonthlyOnLastWeekday:
        return RecurrenceRule::monthlyOnWeekday(-1, n, until);
    }
    return std::nullopt;
}

QString RepeatChoices::key(RepeatChoice choice) {
    switch (choice) {
    case RepeatChoice::None:
        return QStringLiteral("none");
    case RepeatChoice::Weekly:
        return QStringLiteral("weekly");
    case RepeatChoice::Fortnightly:
        return QStringLiteral("biweekly");
    case RepeatChoice::MonthlyOnDate:
        return QStringLiteral("monthly");
    case RepeatChoice::MonthlyOnWeekday:
        return QStringLiteral("monthly-weekday");
    case RepeatChoice::MonthlyOnLastWeekday:
        return QStringLiteral("monthly-last-weekday");
    }
    return {};
}

std::optional<RepeatChoice> RepeatChoices::fromKey(const QString& text) {
    const QString wanted = text.trimmed().toLower();
    if (wanted == QLatin1String("fortnightly"))
        return RepeatChoice::Fortnightly;
    for (RepeatChoice choice : {RepeatChoice::None, RepeatChoice::Weekly, RepeatChoice::Fortnightly,
                                RepeatChoice::MonthlyOnDate, RepeatChoice::MonthlyOnWeekday,
                                RepeatChoice::MonthlyOnLastWeekday}) {
        if (key(choice) == wanted)
            return choice;
    }
    return std::nullopt;
}

} // namespace md
