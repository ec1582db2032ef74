#pragma once

#include "pipeline/PipelineKeys.h"

#include <QList>

#include <optional>

namespace md {

// What kind of move a transition is; it decides what the move requires.
enum class MoveKind {
    Forward, // to the next stage: the gate of the stage being left must pass
    Back,    // to an earlier stage, to rework something: no gate
    Finish,  // out of evaluation into an end state: the evaluation gate must pass
    Close,   // closed early: no gate, but a written reason is required
};

struct TransitionRule {
    PipelineState from;
    PipelineState to;
    MoveKind kind;
    // The stage whose gate must pass for this move; nothing for ungated moves.
    std::optional<Stage> gate;
};

// The one table of allowed moves between pipeline states. Anything not listed
// is refused: no skipping a stage forward, nothing out of a final state.
class TransitionTable final {
public:
    static const QList<TransitionRule>& rules();
    static std::optional<TransitionRule> find(PipelineState from, PipelineState to);
    static bool isAllowed(PipelineState from, PipelineState to) {
        return find(from, to).has_value();
    }
    // Every state reachable in one move, in table order.
    static QList<PipelineState> targetsFrom(PipelineState from);
    // The move "advance" makes: the next stage, or "completed" out of
    // evaluation and maintenance; nothing from a final state.
    static std::optional<TransitionRule> advanceFrom(PipelineState from);
    // The move "back" makes (the board's and the engagement page's Back
    // button): the first back move of the table, i.e. one stage back (from
    // evaluation to the action plan); nothing where no back move exists.
    static std::optional<TransitionRule> backFrom(PipelineState from);
};

} // namespace md
