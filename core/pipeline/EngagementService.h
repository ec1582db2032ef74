#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/Evaluation.h"
#include "pipeline/Need.h"
#include "pipeline/SmartCheck.h"
#include "pipeline/SmartGoal.h"
#include "pipeline/StageGate.h"
#include "pipeline/TransitionTable.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace md {

class EngagementRepository;
class NeedRepository;
class GoalRepository;
class ActionRepository;
class EvaluationRepository;

// A goal with what is derived from it: its SMART report, its progress.
struct GoalDetails {
    SmartGoal goal;
    SmartReport smart;
    QList<ProgressEntry> progress;
    std::optional<double> percent; // nothing without baseline and target
    QList<Action> actions;
    std::optional<Evaluation> evaluation;
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

// Moves engagements through the pipeline: the transition table decides which
// moves exist, the stage gates what each forward move needs. Every move is
// one transaction (state and timeline together). UI, CLI and tests all go
// through here, so the same rules hold everywhere.
class EngagementService final : public QObject {
    Q_OBJECT
public:
    // Answers "is a signed agreement with confidentiality terms on record for
    // this engagement?"; nothing = unknown. Installed by the agreements
    // feature (issue 4) together with GatePolicy::requireSignedAgreement.
    using AgreementFact = std::function<std::optional<bool>(qint64 engagementId)>;

    EngagementService(EngagementRepository& engagements, NeedRepository& needs,
                      GoalRepository& goals, ActionRepository& actions,
                      EvaluationRepository& evaluations, const Clock& clock,
                      QObject* parent = nullptr);

    void setGatePolicy(const GatePolicy& policy) { m_policy = policy; }
    GatePolicy gatePolicy() const { return m_policy; }
    void setAgreementFact(AgreementFact fact) { m_agreementFact = std::move(fact); }

    Result<EngagementDetails> details(qint64 id) const;
    Result<EngagementFacts> facts(qint64 id) const;
    static EngagementFacts factsOf(const EngagementDetails& details);
    static SmartContext smartContextOf(const EngagementDetails& details);

    // The gate of leaving the engagement's current stage (what advance checks).
    Result<GateResult> checkAdvance(qint64 id) const;
    // The gate a move to `target` would have to pass; passed() for ungated
    // moves; Refused when the move is not in the transition table.
    Result<GateResult> checkMove(qint64 id, PipelineState target) const;

    // One step forward (or to "completed" out of evaluation and maintenance).
    // A non-empty `overrideReason` moves even though the gate fails; the
    // reason and the override flag go into the timeline. An empty override
    // reason is refused with InvalidInput.
    MoveResult advance(qint64 id, const std::optional<QString>& overrideReason = std::nullopt);

    struct MoveOptions {
        QString reason;                 // why; required for closing early and for overrides
        bool override = false;          // move although the gate fails (needs `reason`)
        std::optional<QString> outcome; // replaces the engagement's outcome text
    };
    // Any move of the transition table: forward and finish moves through
    // their gates, back moves freely, closing early with a reason.
    MoveResult moveTo(qint64 id, PipelineState target, const MoveOptions& options);
    MoveResult moveTo(qint64 id, PipelineState target) { return moveTo(id, target, MoveOptions{}); }

    // Ends the engagement: completed or maintenance (through the evaluation
    // gate) or closed early (`note` is then the required reason). `note` is
    // kept as the engagement's outcome.
    MoveResult end(qint64 id, EngagementStatus endState, const QString& note,
                   const std::optional<QString>& overrideReason = std::nullopt);

    // "New needs": a new engagement for the same client, linked to `id`, which
    // must have reached evaluation or an end state. Cadence, format, planned
    // sessions and fee note are carried over. An empty title is derived.
    Result<Engagement> startFollowUp(qint64 id, const QString& title = {});

private:
    const Clock& m_clock;
    EngagementRepository& m_engagements;
    NeedRepository& m_needs;
    GoalRepository& m_goals;
    ActionRepository& m_actions;
    EvaluationRepository& m_evaluations;
    GatePolicy m_policy;
    AgreementFact m_agreementFact;
};

} // namespace md
