#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/EngagementDetails.h"
#include "pipeline/Evaluation.h"
#include "pipeline/Need.h"
#include "pipeline/PipelineDashboard.h"
#include "pipeline/PipelineWarnings.h"
#include "pipeline/SmartCheck.h"
#include "pipeline/SmartGoal.h"
#include "pipeline/StageGate.h"
#include "pipeline/TransitionTable.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace md {

class ActionRepository;
class Database;
class EngagementRepository;
class EvaluationRepository;
class GoalRepository;
class NeedRepository;
class PipelineReadModelRepository;
class SettingsService;

// The engagement pipeline: the only way the UI and the CLI read or change
// engagements, their timelines, needs, goals with their progress, actions and
// evaluations. It enforces the pipeline's rules: the transition table decides
// which moves exist, the stage gates what each forward move needs (stage 1
// always includes the signed agreement, agreements/AgreementGate).
//
// Every write is one unit of work (Database::transaction) and notes what it
// changed: RecordKind::Engagement, Need, Goal, GoalProgress, Action or
// Evaluation with the record's id. A write to a need, goal, progress entry,
// action or evaluation also notes Engagement/Updated for its engagement, so
// the board and the timeline follow; a progress entry or an evaluation also
// notes Goal/Updated for its goal (the goal's row shows them), and deleting
// a need notes Goal/Updated for the goals that lose their link to it.
// Reads never write.
class EngagementService final {
    Q_DECLARE_TR_FUNCTIONS(md::EngagementService)
public:
    // `settings` supplies the practice rules (the stale threshold); it must
    // outlive this service (the workspace makes it first).
    EngagementService(Database& database, const Clock& clock, SettingsService& settings);
    ~EngagementService();
    EngagementService(const EngagementService&) = delete;
    EngagementService& operator=(const EngagementService&) = delete;

    const Clock& clock() const { return m_clock; }

    // --- Engagements ---------------------------------------------------
    Result<Engagement> engagement(qint64 id) const;
    // Newest start first.
    Result<QList<Engagement>> engagements(const EngagementFilter& filter = {}) const;
    Result<QList<StageChange>> timeline(qint64 engagementId) const;
    Result<EngagementDetails> details(qint64 id) const;
    // A new engagement in "profile & agreement" with the first entry of its
    // timeline (`reason`, e.g. why it started). Stage, status and times of
    // `engagement` are ignored.
    Result<Engagement> addEngagement(const Engagement& engagement, const QString& reason = {});
    // Saves the editable fields; the client, stage and status stay.
    Result<Engagement> updateEngagement(const Engagement& engagement);
    // Deletes the engagement with its timeline and all its work (refused by
    // the database while signed agreements or invoices refer to it).
    Status removeEngagement(qint64 id);

    // --- Needs (stage 2) -----------------------------------------------
    Result<QList<Need>> needs(qint64 engagementId) const; // by priority, then oldest
    Result<Need> need(qint64 id) const;
    Result<Need> addNeed(const Need& need);
    Result<Need> updateNeed(const Need& need); // the engagement cannot change
    // Goals linked to the need stay and lose the link.
    Status removeNeed(qint64 id);

    // --- Goals and their progress (stage 3) ------------------------------
    Result<QList<SmartGoal>> goals(qint64 engagementId) const; // oldest first
    Result<SmartGoal> goal(qint64 id) const;
    // The goal with its SMART report (in its engagement's context), progress,
    // actions and evaluation: one row of the goals list.
    Result<GoalDetails> goalDetails(qint64 id) const;
    // Linked needs must belong to the goal's engagement (InvalidInput).
    Result<SmartGoal> addGoal(const SmartGoal& goal);
    Result<SmartGoal> updateGoal(const SmartGoal& goal); // the engagement cannot change
    // Deletes the goal with its progress, actions and evaluation.
    Status removeGoal(qint64 id);
    Result<QList<ProgressEntry>> progress(qint64 goalId) const; // by date
    Result<ProgressEntry> addProgress(const ProgressEntry& entry);
    Status removeProgress(qint64 entryId);

    // --- Actions (stage 4) ---------------------------------------------
    // By goal, then due date (actions without a date last).
    Result<QList<Action>> actions(qint64 engagementId) const;
    Result<QList<Action>> actionsForGoal(qint64 goalId) const;
    Result<Action> action(qint64 id) const;
    Result<Action> addAction(const Action& action);
    Result<Action> updateAction(const Action& action); // the goal cannot change
    Status setActionStatus(qint64 id, ActionStatus status);
    Status removeAction(qint64 id);

    // --- Evaluations (stage 5) -----------------------------------------
    // The goal's evaluation, or nothing when it has none yet.
    Result<std::optional<Evaluation>> evaluation(qint64 goalId) const;
    Result<QList<Evaluation>> evaluations(qint64 engagementId) const;
    // Inserts the goal's evaluation or replaces the one it has.
    Result<Evaluation> saveEvaluation(const Evaluation& evaluation);
    Status removeEvaluation(qint64 goalId);

    // --- Gates and moves -----------------------------------------------
    // What the gates look at, including whether a signed agreement with
    // confidentiality terms is on record.
    Result<EngagementFacts> facts(qint64 id) const;
    // Whether a signed agreement with confidentiality terms is on record for
    // the engagement (what stage 1's gate asks).
    Result<bool> hasSignedAgreement(qint64 id) const;
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
    // their gates, back moves freely, closing early with a reason. The state
    // and the timeline entry are written as one unit.
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

    // --- What the board and the dashboard show -----------------------------
    // The thresholds of the warnings: the stale one is the workspace's
    // practice rule (SettingsService::practiceRules).
    Result<WarningThresholds> thresholds() const;
    // These are read models: a few queries shaped for the view (two for the
    // board, four for the dashboard), whatever the number of engagements,
    // goals and actions; no whole record is loaded.
    // A card per engagement on the board (active or maintenance).
    Result<QList<EngagementCard>> board() const;
    // One engagement's card, whatever its state (the board drops final ones):
    // the board's query for that engagement alone.
    Result<EngagementCard> card(qint64 id) const;
    // Counts per state and what needs attention today, over the open
    // engagements.
    Result<DashboardSummary> dashboard() const;

private:
    Result<GoalDetails> goalDetailsIn(const SmartGoal& goal, const SmartContext& context) const;
    Result<QList<EngagementCard>> cards(qint64 onlyId) const;

    Database& m_database;
    const Clock& m_clock;
    SettingsService& m_settings;
    std::unique_ptr<EngagementRepository> m_engagements;
    std::unique_ptr<NeedRepository> m_needs;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<ActionRepository> m_actions;
    std::unique_ptr<EvaluationRepository> m_evaluations;
    std::unique_ptr<PipelineReadModelRepository> m_readModels;
};

} // namespace md
