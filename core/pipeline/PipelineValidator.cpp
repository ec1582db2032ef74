#include "pipeline/PipelineValidator.h"

#include "billing/InvoiceMath.h"

#include <QCoreApplication>

#include <cmath>

namespace md {

namespace {

void requireText(QList<FieldError>& errors, const char* field, const QString& text,
                 const QString& message) {
    if (text.trimmed().isEmpty())
        errors.append({QString::fromLatin1(field), message});
}

void limitText(QList<FieldError>& errors, const char* field, const QString& text) {
    if (text.size() > PipelineValidator::kMaxTextLength)
        errors.append({QString::fromLatin1(field),
                       PipelineValidator::tr("This text is too long (at most %1 characters).")
                           .arg(PipelineValidator::kMaxTextLength)});
}

void requireFinite(QList<FieldError>& errors, const char* field,
                   const std::optional<double>& value) {
    if (value && !std::isfinite(*value))
        errors.append({QString::fromLatin1(field), PipelineValidator::tr("Enter a number.")});
}

} // namespace

QList<FieldError> PipelineValidator::validate(const Engagement& engagement) {
    QList<FieldError> errors;
    if (engagement.clientId <= 0)
        errors.append({QStringLiteral("clientId"), tr("Choose the client of this engagement.")});
    requireText(errors, "title", engagement.title, tr("Give the engagement a title."));
    if (engagement.title.trimmed().size() > kMaxTitleLength)
        errors.append({QStringLiteral("title"),
                       tr("The title is too long (at most %1 characters).").arg(kMaxTitleLength)});
    if (!engagement.startDate.isValid())
        errors.append({QStringLiteral("startDate"), tr("Enter the start date.")});
    if (engagement.plannedSessions < 0 || engagement.plannedSessions > kMaxPlannedSessions)
        errors.append({QStringLiteral("plannedSessions"),
                       tr("The planned number of sessions must be between 0 and %1.")
                           .arg(kMaxPlannedSessions)});
    if (engagement.status == EngagementStatus::ClosedEarly &&
        engagement.outcome.trimmed().isEmpty())
        errors.append({QStringLiteral("outcome"), tr("Say why the engagement closed early.")});
    limitText(errors, "profileNotes", engagement.profileNotes);
    limitText(errors, "feeNote", engagement.feeNote);
    if (engagement.sessionFeeMinor < 0 ||
        engagement.sessionFeeMinor > InvoiceMath::kMaxUnitPriceMinor)
        errors.append({QStringLiteral("sessionFee"),
                       tr("The fee per session cannot be negative or larger than an invoice "
                          "line's price.")});
    limitText(errors, "outcome", engagement.outcome);
    return errors;
}

QList<FieldError> PipelineValidator::validate(const Need& need) {
    QList<FieldError> errors;
    requireText(errors, "description", need.description, tr("Describe the need."));
    limitText(errors, "description", need.description);
    return errors;
}

QList<FieldError> PipelineValidator::validate(const SmartGoal& goal) {
    QList<FieldError> errors;
    requireText(errors, "specific", goal.specific, tr("Say what the goal is."));
    limitText(errors, "specific", goal.specific);
    limitText(errors, "attainable", goal.attainable);
    requireFinite(errors, "baseline", goal.baseline);
    requireFinite(errors, "target", goal.target);
    return errors;
}

QList<FieldError> PipelineValidator::validate(const ProgressEntry& entry) {
    QList<FieldError> errors;
    if (entry.goalId <= 0)
        errors.append({QStringLiteral("goalId"), tr("Choose the goal this value belongs to.")});
    if (!entry.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the measurement.")});
    requireFinite(errors, "value", entry.value);
    limitText(errors, "comment", entry.comment);
    return errors;
}

QList<FieldError> PipelineValidator::validate(const Action& action) {
    QList<FieldError> errors;
    if (action.goalId <= 0)
        errors.append({QStringLiteral("goalId"), tr("Choose the goal this action serves.")});
    requireText(errors, "description", action.description, tr("Describe the action."));
    limitText(errors, "description", action.description);
    return errors;
}

QList<FieldError> PipelineValidator::validate(const Evaluation& evaluation) {
    QList<FieldError> errors;
    if (evaluation.goalId <= 0)
        errors.append({QStringLiteral("goalId"), tr("Choose the goal being evaluated.")});
    requireFinite(errors, "finalValue", evaluation.finalValue);
    if (evaluation.menteeRating && (*evaluation.menteeRating < 1 || *evaluation.menteeRating > 5))
        errors.append({QStringLiteral("menteeRating"), tr("The mentee's rating is from 1 to 5.")});
    limitText(errors, "mentorAssessment", evaluation.mentorAssessment);
    limitText(errors, "menteeComments", evaluation.menteeComments);
    limitText(errors, "adjustments", evaluation.adjustments);
    return errors;
}

} // namespace md
