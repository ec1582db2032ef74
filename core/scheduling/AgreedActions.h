#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace md {

class EngagementService;

// The "agreed actions" of a session summary turned into actions of a goal in
// the engagement's action plan: one action per line ("- ", "* " and "• "
// bullets are dropped).
class AgreedActions final {
public:
    struct Outcome {
        int added = 0;
        QStringList skipped; // already in the goal (or twice in the text)
        QStringList failed;  // "description: reason", translated
    };

    static QStringList parse(const QString& agreedActions);

    // Adds the lines the goal does not have yet, compared without regard to
    // case and spacing, so pressing the button twice adds nothing twice.
    // An error only when the goal's actions cannot be read.
    static Result<Outcome> addToGoal(EngagementService& engagements, qint64 goalId,
                                     const QString& agreedActions);
};

} // namespace md
