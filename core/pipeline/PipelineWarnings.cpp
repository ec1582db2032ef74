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
    return isOverdue(action.status, action.dueDate, clock);
}

bool PipelineWarnings::isOverdue(ActionStatus status, const QDate& dueDate, const Clock& clock) {
    const bool open = status == ActionStatus::Todo || status == ActionStatus::Doing;
    return open && dueDate.isValid() && dueDate < clock.today();
}

bool PipelineWarnings::isStale(const Engagement& engagement, int staleAfterDays,
                               const Clock& clock) {
    return isStale(engagement.status,
                   lastActivityOf(engagement.lastActivityUtc, engagement.createdUtc),
                   staleAfterDays, clock);
}

bool PipelineWarnings::isStale(EngagementStatus status, const QDateTime& lastActivityUtc,
                               int staleAfterDays, const Clock& clock) {
    if (status != EngagementStatus::Active && status != EngagementStatus::Maintenance)
        return false;
    return staleAfterDays > 0 && daysSince(lastActivityUtc, clock) >= staleAfterDays;
}

bool PipelineWarnings::isDueSoon(const SmartGoal& goal, bool reached, int withinDays,
                                 const Clock& clock) {
    return isDueSoon(goal.active, goal.dueDate, reached, withinDays, clock);
}

bool PipelineWarnings::isDueSoon(bool active, const QDate& dueDate, bool reached, int withinDays,
                                 const Clock& clock) {
    if (!active || reached || !dueDate.isValid())
        return false;
    const qint64 daysLeft = clock.today().daysTo(dueDate);
    return daysLeft >= 0 && daysLeft <= withinDays;
}

bool PipelineWarnings::isGoalOverdue(const SmartGoal& goal, bool reached, const Clock& clock) {
    return goal.active && !reached && goal.dueDate.isValid() && goal.dueDate < clock.today();
}

int PipelineWarnings::daysInStage(const Engagement& engagement, const Clock& clock) {
    return daysSince(engagement.stageEnteredUtc, clock);
}

int PipelineWarnings::daysSinceActivity(const Engagement& engagement, const Clock& clock) {
    return daysSince(lastActivityOf(engagement.lastActivityUtc, engagement.createdUtc), clock);
}

int PipelineWarnings::daysSince(const QDateTime& sinceUtc, const Clock& clock) {
    return wholeDaysBetween(sinceUtc, clock.nowUtc());
}

QDateTime PipelineWarnings::lastActivityOf(const QDateTime& lastActivityUtc,
                                           const QDateTime& createdUtc) {
    return lastActivityUtc.isValid() ? lastActivityUtc : createdUtc;
}

} // namespace md
