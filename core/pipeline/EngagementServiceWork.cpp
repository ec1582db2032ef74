// EngagementService: the work of the stages (needs, goals and their progress,
// actions, evaluations). Each write is one unit of work that notes the record
// and Engagement/Updated for its engagement (see EngagementService.h).

#include "pipeline/EngagementService.h"

#include "pipeline/EngagementServiceUnit.h"
#include "pipeline/GoalProgress.h"
#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QSet>

namespace md {

using engagementunit::run;

// --- Needs -----------------------------------------------------------------

Result<QList<Need>> EngagementService::needs(qint64 engagementId) const {
    return m_needs->list(engagementId);
}

Result<Need> EngagementService::need(qint64 id) const {
    return m_needs->get(id);
}

Result<Need> EngagementService::addNeed(const Need& need) {
    return run<Need>(m_database, [&]() -> Result<Need> {
        Result<Need> added = m_needs->add(need);
        if (added) {
            m_database.noteChange(RecordKind::Need, ChangeOp::Added, added->id);
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, added->engagementId);
        }
        return added;
    });
}

Result<Need> EngagementService::updateNeed(const Need& need) {
    return run<Need>(m_database, [&]() -> Result<Need> {
        Result<Need> saved = m_needs->update(need);
        if (saved) {
            m_database.noteChange(RecordKind::Need, ChangeOp::Updated, saved->id);
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, saved->engagementId);
        }
        return saved;
    });
}

Status EngagementService::removeNeed(qint64 id) {
    return m_database.transaction([&]() -> Status {
        Result<Need> existing = m_needs->get(id);
        if (!existing)
            return existing.error();
        // The links go with the need (ON DELETE CASCADE): those goals change.
        Result<QList<qint64>> linked = m_goals->goalsLinkedTo(id);
        if (!linked)
            return linked.error();
        if (Status removed = m_needs->remove(id); !removed)
            return removed;
        m_database.noteChange(RecordKind::Need, ChangeOp::Removed, id);
        for (qint64 goalId : std::as_const(*linked))
            m_database.noteChange(RecordKind::Goal, ChangeOp::Updated, goalId);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, existing->engagementId);
        return {};
    });
}

// --- Goals -----------------------------------------------------------------

Result<QList<SmartGoal>> EngagementService::goals(qint64 engagementId) const {
    return m_goals->list(engagementId);
}

Result<SmartGoal> EngagementService::goal(qint64 id) const {
    return m_goals->get(id);
}

Result<GoalDetails> EngagementService::goalDetailsIn(const SmartGoal& goal,
                                                     const SmartContext& context) const {
    GoalDetails details;
    details.goal = goal;
    details.smart = SmartCheck::check(goal, context);
    auto progress = m_goals->progress(goal.id);
    if (!progress)
        return progress.error();
    details.progress = progress.value();
    auto actions = m_actions->listForGoal(goal.id);
    if (!actions)
        return actions.error();
    details.actions = actions.value();
    auto evaluation = m_evaluations->forGoal(goal.id);
    if (!evaluation)
        return evaluation.error();
    details.evaluation = evaluation.value();
    details.percent = GoalProgress::percentOf(goal, details.progress, details.evaluation);
    return details;
}

Result<GoalDetails> EngagementService::goalDetails(qint64 id) const {
    auto goal = m_goals->get(id);
    if (!goal)
        return goal.error();
    auto engagement = m_engagements->get(goal->engagementId);
    if (!engagement)
        return engagement.error();
    auto needs = m_needs->list(goal->engagementId);
    if (!needs)
        return needs.error();
    EngagementDetails scope;
    scope.engagement = engagement.value();
    scope.needs = needs.value();
    return goalDetailsIn(goal.value(), smartContextOf(scope));
}

Result<SmartGoal> EngagementService::addGoal(const SmartGoal& goal) {
    return run<SmartGoal>(m_database, [&]() -> Result<SmartGoal> {
        Result<SmartGoal> added = m_goals->add(goal);
        if (added) {
            m_database.noteChange(RecordKind::Goal, ChangeOp::Added, added->id);
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, added->engagementId);
        }
        return added;
    });
}

Result<SmartGoal> EngagementService::updateGoal(const SmartGoal& goal) {
    return run<SmartGoal>(m_database, [&]() -> Result<SmartGoal> {
        Result<SmartGoal> saved = m_goals->update(goal);
        if (saved) {
            m_database.noteChange(RecordKind::Goal, ChangeOp::Updated, saved->id);
            m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, saved->engagementId);
        }
        return saved;
    });
}

Status EngagementService::removeGoal(qint64 id) {
    return m_database.transaction([&]() -> Status {
        Result<SmartGoal> existing = m_goals->get(id);
        if (!existing)
            return existing.error();
        // Its actions and evaluation go with it (ON DELETE CASCADE).
        Result<QList<Action>> actions = m_actions->listForGoal(id);
        if (!actions)
            return actions.error();
        Result<std::optional<Evaluation>> evaluation = m_evaluations->forGoal(id);
        if (!evaluation)
            return evaluation.error();
        if (Status removed = m_goals->remove(id); !removed)
            return removed;
        m_database.noteChange(RecordKind::Goal, ChangeOp::Removed, id);
        for (const Action& action : std::as_const(*actions))
            m_database.noteChange(RecordKind::Action, ChangeOp::Removed, action.id);
        if (evaluation->has_value())
            m_database.noteChange(RecordKind::Evaluation, ChangeOp::Removed, (*evaluation)->id);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, existing->engagementId);
        return {};
    });
}

// --- Progress --------------------------------------------------------------

