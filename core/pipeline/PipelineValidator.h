#pragma once

#include "domain/ClientValidator.h" // FieldError
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/Evaluation.h"
#include "pipeline/Need.h"
#include "pipeline/SmartGoal.h"

#include <QCoreApplication>
#include <QList>

namespace md {

// What must hold before a pipeline record is stored. These are the minimum
// for a record to make sense; the SMART check and the gates are separate and
// do not block saving (a goal may be saved as a draft).
class PipelineValidator final {
    Q_DECLARE_TR_FUNCTIONS(md::PipelineValidator)
public:
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxTextLength = 20000;
    static constexpr int kMaxPlannedSessions = 500;

    static QList<FieldError> validate(const Engagement& engagement);
    static QList<FieldError> validate(const Need& need);
    static QList<FieldError> validate(const SmartGoal& goal);
    static QList<FieldError> validate(const ProgressEntry& entry);
    static QList<FieldError> validate(const Action& action);
    static QList<FieldError> validate(const Evaluation& evaluation);
};

} // namespace md
