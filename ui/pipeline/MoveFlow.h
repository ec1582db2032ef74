#pragma once

#include "pipeline/PipelineKeys.h"
#include "pipeline/StageGate.h"

#include <QCoreApplication>

class QWidget;

namespace md {

class EngagementService;

// The one way the UI moves an engagement, used by the board's buttons, its
// drag and drop and the engagement page alike: it asks for what the move
// needs (a reason to go back or close early, an outcome note to finish), runs it
// through EngagementService and, when a gate blocks it, shows what is
// missing with a way to go and fill it in or to override with a reason.
class MoveFlow final {
    Q_DECLARE_TR_FUNCTIONS(md::MoveFlow)
public:
    enum class Outcome { Moved, Cancelled, Failed, GoFill };
    struct Result {
        Outcome outcome = Outcome::Cancelled;
        FillTarget target; // for GoFill
    };

    static Result moveTo(QWidget* parent, EngagementService& service, qint64 engagementId,
                         PipelineState target);
    static Result advance(QWidget* parent, EngagementService& service, qint64 engagementId);
    // One step back (TransitionTable::backFrom).
    static Result back(QWidget* parent, EngagementService& service, qint64 engagementId);
};

} // namespace md
