#include "pipeline/StageGate.h"

#include <QCoreApplication>

namespace md {

namespace {

QString lettersText(const QList<SmartLetter>& letters) {
    QStringList parts;
    for (SmartLetter letter : letters)
        parts.append(labelOf(letter));
    return parts.join(QStringLiteral(", "));
}

void add(QList<MissingItem>& missing, const char* key, const QString& message, Stage tab,
         const char* field, qint64 itemId = 0) {
    missing.append(
        {QString::fromLatin1(key), message, FillTarget{tab, QString::fromLatin1(field), itemId}});
}

} // namespace

QString GateResult::summary() const {
    QStringList messages;
    for (const MissingItem& item : missing)
        messages.append(item.message);
    return messages.join(QLatin1Char(' '));
}

QString GateRule::requirementText() const {
    return QCoreApplication::translate("md::StageGate", requirement);
}

const QList<GateRule>& StageGate::rules() {
    static const QList<GateRule> table = {
        {Stage::ProfileAgreement, "profile_agreement.profile_notes",
         QT_TRANSLATE_NOOP("md::StageGate", "Profile-study notes are written."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             if (!facts.hasProfileNotes)
                 add(missing, "profile_agreement.profile_notes",
                     tr("Write your profile-study notes on the mentee."), Stage::ProfileAgreement,
                     "profileNotes");
         }},
        {Stage::ProfileAgreement, "profile_agreement.signed_agreement",
         QT_TRANSLATE_NOOP("md::StageGate",
                           "A signed agreement with confidentiality terms is on record."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             if (!facts.hasSignedConfidentialAgreement)
                 add(missing, "profile_agreement.signed_agreement",
                     tr("Have the mentee sign an agreement with confidentiality terms."),
                     Stage::ProfileAgreement, "agreement");
         }},
        {Stage::Needs, "needs.at_least_one_need",
         QT_TRANSLATE_NOOP("md::StageGate", "At least one need is recorded."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             if (facts.needCount < 1)
                 add(missing, "needs.at_least_one_need", tr("Record at least one need."),
                     Stage::Needs, "need");
         }},
        {Stage::Goals, "goals.smart_goal",
         QT_TRANSLATE_NOOP("md::StageGate", "At least one active goal passes the SMART check."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             QList<MissingItem> candidates;
             for (const GoalFacts& goal : facts.goals) {
                 if (!goal.active)
                     continue;
                 if (goal.passesSmart())
                     return;
                 add(candidates, "goals.smart_goal",
                     tr("Goal \"%1\" is not SMART yet (%2).")
                         .arg(goal.title, lettersText(goal.failedSmartLetters)),
                     Stage::Goals, "goal", goal.id);
             }
             if (candidates.isEmpty())
                 add(missing, "goals.smart_goal", tr("Write at least one SMART goal."),
                     Stage::Goals, "goal");
             else
                 missing.append(candidates);
         }},
        {Stage::ActionPlan, "action_plan.active_goal",
         QT_TRANSLATE_NOOP("md::StageGate", "At least one goal is active."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             for (const GoalFacts& goal : facts.goals) {
                 if (goal.active)
                     return;
             }
             add(missing, "action_plan.active_goal",
                 tr("No goal is active: reactivate a goal or write a new one."), Stage::Goals,
                 "goal");
         }},
        {Stage::ActionPlan, "action_plan.open_action_per_goal",
         QT_TRANSLATE_NOOP("md::StageGate",
                           "Every active goal has at least one action to do or in progress."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             for (const GoalFacts& goal : facts.goals) {
                 if (goal.active && goal.openActions < 1)
                     add(missing, "action_plan.open_action_per_goal",
                         tr("Plan an open action for goal \"%1\".").arg(goal.title),
                         Stage::ActionPlan, "action", goal.id);
             }
         }},
        {Stage::Evaluation, "evaluation.evaluation_per_goal",
         QT_TRANSLATE_NOOP("md::StageGate", "Every goal is evaluated."),
         [](const EngagementFacts& facts, QList<MissingItem>& missing) {
             for (const GoalFacts& goal : facts.goals) {
                 if (!goal.evaluated)
                     add(missing, "evaluation.evaluation_per_goal",
                         tr("Evaluate goal \"%1\".").arg(goal.title), Stage::Evaluation,
                         "evaluation", goal.id);
             }
         }},
    };
    return table;
}

QList<GateRule> StageGate::rulesFor(Stage stage) {
    QList<GateRule> selected;
    for (const GateRule& rule : rules()) {
        if (rule.stage == stage)
            selected.append(rule);
    }
    return selected;
}

GateResult StageGate::check(Stage leaving, const EngagementFacts& facts) {
    GateResult result;
    result.stage = leaving;
    for (const GateRule& rule : rulesFor(leaving)) {
        result.checkedRules.append(QString::fromLatin1(rule.key));
        rule.check(facts, result.missing);
    }
    return result;
}

} // namespace md
