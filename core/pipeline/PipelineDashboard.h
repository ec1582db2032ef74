#pragma once

#include "common/Result.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/PipelineWarnings.h"
#include "pipeline/SmartGoal.h"

#include <QList>
#include <QMap>

#include <optional>

namespace md {

class ClientService;
class Pipeline;

// What the dashboard shows, computed in one pass over the open engagements:
// how many are in each state, and what needs attention today.
struct DashboardSummary {
    struct EngagementRef {
        qint64 engagementId = 0;
        QString clientName;
        QString title;
        PipelineState state = PipelineState::ProfileAgreement;
    };
    struct OverdueAction {
        EngagementRef engagement;
        Action action;
        int daysOverdue = 0;
    };
    struct GoalDueSoon {
        EngagementRef engagement;
        SmartGoal goal;
        std::optional<double> percent;
        int daysLeft = 0;
    };
    struct StaleEngagement {
        EngagementRef engagement;
        int daysSinceActivity = 0;
    };

    QMap<PipelineState, int> countByState;   // active stages and maintenance
    QList<OverdueAction> overdueActions;     // most overdue first
    QList<GoalDueSoon> goalsDueSoon;         // soonest first
    QList<StaleEngagement> staleEngagements; // longest idle first
};

class PipelineDashboard final {
public:
    // Time-dependent parts use the pipeline's clock.
    static Result<DashboardSummary> compute(Pipeline& pipeline, ClientService& clients,
                                            const WarningThresholds& thresholds = {});
};

} // namespace md
