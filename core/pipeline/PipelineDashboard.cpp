#include "pipeline/PipelineDashboard.h"

#include <algorithm>

namespace md {

EngagementCard PipelineDashboard::cardOf(const EngagementDetails& details,
                                         const QString& clientName,
                                         const WarningThresholds& thresholds, const Clock& clock) {
    EngagementCard card;
    card.engagement = details.engagement;
    card.clientName = clientName;
    for (const GoalDetails& goal : details.goals) {
        card.goalIds.insert(goal.goal.id);
        if (PipelineWarnings::isDueSoon(goal.goal, goal.reached(), thresholds.dueSoonDays, clock))
            ++card.goalsDueSoon;
        for (const Action& action : goal.actions)
            card.overdueActions += PipelineWarnings::isOverdue(action, clock) ? 1 : 0;
    }
    card.stale = PipelineWarnings::isStale(card.engagement, thresholds.staleAfterDays, clock);
    return card;
}

DashboardSummary PipelineDashboard::summarise(const QList<Source>& open,
                                              const WarningThresholds& thresholds,
                                              const Clock& clock) {
    const QDate today = clock.today();
    DashboardSummary summary;
    for (PipelineState state : allOf<PipelineState>()) {
        if (!isFinal(state))
            summary.countByState.insert(state, 0);
    }
    for (const Source& source : open) {
        const Engagement& e = source.details.engagement;
        if (isFinal(e.state()))
            continue;
        ++summary.countByState[e.state()];
        const DashboardSummary::EngagementRef ref{e.id, source.clientName, e.title, e.state()};
        for (const GoalDetails& goal : source.details.goals) {
            if (PipelineWarnings::isDueSoon(goal.goal, goal.reached(), thresholds.dueSoonDays,
                                            clock))
                summary.goalsDueSoon.append(
                    {ref, goal.goal, goal.percent, int(today.daysTo(goal.goal.dueDate))});
            for (const Action& action : goal.actions) {
                if (PipelineWarnings::isOverdue(action, clock))
                    summary.overdueActions.append({ref, action, int(action.dueDate.daysTo(today))});
            }
        }
        if (PipelineWarnings::isStale(e, thresholds.staleAfterDays, clock))
            summary.staleEngagements.append({ref, PipelineWarnings::daysSinceActivity(e, clock)});
    }
    std::stable_sort(summary.overdueActions.begin(), summary.overdueActions.end(),
                     [](const auto& a, const auto& b) { return a.daysOverdue > b.daysOverdue; });
    std::stable_sort(summary.goalsDueSoon.begin(), summary.goalsDueSoon.end(),
                     [](const auto& a, const auto& b) { return a.daysLeft < b.daysLeft; });
    std::stable_sort(
        summary.staleEngagements.begin(), summary.staleEngagements.end(),
        [](const auto& a, const auto& b) { return a.daysSinceActivity > b.daysSinceActivity; });
    return summary;
}

} // namespace md
