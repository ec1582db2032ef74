// EngagementService: engagements, their timelines, the gates and the moves.
// The work of the stages is in EngagementServiceWork.cpp, the board and the
// dashboard in EngagementServiceBoard.cpp.

#include "pipeline/EngagementService.h"

#include "agreements/AgreementGate.h"
#include "pipeline/EngagementServiceUnit.h"
#include "pipeline/GoalProgress.h"
#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"
#include "storage/PipelineReadModelRepository.h"

#include <QSet>

namespace md {

namespace {

MoveResult failure(Error error, GateResult gate = {}) {
    MoveResult result;
    result.status = std::move(error);
    result.gate = std::move(gate);
    return result;
}

} // namespace

const GoalDetails* EngagementDetails::goal(qint64 id) const {
    for (const GoalDetails& details : goals) {
        if (details.goal.id == id)
            return &details;
    }
    return nullptr;
}

EngagementService::EngagementService(Database& database, const Clock& clock,
                                     SettingsService& settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_engagements(std::make_unique<EngagementRepository>(database, clock))
    , m_needs(std::make_unique<NeedRepository>(database, clock))
    , m_goals(std::make_unique<GoalRepository>(database, clock))
    , m_actions(std::make_unique<ActionRepository>(database, clock))
    , m_evaluations(std::make_unique<EvaluationRepository>(database, clock))
    , m_readModels(std::make_unique<PipelineReadModelRepository>(database)) {}

EngagementService::~EngagementService() = default;

// --- Engagements -----------------------------------------------------------

Result<Engagement> EngagementService::engagement(qint64 id) const {
    return m_engagements->get(id);
}

Result<QList<Engagement>> EngagementService::engagements(const EngagementFilter& filter) const {
    return m_engagements->list(filter);
}

Result<QList<StageChange>> EngagementService::timeline(qint64 engagementId) const {
    return m_engagements->timeline(engagementId);
}

Result<Engagement> EngagementService::addEngagement(const Engagement& engagement,
                                                    const QString& reason) {
    return engagementunit::run<Engagement>(m_database, [&]() -> Result<Engagement> {
        Result<Engagement> added = m_engagements->add(engagement, reason);
        if (added)
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Added, added->id);
        return added;
    });
}

Result<Engagement> EngagementService::updateEngagement(const Engagement& engagement) {
    return engagementunit::run<Engagement>(m_database, [&]() -> Result<Engagement> {
        Result<Engagement> saved = m_engagements->update(engagement);
        if (saved)
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, saved->id);
        return saved;
    });
}

Status EngagementService::removeEngagement(qint64 id) {
    return m_database.transaction([&]() -> Status {
        if (Status removed = m_engagements->remove(id); !removed)
            return removed;
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Removed, id);
        return {};
    });
}

SmartContext EngagementService::smartContextOf(const EngagementDetails& details) {
    SmartContext context;
    context.engagementStart = details.engagement.startDate;
    QSet<qint64> needIds;
    for (const Need& need : details.needs)
        needIds.insert(need.id);
    context.needIds = needIds;
    return context;
}

Result<EngagementDetails> EngagementService::details(qint64 id) const {
    EngagementDetails details;
    auto engagement = m_engagements->get(id);
    if (!engagement)
        return engagement.error();
    details.engagement = engagement.value();
    auto timeline = m_engagements->timeline(id);
    if (!timeline)
        return timeline.error();
    details.timeline = timeline.value();
    auto needs = m_needs->list(id);
    if (!needs)
        return needs.error();
    details.needs = needs.value();
    auto goals = m_goals->list(id);
    if (!goals)
        return goals.error();
    auto actions = m_actions->listForEngagement(id);
    if (!actions)
        return actions.error();
    auto evaluations = m_evaluations->listForEngagement(id);
    if (!evaluations)
        return evaluations.error();

    const SmartContext context = smartContextOf(details);
    for (const SmartGoal& goal : goals.value()) {
        GoalDetails goalDetails;
        goalDetails.goal = goal;
        goalDetails.smart = SmartCheck::check(goal, context);
        auto progress = m_goals->progress(goal.id);
        if (!progress)
            return progress.error();
        goalDetails.progress = progress.value();
        for (const Action& action : actions.value()) {
            if (action.goalId == goal.id)
                goalDetails.actions.append(action);
        }
        for (const Evaluation& evaluation : evaluations.value()) {
            if (evaluation.goalId == goal.id)
                goalDetails.evaluation = evaluation;
        }
        goalDetails.percent =
            GoalProgress::percentOf(goal, goalDetails.progress, goalDetails.evaluation);
        details.goals.append(goalDetails);
    }
    return details;
}

