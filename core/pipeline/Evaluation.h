#pragma once

#include "pipeline/PipelineKeys.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

// The review of one goal at the end of an engagement: what came of it, in the
// mentor's and in the mentee's words, and what to adjust next.
struct Evaluation {
    qint64 id = 0;
    qint64 goalId = 0;
    EvaluationOutcome outcome = EvaluationOutcome::Partly;
    std::optional<double> finalValue;
    QString mentorAssessment;
    std::optional<int> menteeRating; // 1..5
    QString menteeComments;
    QString adjustments;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

} // namespace md
