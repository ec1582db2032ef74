// EngagementService: what the board and the dashboard show (read models).

#include "pipeline/EngagementService.h"

#include "settings/SettingsService.h"
#include "storage/EngagementRepository.h"

namespace md {

Result<WarningThresholds> EngagementService::thresholds() const {
    Result<PracticeRules> rules = m_settings.practiceRules();
    if (!rules)
        return rules.error();
    WarningThresholds thresholds;
    thresholds.staleAfterDays = rules->staleEngagementDays;
    return thresholds;
}

Result<QList<PipelineDashboard::Source>> EngagementService::openSources() const {
    EngagementFilter filter;
    filter.includeFinal = false;
    auto open = m_engagements->listNamed(filter);
    if (!open)
        return open.error();
    QList<PipelineDashboard::Source> sources;
    for (const EngagementRepository::Named& named : std::as_const(*open)) {
        auto loaded = details(named.engagement.id);
        if (!loaded)
            return loaded.error();
        sources.append({loaded.value(), named.clientName});
    }
    return sources;
}

Result<QList<EngagementCard>> EngagementService::board() const {
    auto limits = thresholds();
    if (!limits)
        return limits.error();
    auto sources = openSources();
    if (!sources)
        return sources.error();
    QList<EngagementCard> cards;
    for (const PipelineDashboard::Source& source : std::as_const(*sources))
        cards.append(
            PipelineDashboard::cardOf(source.details, source.clientName, *limits, m_clock));
    return cards;
}

Result<EngagementCard> EngagementService::card(qint64 id) const {
    auto limits = thresholds();
    if (!limits)
        return limits.error();
    auto named = m_engagements->getNamed(id);
    if (!named)
        return named.error();
    auto loaded = details(id);
    if (!loaded)
        return loaded.error();
    return PipelineDashboard::cardOf(*loaded, named->clientName, *limits, m_clock);
}

Result<DashboardSummary> EngagementService::dashboard() const {
    auto limits = thresholds();
    if (!limits)
        return limits.error();
    auto sources = openSources();
    if (!sources)
        return sources.error();
    return PipelineDashboard::summarise(*sources, *limits, m_clock);
}

} // namespace md
