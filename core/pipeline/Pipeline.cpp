#include "pipeline/Pipeline.h"

#include "pipeline/EngagementService.h"
#include "storage/ActionRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"
#include "workspace/Workspace.h"

namespace md {

Pipeline::Pipeline(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_engagements(std::make_unique<EngagementRepository>(database, clock))
    , m_needs(std::make_unique<NeedRepository>(database, clock))
    , m_goals(std::make_unique<GoalRepository>(database, clock))
    , m_actions(std::make_unique<ActionRepository>(database, clock))
    , m_evaluations(std::make_unique<EvaluationRepository>(database, clock))
    , m_service(std::make_unique<EngagementService>(*m_engagements, *m_needs, *m_goals, *m_actions,
                                                    *m_evaluations, clock)) {}

Pipeline::~Pipeline() = default;

Pipeline& Pipeline::of(Workspace& workspace) {
    return workspace.pipeline();
}

} // namespace md
