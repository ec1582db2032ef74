#include "pipeline/PipelineDashboard.h"

#include "pipeline/GoalProgress.h"
#include "pipeline/SmartGoal.h"

#include <QHash>

#include <algorithm>

namespace md {

std::optional<DashboardSummary::GoalDueSoon>
PipelineDashboard::dueSoon(const PipelineRows::Goal& goal, const WarningThresholds& thresholds,
                           const Clock& clock) {
    const std::optional<GoalMeasurement> latest =
        GoalProgress::later(goal.latestEntry, goal.evaluated);
    const std::optional<double> percent = GoalProgress::percentOf(
        goal.baseline, goal.target, latest ? std::optional(latest->value) : std::nullopt);
    if (!PipelineWarnings::isDueSoon(goal.active, goal.dueDate, GoalProgress::reached(percent),
                                     thresholds.dueSoonDays, clock))
        return std::nullopt;
    DashboardSummary::GoalDueSoon item;
    item.engagement = goal.engagement;
    item.goalId = goal.goalId;
    item.title = SmartGoal::titleOf(goal.specific);
    item.dueDate = goal.dueDate;
    item.percent = percent;
    item.daysLeft = int(clock.today().daysTo(goal.dueDate));
    return item;
}

void PipelineDashboard::completeCards(QList<EngagementCard>& cards,
                                      const QList<PipelineRows::Goal>& goals,
                                      const WarningThresholds& thresholds, const Clock& clock) {
    QHash<qint64, int> dueSoonByEngagement;
    for (const PipelineRows::Goal& goal : goals) {
        if (dueSoon(goal, thresholds, clock))
            ++dueSoonByEngagement[goal.engagement.engagementId];
    }
    for (EngagementCard& card : cards) {
        card.goalsDueSoon = dueSoonByEngagement.value(card.engagementId);
        card.stale = PipelineWarnings::isStale(statusOf(card.state), card.lastActivityUtc,
                                               thresholds.staleAfterDays, clock);
    }
}

QList<DashboardSummary::GoalDueSoon>
PipelineDashboard::goalsDueSoon(const QList<PipelineRows::Goal>& goals,
                                const WarningThresholds& thresholds, const Clock& clock) {
    QList<DashboardSummary::GoalDueSoon> out;
    for (const PipelineRows::Goal& goal : goals) {
        if (auto item = dueSoon(goal, thresholds, clock))
            out.append(*item);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.daysLeft < b.daysLeft; });
    return out;
}

QList<DashboardSummary::StaleEngagement>
PipelineDashboard::staleEngagements(const QList<PipelineRows::Activity>& candidates,
                                    const WarningThresholds& thresholds, const Clock& clock) {
    QList<DashboardSummary::StaleEngagement> out;
    for (const PipelineRows::Activity& row : candidates) {
        if (PipelineWarnings::isStale(statusOf(row.engagement.state), row.lastActivityUtc,
                                      thresholds.staleAfterDays, clock))
            out.append({row.engagement, PipelineWarnings::daysSince(row.lastActivityUtc, clock)});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.daysSinceActivity > b.daysSinceActivity;
    });
    return out;
}

QDateTime PipelineDashboard::staleCandidatesBefore(const WarningThresholds& thresholds,
                                                   const Clock& clock) {
    return clock.nowUtc().addDays(-qint64(thresholds.staleAfterDays) + 1);
}

QDate PipelineDashboard::dueSoonUntil(const WarningThresholds& thresholds, const Clock& clock) {
    return clock.today().addDays(thresholds.dueSoonDays);
}

} // namespace md