// --- Gates -----------------------------------------------------------------

Result<bool> EngagementService::hasSignedAgreement(qint64 id) const {
    return engagementHasSignedConfidentialityAgreement(m_database, m_clock, id);
}

Result<EngagementFacts> EngagementService::facts(qint64 id) const {
    auto loaded = details(id);
    if (!loaded)
        return loaded.error();
    // A failed check is an error, never "not signed": the mentor must see
    // that the workspace could not be read.
    auto signedAgreement = hasSignedAgreement(id);
    if (!signedAgreement)
        return signedAgreement.error();
    EngagementFacts facts;
    facts.hasProfileNotes = !loaded->engagement.profileNotes.trimmed().isEmpty();
    facts.hasSignedConfidentialAgreement = *signedAgreement;
    facts.needCount = int(loaded->needs.size());
    for (const GoalDetails& goal : loaded->goals) {
        GoalFacts goalFacts;
        goalFacts.id = goal.goal.id;
        goalFacts.title = goal.goal.title();
        goalFacts.active = goal.goal.active;
        goalFacts.failedSmartLetters = goal.smart.failedLetters();
        for (const Action& action : goal.actions)
            goalFacts.openActions += action.isOpen() ? 1 : 0;
        goalFacts.evaluated = goal.evaluation.has_value();
        facts.goals.append(goalFacts);
    }
    return facts;
}

Result<GateResult> EngagementService::checkMove(qint64 id, PipelineState target) const {
    auto engagement = m_engagements->get(id);
    if (!engagement)
        return engagement.error();
    const PipelineState from = engagement->state();
    const auto rule = TransitionTable::find(from, target);
    if (!rule)
        return makeError(ErrorCode::Refused, tr("An engagement cannot move from \"%1\" to \"%2\".")
                                                 .arg(labelOf(from), labelOf(target)));
    GateResult gate;
    if (!rule->gate) {
        gate.stage = engagement->stage;
        return gate;
    }
    auto facts = this->facts(id);
    if (!facts)
        return facts.error();
    return StageGate::check(*rule->gate, facts.value());
}

Result<GateResult> EngagementService::checkAdvance(qint64 id) const {
    auto engagement = m_engagements->get(id);
    if (!engagement)
        return engagement.error();
    const auto rule = TransitionTable::advanceFrom(engagement->state());
    if (!rule)
        return makeError(ErrorCode::Refused, tr("The engagement has ended (%1); it cannot advance.")
                                                 .arg(labelOf(engagement->state())));
    return checkMove(id, rule->to);
}

// --- Moves -----------------------------------------------------------------

MoveResult EngagementService::advance(qint64 id, const std::optional<QString>& overrideReason) {
    auto engagement = m_engagements->get(id);
    if (!engagement)
        return failure(engagement.error());
    const auto rule = TransitionTable::advanceFrom(engagement->state());
    if (!rule)
        return failure(
            makeError(ErrorCode::Refused, tr("The engagement has ended (%1); it cannot advance.")
                                              .arg(labelOf(engagement->state()))));
    MoveOptions options;
    if (overrideReason) {
        options.override = true;
        options.reason = *overrideReason;
    }
    return moveTo(id, rule->to, options);
}

