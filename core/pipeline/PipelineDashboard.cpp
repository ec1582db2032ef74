#include "pipeline/PipelineDashboard.h"

#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/Pipeline.h"
#include "storage/EngagementRepository.h"

#include <algorithm>

namespace md {

Result<DashboardSummary> PipelineDashboard::compute(Pipeline& pipeline, ClientService& clients,
                                                    const WarningThresholds& thresholds) {
    EngagementFilter filter;
    filter.includeFinal = false;
    auto engagements = pipeline.engagements().list(filter);
    if (!engagements)
        return engagements.error();
    const Clock& clock = pipeline.clock();
    const QDate today = clock.today();

    DashboardSummary summary;
    for (PipelineState state : allOf<PipelineState>()) {
        if (!isFinal(state))
            summary.countByState.insert(state, 0);
    }
    for (const Engagement& e : std::as_const(engagements.value())) {
        ++summary.countByState[e.state()];
        DashboardSummary::EngagementRef ref{e.id, {}, e.title, e.state()};
        if (auto client = clients.get(e.clientId))
            ref.clientName = client->displayName();
        auto details = pipeline.service().details(e.id);
        if (!details)
            return details.error();
        for (const GoalDetails& goal : details->goals) {
            const bool reached = goal.percent && *goal.percent >= 100.0;
            if (PipelineWarnings::isDueSoon(goal.goal, reached, thresholds.dueSoonDays, clock))
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
