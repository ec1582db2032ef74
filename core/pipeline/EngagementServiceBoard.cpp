// EngagementService: what the board and the dashboard show (read models).
// The queries return narrow rows (PipelineReadModelRepository); the rules of
// PipelineWarnings and GoalProgress decide on them here (PipelineDashboard).

#include "pipeline/EngagementService.h"

#include "settings/SettingsService.h"
#include "storage/PipelineReadModelRepository.h"

namespace md {

Result<WarningThresholds> EngagementService::thresholds() const {
    Result<PracticeRules> rules = m_settings.practiceRules();
    if (!rules)
        return rules.error();
    WarningThresholds thresholds;
    thresholds.staleAfterDays = rules->staleEngagementDays;
    return thresholds;
}

Result<QList<EngagementCard>> EngagementService::cards(qint64 onlyId) const {
    auto limits = thresholds();
    if (!limits)
        return limits.error();
    const QDate today = m_clock.today();
    auto cards = m_readModels->cards(today, onlyId);
    if (!cards)
        return cards.error();
    if (cards->isEmpty())
        return cards;
    auto goals = m_readModels->goalsDueBetween(
        today, PipelineDashboard::dueSoonUntil(*limits, m_clock), onlyId);
    if (!goals)
        return goals.error();
    PipelineDashboard::completeCards(*cards, *goals, *limits, m_clock);
    return cards;
}

Result<QList<EngagementCard>> EngagementService::board() const {
    return cards(0);
}

Result<EngagementCard> EngagementService::card(qint64 id) const {
    if (id <= 0)
        return makeError(ErrorCode::NotFound, tr("There is no engagement with id %1.").arg(id));
    auto one = cards(id);
    if (!one)
        return one.error();
    if (one->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no engagement with id %1.").arg(id));
    return one->first();
}

Result<DashboardSummary> EngagementService::dashboard() const {
    auto limits = thresholds();
    if (!limits)
        return limits.error();
    const QDate today = m_clock.today();
    DashboardSummary summary;
    for (PipelineState state : allOf<PipelineState>()) {
        if (!isFinal(state))
            summary.countByState.insert(state, 0);
    }
    auto counts = m_readModels->countsByState();
    if (!counts)
        return counts.error();
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        summary.countByState[it.key()] = it.value();

    auto overdue = m_readModels->overdueActions(today);
    if (!overdue)
        return overdue.error();
    summary.overdueActions = *overdue;

    auto goals =
        m_readModels->goalsDueBetween(today, PipelineDashboard::dueSoonUntil(*limits, m_clock));
    if (!goals)
        return goals.error();
    summary.goalsDueSoon = PipelineDashboard::goalsDueSoon(*goals, *limits, m_clock);

    if (limits->staleAfterDays > 0) {
        auto idle =
            m_readModels->idleSince(PipelineDashboard::staleCandidatesBefore(*limits, m_clock));
        if (!idle)
            return idle.error();
        summary.staleEngagements = PipelineDashboard::staleEngagements(*idle, *limits, m_clock);
    }
    return summary;
}

} // namespace md
