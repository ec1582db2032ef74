#pragma once

#include "scheduling/RecurrenceRule.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// The ways a mentor can repeat a new session, as the session editor offers
// them and as `mentordesk-cli session add --repeat` names them.
enum class RepeatChoice {
    None,
    Weekly,
    Fortnightly,
    MonthlyOnDate,        // every month on the same day of the month
    MonthlyOnWeekday,     // every month on the same weekday ordinal ("3rd Tuesday")
    MonthlyOnLastWeekday, // every month on the last such weekday
};

// The one place where a repeat choice becomes a recurrence rule; the editor
// and the CLI both call it.
class RepeatChoices final {
public:
    // The choices that make sense for a series starting on `first`: "last
    // weekday of the month" only when `first` is the last such weekday.
    static QList<RepeatChoice> available(const QDate& first);

    // The rule of `choice` for a series starting on `first`, ending after
    // `count` sessions (> 0) or on `until` (valid). nullopt for None.
    // Recurrence::validate() says whether the result can be stored.
    static std::optional<RecurrenceRule> rule(RepeatChoice choice, const QDate& first, int count,
                                              const QDate& until);

    // The CLI's names: weekly, biweekly (or fortnightly), monthly,
    // monthly-weekday, monthly-last-weekday; "none" for None.
    static QString key(RepeatChoice choice);
    static std::optional<RepeatChoice> fromKey(const QString& key);
};

} // namespace md
