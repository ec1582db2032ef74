#include "pipeline/TransitionTable.h"

namespace md {

namespace {
using S = PipelineState;
using K = MoveKind;
} // namespace

const QList<TransitionRule>& TransitionTable::rules() {
    static const QList<TransitionRule> table = {
        // Forward, one stage at a time, each through the gate of the stage left.
        {S::ProfileAgreement, S::Needs, K::Forward, Stage::ProfileAgreement},
        {S::Needs, S::Goals, K::Forward, Stage::Needs},
        {S::Goals, S::ActionPlan, K::Forward, Stage::Goals},
        {S::ActionPlan, S::Evaluation, K::Forward, Stage::ActionPlan},
        // Ending stage 5. Maintenance keeps the engagement on the board with
        // periodic check-ins; it can still be completed later.
        {S::Evaluation, S::Completed, K::Finish, Stage::Evaluation},
        {S::Evaluation, S::Maintenance, K::Finish, Stage::Evaluation},
        {S::Maintenance, S::Completed, K::Finish, Stage::Evaluation},
        // Back where rework makes sense: the agreement or profile needs
        // another look; needs turn out wrong while writing goals; goals are
        // rewritten while planning; an evaluation asks for adjusted actions or
        // goals; a check-in during maintenance calls for a new review.
        {S::Needs, S::ProfileAgreement, K::Back, std::nullopt},
        {S::Goals, S::Needs, K::Back, std::nullopt},
        {S::ActionPlan, S::Goals, K::Back, std::nullopt},
        {S::Evaluation, S::ActionPlan, K::Back, std::nullopt},
        {S::Evaluation, S::Goals, K::Back, std::nullopt},
        {S::Maintenance, S::Evaluation, K::Back, std::nullopt},
        // Closing early is possible from anywhere that is not final yet.
        {S::ProfileAgreement, S::ClosedEarly, K::Close, std::nullopt},
        {S::Needs, S::ClosedEarly, K::Close, std::nullopt},
        {S::Goals, S::ClosedEarly, K::Close, std::nullopt},
        {S::ActionPlan, S::ClosedEarly, K::Close, std::nullopt},
        {S::Evaluation, S::ClosedEarly, K::Close, std::nullopt},
        {S::Maintenance, S::ClosedEarly, K::Close, std::nullopt},
    };
    return table;
}

std::optional<TransitionRule> TransitionTable::find(PipelineState from, PipelineState to) {
    for (const TransitionRule& rule : rules()) {
        if (rule.from == from && rule.to == to)
            return rule;
    }
    return std::nullopt;
}

QList<PipelineState> TransitionTable::targetsFrom(PipelineState from) {
    QList<PipelineState> targets;
    for (const TransitionRule& rule : rules()) {
        if (rule.from == from)
            targets.append(rule.to);
    }
    return targets;
}

std::optional<TransitionRule> TransitionTable::advanceFrom(PipelineState from) {
    for (const TransitionRule& rule : rules()) {
        if (rule.from == from && (rule.kind == MoveKind::Forward ||
                                  (rule.kind == MoveKind::Finish && rule.to == S::Completed)))
            return rule;
    }
    return std::nullopt;
}

std::optional<TransitionRule> TransitionTable::backFrom(PipelineState from) {
    for (const TransitionRule& rule : rules()) {
        if (rule.from == from && rule.kind == MoveKind::Back)
            return rule;
    }
    return std::nullopt;
}

} // namespace md
