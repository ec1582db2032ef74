#pragma once

#include "common/Clock.h"
#include "pipeline/GoalProgress.h"
#include "pipeline/PipelineKeys.h"
#include "pipeline/PipelineWarnings.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace md {

// What a board card shows of one engagement: whose it is, where it stands,
// and the warnings of today (PipelineWarnings), derived in core so the board,
// the dashboard and the CLI agree. A read model: only these fields are read.
struct EngagementCard {
    qint64 engagementId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString title;
    PipelineState state = PipelineState::ProfileAgreement;
    QDateTime stageEnteredUtc;
    QDateTime lastActivityUtc; // the creation time when nothing happened since
    int overdueActions = 0;
    int goalsDueSoon = 0;
    bool stale = false; // by the workspace's practice rule
};

// What the dashboard shows, read by a few queries shaped for it: how many
// open engagements are in each state, and what needs attention today.
struct DashboardSummary {
    struct EngagementRef {
        qint64 engagementId = 0;
        QString clientName;
        QString title;
        PipelineState state = PipelineState::ProfileAgreement;
    };
    struct OverdueAction {
        EngagementRef engagement;
        qint64 actionId = 0;
        QString description;
        QDate dueDate;
        int daysOverdue = 0;
    };
    struct GoalDueSoon {
        EngagementRef engagement;
        qint64 goalId = 0;
        QString title; // SmartGoal::title()
        QDate dueDate;
        std::optional<double> percent; // nothing without baseline and target
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

// The rows the read-model queries return (core/storage/PipelineReadModelRepository),
// before the rules of PipelineWarnings and GoalProgress are applied to them.
struct PipelineRows {
    // An active goal whose due date lies in the window asked for, with its
    // latest progress entry and its evaluation's final value (each nothing
    // when there is none); GoalProgress::later picks between the two.
    struct Goal {
        DashboardSummary::EngagementRef engagement;
        qint64 goalId = 0;
        QString specific;
        std::optional<double> baseline;
        std::optional<double> target;
        std::optional<GoalMeasurement> latestEntry;
        std::optional<GoalMeasurement> evaluated;
        QDate dueDate;
        bool active = true;
    };
    // An open engagement with when it last saw activity.
    struct Activity {
        DashboardSummary::EngagementRef engagement;
        QDateTime lastActivityUtc; // the creation time when nothing happened since
    };
};

// The rules applied to the read-model rows. Pure: EngagementService reads,
// this decides (the same PipelineWarnings and GoalProgress rules as the
// engagement page uses on whole records).
class PipelineDashboard final {
public:
    // Fills in the cards' due-soon counts and stale flags from the goals of
    // their engagements (`goals`, any order) and the thresholds.
    static void completeCards(QList<EngagementCard>& cards, const QList<PipelineRows::Goal>& goals,
                              const WarningThresholds& thresholds, const Clock& clock);
    // The goals of `goals` that are due soon, soonest first (stable).
    static QList<DashboardSummary::GoalDueSoon> goalsDueSoon(const QList<PipelineRows::Goal>& goals,
                                                             const WarningThresholds& thresholds,
                                                             const Clock& clock);
    // The engagements of `candidates` that are stale, longest idle first (stable).
    static QList<DashboardSummary::StaleEngagement>
    staleEngagements(const QList<PipelineRows::Activity>& candidates,
                     const WarningThresholds& thresholds, const Clock& clock);
    // The latest activity that can still be stale: the read model asks only
    // for engagements idle since then (a day of margin; the rule decides).
    static QDateTime staleCandidatesBefore(const WarningThresholds& thresholds, const Clock& clock);
    // The last due date a goal due soon can have (today + dueSoonDays).
    static QDate dueSoonUntil(const WarningThresholds& thresholds, const Clock& clock);

private:
    static std::optional<DashboardSummary::GoalDueSoon> dueSoon(const PipelineRows::Goal& goal,
                                                                const WarningThresholds& thresholds,
                                                                const Clock& clock);
};

} // namespace md
