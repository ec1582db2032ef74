#pragma once

#include "common/Clock.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/SmartGoal.h"

namespace md {

// Thresholds of the time-dependent warnings. The stale threshold is a rule of
// the practice (PracticeRules::staleEngagementDays, kept in the workspace);
// EngagementService fills it in from there. These are the defaults.
struct WarningThresholds {
    int staleAfterDays = 21;
    int dueSoonDays = 14;
};

// Rules that depend on the date. They take the clock as an argument, never the
// wall clock, so tests move a fake clock instead of waiting.
class PipelineWarnings final {
public:
    // An open action whose due date is before today.
    static bool isOverdue(const Action& action, const Clock& clock);
    // An engagement still on the board (active or maintenance) with no
    // activity for at least `staleAfterDays` whole days.
    static bool isStale(const Engagement& engagement, int staleAfterDays, const Clock& clock);
    // An active goal, not reached yet, due today or within `withinDays`
    // days. Goals already past their date are "overdue", not "due soon".
    static bool isDueSoon(const SmartGoal& goal, bool reached, int withinDays, const Clock& clock);
    static bool isGoalOverdue(const SmartGoal& goal, bool reached, const Clock& clock);
    // Whole days since the engagement entered its current state (0 on the day).
    static int daysInStage(const Engagement& engagement, const Clock& clock);
    static int daysSinceActivity(const Engagement& engagement, const Clock& clock);

    // The same rules on the few fields a read model carries (the board's
    // cards, the dashboard's rows), so a view never needs the whole record.
    // `lastActivityUtc` is the engagement's last activity, or its creation
    // when it has none (lastActivityOf).
    static bool isOverdue(ActionStatus status, const QDate& dueDate, const Clock& clock);
    static bool isStale(EngagementStatus status, const QDateTime& lastActivityUtc,
                        int staleAfterDays, const Clock& clock);
    static bool isDueSoon(bool active, const QDate& dueDate, bool reached, int withinDays,
                          const Clock& clock);
    // Whole days from `sinceUtc` to now (0 on the day, or for an invalid time).
    static int daysSince(const QDateTime& sinceUtc, const Clock& clock);
    static QDateTime lastActivityOf(const QDateTime& lastActivityUtc, const QDateTime& createdUtc);
};

} // namespace md
