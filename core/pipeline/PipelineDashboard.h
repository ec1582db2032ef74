#pragma once

#include "common/Clock.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/EngagementDetails.h"
#include "pipeline/PipelineWarnings.h"
#include "pipeline/SmartGoal.h"

#include <QList>
#include <QMap>

#include <optional>

namespace md {

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

// The read models of the open engagements (the dashboard's summary and the
// board's cards), derived from their details by the rules of
// PipelineWarnings. Pure: EngagementService reads, this counts.
class PipelineDashboard final {
public:
    struct Source {
        EngagementDetails details;
        QString clientName;
    };

    static EngagementCard cardOf(const EngagementDetails& details, const QString& clientName,
                                 const WarningThresholds& thresholds, const Clock& clock);
    // `open` holds the engagements still on the board (active or maintenance).
    static DashboardSummary summarise(const QList<Source>& open,
                                      const WarningThresholds& thresholds, const Clock& clock);
};

} // namespace md
