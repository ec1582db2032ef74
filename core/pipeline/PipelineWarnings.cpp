#include "pipeline/PipelineWarnings.h"

namespace md {

namespace {
int wholeDaysBetween(const QDateTime& earlier, const QDateTime& later) {
    if (!earlier.isValid() || !later.isValid())
        return 0;
    const qint64 seconds = earlier.secsTo(later);
    return seconds <= 0 ? 0 : static_cast<int>(seconds / (24 * 60 * 60));
}
} // namespace

bool PipelineWarnings::isOverdue(const Action& action, const Clock& clock) {
    return action.isOpen() && action.dueDate.isValid() && action.dueDate < clock.today();
}

bool PipelineWarnings::isStale(const Engagement& engagement, int staleAfterDays,
                               const Clock& clock) {
    if (engagement.status != EngagementStatus::Active &&
        engagement.status != EngagementStatus::Maintenance)
        return false;
    return staleAfterDays > 0 && daysSinceActivity(engagement, clock) >= staleAfterDays;
}

bool PipelineWarnings::isDueSoon(const SmartGoal& goal, bool reached, int withinDays,
                                 const Clock& clock) {
    if (!goal.active || reached || !goal.dueDate.isValid())
        return false;
    const qint64 daysLeft = clock.today().daysTo(goal.dueDate);
    return daysLeft >= 0 && daysLeft <= withinDays;
}

bool PipelineWarnings::isGoalOverdue(const SmartGoal& goal, bool reached, const Clock& clock) {
    return goal.active && !reached && goal.dueDate.isValid() && goal.dueDate < clock.today();
}

int PipelineWarnings::daysInStage(const Engagement& engagement, const Clock& clock) {
    return wholeDaysBetween(engagement.stageEnteredUtc, clock.nowUtc());
}

int PipelineWarnings::daysSinceActivity(const Engagement& engagement, const Clock& clock) {
    const QDateTime last =
        engagement.lastActivityUtc.isValid() ? engagement.lastActivityUtc : engagement.createdUtc;
    return wholeDaysBetween(last, clock.nowUtc());
}

} // namespace md
