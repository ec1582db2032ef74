#include "pipeline/SmartCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace md {

bool SmartReport::passes(SmartLetter letter) const {
    return issuesFor(letter).isEmpty();
}

QList<SmartLetter> SmartReport::failedLetters() const {
    QList<SmartLetter> letters;
    for (SmartLetter letter : allOf<SmartLetter>()) {
        if (!passes(letter))
            letters.append(letter);
    }
    return letters;
}

QList<SmartIssue> SmartReport::issuesFor(SmartLetter letter) const {
    QList<SmartIssue> found;
    for (const SmartIssue& issue : issues) {
        if (issue.letter == letter)
            found.append(issue);
    }
    return found;
}

SmartReport SmartCheck::check(const SmartGoal& goal, const SmartContext& context) {
    SmartReport report;
    auto fail = [&report](SmartLetter letter, const char* key, const QString& message) {
        report.issues.append({letter, QString::fromLatin1(key), message});
    };

    // S — a few words at least: "leadership" alone is a topic, not a goal.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QString specific = goal.specific.simplified();
    if (specific.isEmpty())
        fail(SmartLetter::Specific, "specific.empty",
             tr("Say what exactly the mentee will achieve."));
    else if (specific.split(whitespace, Qt::SkipEmptyParts).size() < kMinSpecificWords)
        fail(SmartLetter::Specific, "specific.vague",
             tr("Describe the result in a full phrase (at least %1 words), not just a topic.")
                 .arg(kMinSpecificWords));

    // M — a metric with a unit, a baseline and a target that differs from it.
    if (goal.metric.trimmed().isEmpty())
        fail(SmartLetter::Measurable, "measurable.metric", tr("Name what will be measured."));
    if (goal.unit.trimmed().isEmpty())
        fail(SmartLetter::Measurable, "measurable.unit",
             tr("Give the unit of the measure (for example interviews, %, hours)."));
    if (!goal.baseline || !std::isfinite(*goal.baseline))
        fail(SmartLetter::Measurable, "measurable.baseline",
             tr("Enter where the mentee starts (the baseline)."));
    if (!goal.target || !std::isfinite(*goal.target))
        fail(SmartLetter::Measurable, "measurable.target",
             tr("Enter the value to reach (the target)."));
    if (goal.baseline && goal.target && *goal.baseline == *goal.target)
        fail(SmartLetter::Measurable, "measurable.no_change",
             tr("The target equals the baseline, so there is nothing to measure."));

    // A — the mentor's reason to believe it can be done.
    if (goal.attainable.trimmed().isEmpty())
        fail(SmartLetter::Attainable, "attainable.rationale",
             tr("Explain why the goal is realistic for the mentee."));

    // R — tied to at least one need that still exists.
    if (goal.needIds.isEmpty()) {
        fail(SmartLetter::Relevant, "relevant.no_need", tr("Link the goal to at least one need."));
    } else if (context.needIds) {
        for (qint64 id : goal.needIds) {
            if (!context.needIds->contains(id)) {
                fail(SmartLetter::Relevant, "relevant.unknown_need",
                     tr("The goal is linked to a need that no longer exists."));
                break;
            }
        }
    }

    // T — a due date after the start of the engagement.
    if (!goal.dueDate.isValid())
        fail(SmartLetter::TimeBound, "time_bound.no_due_date", tr("Set a due date."));
    else if (context.engagementStart.isValid() && goal.dueDate <= context.engagementStart)
        fail(SmartLetter::TimeBound, "time_bound.before_start",
             tr("The due date must come after the engagement's start (%1).")
                 .arg(context.engagementStart.toString(Qt::ISODate)));

    return report;
}

} // namespace md