MoveResult EngagementService::moveTo(qint64 id, PipelineState target, const MoveOptions& options) {
    const QString reason = options.reason.trimmed();
    if (options.override && reason.isEmpty())
        return failure(makeError(ErrorCode::InvalidInput,
                                 tr("An override needs a written reason; it is kept in the "
                                    "timeline.")));
    MoveResult result;
    // The gate is checked inside the unit of work, so the facts it passed on
    // are the ones the move is written against.
    result.status = m_database.transaction([&]() -> Status {
        auto engagement = m_engagements->get(id);
        if (!engagement)
            return engagement.error();
        const PipelineState from = engagement->state();
        const auto rule = TransitionTable::find(from, target);
        if (!rule)
            return makeError(ErrorCode::Refused,
                             tr("An engagement cannot move from \"%1\" to \"%2\".")
                                 .arg(labelOf(from), labelOf(target)));
        if (rule->kind == MoveKind::Close && reason.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Say why the engagement closes early."));

        result.gate.stage = engagement->stage;
        if (rule->gate) {
            auto facts = this->facts(id);
            if (!facts)
                return facts.error();
            result.gate = StageGate::check(*rule->gate, facts.value());
        }
        const bool overriding = !result.gate.passed();
        if (overriding && !options.override)
            return makeError(
                ErrorCode::Refused,
                tr("\"%1\" is not finished: %2").arg(labelOf(*rule->gate), result.gate.summary()));

        StageChange change;
        change.engagementId = id;
        change.from = from;
        change.to = target;
        change.reason = reason;
        change.overridden = overriding; // an unneeded override is an ordinary move
        std::optional<QString> outcome = options.outcome;
        if (rule->kind == MoveKind::Close && !outcome)
            outcome = reason;
        auto moved = m_engagements->applyChange(change, outcome);
        if (!moved)
            return moved.error();
        auto timeline = m_engagements->timeline(id);
        if (!timeline)
            return timeline.error();
        result.engagement = moved.value();
        if (!timeline->isEmpty())
            result.change = timeline->last();
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, id);
        return {};
    });
    if (!result.status) {
        result.engagement.reset();
        result.change.reset();
    }
    return result;
}

MoveResult EngagementService::end(qint64 id, EngagementStatus endState, const QString& note,
                                  const std::optional<QString>& overrideReason) {
    if (endState == EngagementStatus::Active)
        return failure(makeError(ErrorCode::InvalidInput,
                                 tr("Choose how the engagement ends: completed, maintenance or "
                                    "closed early.")));
    const PipelineState target = pipelineStateOf(Stage::Evaluation, endState);
    MoveOptions options;
    options.outcome = note.trimmed();
    if (endState == EngagementStatus::ClosedEarly) {
        options.reason = note;
    } else if (overrideReason) {
        options.override = true;
        options.reason = *overrideReason;
    } else {
        options.reason = note;
    }
    return moveTo(id, target, options);
}

Result<Engagement> EngagementService::startFollowUp(qint64 id, const QString& title) {
    return engagementunit::run<Engagement>(m_database, [&]() -> Result<Engagement> {
        auto earlier = m_engagements->get(id);
        if (!earlier)
            return earlier.error();
        const PipelineState state = earlier->state();
        if (state != PipelineState::Evaluation && stageOf(state).has_value())
            return makeError(ErrorCode::Refused,
                             tr("A follow-up starts once the engagement has reached its "
                                "evaluation; \"%1\" is still in \"%2\".")
                                 .arg(earlier->title, labelOf(state)));
        Engagement next;
        next.clientId = earlier->clientId;
        next.title =
            title.trimmed().isEmpty() ? tr("%1 (follow-up)").arg(earlier->title) : title.trimmed();
        next.startDate = m_clock.today();
        next.plannedSessions = earlier->plannedSessions;
        next.cadence = earlier->cadence;
        next.format = earlier->format;
        next.feeNote = earlier->feeNote;
        next.sessionFeeMinor = earlier->sessionFeeMinor;
        next.previousEngagementId = earlier->id;
        Result<Engagement> added =
            m_engagements->add(next, tr("New needs after \"%1\".").arg(earlier->title));
        if (added)
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Added, added->id);
        return added;
    });
}

} // namespace md
