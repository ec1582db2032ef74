#pragma once

#include "common/Result.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/Evaluation.h"
#include "pipeline/Need.h"
#include "pipeline/SmartCheck.h"
#include "pipeline/SmartGoal.h"
#include "pipeline/StageGate.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace md {

// A goal with what is derived from it: its SMART report, its progress.
struct GoalDetails {
    SmartGoal goal;
    SmartReport smart;
    QList<ProgressEntry> progress;
    // From the latest of the entries and the evaluation's final value
    // (GoalProgress); nothing without baseline and target.
    std::optional<double> percent;
    QList<Action> actions;
    std::optional<Evaluation> evaluation;

    // Reached or passed the target (the goal is then never "due soon").
    bool reached() const { return percent && *percent >= 100.0; }
};

// Everything about one engagement, read in one go (the CLI's "show", the
// engagement page, the gate facts).
struct EngagementDetails {
    Engagement engagement;
    QList<StageChange> timeline;
    QList<Need> needs;
    QList<GoalDetails> goals;

    const GoalDetails* goal(qint64 id) const;
};

// What a move attempt did. When a gate blocks the move, `status` is Refused,
// `gate` lists exactly what is missing and nothing was written.
struct MoveResult {
    Status status;
    GateResult gate;                      // passed() for ungated moves
    std::optional<Engagement> engagement; // after the move
    std::optional<StageChange> change;    // the timeline entry written

    bool ok() const { return status.ok(); }
    bool blockedByGate() const { return !status.ok() && !gate.passed(); }
};

} // namespace md