Result<QList<ProgressEntry>> EngagementService::progress(qint64 goalId) const {
    return m_goals->progress(goalId);
}

Result<ProgressEntry> EngagementService::addProgress(const ProgressEntry& entry) {
    return run<ProgressEntry>(m_database, [&]() -> Result<ProgressEntry> {
        Result<ProgressEntry> added = m_goals->addProgress(entry);
        if (!added)
            return added;
        Result<qint64> engagementId = m_goals->engagementOf(added->goalId);
        if (!engagementId)
            return engagementId.error();
        m_database.noteChange(RecordKind::GoalProgress, ChangeOp::Added, added->id);
        m_database.noteChange(RecordKind::Goal, ChangeOp::Updated, added->goalId);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return added;
    });
}

Status EngagementService::removeProgress(qint64 entryId) {
    return m_database.transaction([&]() -> Status {
        Result<qint64> goalId = m_goals->goalOfProgress(entryId);
        if (!goalId)
            return goalId.error();
        Result<qint64> engagementId = m_goals->engagementOf(*goalId);
        if (!engagementId)
            return engagementId.error();
        if (Status removed = m_goals->removeProgress(entryId); !removed)
            return removed;
        m_database.noteChange(RecordKind::GoalProgress, ChangeOp::Removed, entryId);
        m_database.noteChange(RecordKind::Goal, ChangeOp::Updated, *goalId);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return {};
    });
}

// --- Actions ---------------------------------------------------------------

Result<QList<Action>> EngagementService::actions(qint64 engagementId) const {
    return m_actions->listForEngagement(engagementId);
}

Result<QList<Action>> EngagementService::actionsForGoal(qint64 goalId) const {
    return m_actions->listForGoal(goalId);
}

Result<Action> EngagementService::action(qint64 id) const {
    return m_actions->get(id);
}

Result<Action> EngagementService::addAction(const Action& action) {
    return run<Action>(m_database, [&]() -> Result<Action> {
        Result<Action> added = m_actions->add(action);
        if (!added)
            return added;
        Result<qint64> engagementId = m_goals->engagementOf(added->goalId);
        if (!engagementId)
            return engagementId.error();
        m_database.noteChange(RecordKind::Action, ChangeOp::Added, added->id);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return added;
    });
}

Result<Action> EngagementService::updateAction(const Action& action) {
    return run<Action>(m_database, [&]() -> Result<Action> {
        Result<Action> saved = m_actions->update(action);
        if (!saved)
            return saved;
        Result<qint64> engagementId = m_goals->engagementOf(saved->goalId);
        if (!engagementId)
            return engagementId.error();
        m_database.noteChange(RecordKind::Action, ChangeOp::Updated, saved->id);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return saved;
    });
}

Status EngagementService::setActionStatus(qint64 id, ActionStatus status) {
    return m_database.transaction([&]() -> Status {
        Result<Action> action = m_actions->get(id);
        if (!action)
            return action.error();
        action->status = status;
        Result<Action> saved = updateAction(action.value());
        return saved ? Status() : Status(saved.error());
    });
}

Status EngagementService::removeAction(qint64 id) {
    return m_database.transaction([&]() -> Status {
        Result<Action> existing = m_actions->get(id);
        if (!existing)
            return existing.error();
        Result<qint64> engagementId = m_goals->engagementOf(existing->goalId);
        if (!engagementId)
            return engagementId.error();
        if (Status removed = m_actions->remove(id); !removed)
            return removed;
        m_database.noteChange(RecordKind::Action, ChangeOp::Removed, id);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return {};
    });
}

// --- Evaluations -----------------------------------------------------------

Result<std::optional<Evaluation>> EngagementService::evaluation(qint64 goalId) const {
    return m_evaluations->forGoal(goalId);
}

Result<QList<Evaluation>> EngagementService::evaluations(qint64 engagementId) const {
    return m_evaluations->listForEngagement(engagementId);
}

Result<Evaluation> EngagementService::saveEvaluation(const Evaluation& evaluation) {
    return run<Evaluation>(m_database, [&]() -> Result<Evaluation> {
        Result<std::optional<Evaluation>> existing = m_evaluations->forGoal(evaluation.goalId);
        if (!existing)
            return existing.error();
        Result<Evaluation> saved = m_evaluations->save(evaluation);
        if (!saved)
            return saved;
        Result<qint64> engagementId = m_goals->engagementOf(saved->goalId);
        if (!engagementId)
            return engagementId.error();
        m_database.noteChange(RecordKind::Evaluation,
                              existing->has_value() ? ChangeOp::Updated : ChangeOp::Added,
                              saved->id);
        m_database.noteChange(RecordKind::Goal, ChangeOp::Updated, saved->goalId);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return saved;
    });
}

Status EngagementService::removeEvaluation(qint64 goalId) {
    return m_database.transaction([&]() -> Status {
        Result<std::optional<Evaluation>> existing = m_evaluations->forGoal(goalId);
        if (!existing)
            return existing.error();
        Result<qint64> engagementId = m_goals->engagementOf(goalId);
        if (!engagementId)
            return engagementId.error();
        if (Status removed = m_evaluations->removeForGoal(goalId); !removed)
            return removed;
        if (existing->has_value())
            m_database.noteChange(RecordKind::Evaluation, ChangeOp::Removed, (*existing)->id);
        m_database.noteChange(RecordKind::Goal, ChangeOp::Updated, goalId);
        m_database.noteChange(RecordKind::Engagement, ChangeOp::Updated, *engagementId);
        return {};
    });
}

} // namespace md
