#include "pipeline/StageGate.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::Stage)
Q_DECLARE_METATYPE(md::EngagementFacts)

namespace {

GoalFacts goal(qint64 id, bool active, bool smart, int openActions, bool evaluated) {
    GoalFacts facts;
    facts.id = id;
    facts.title = QStringLiteral("Goal %1").arg(id);
    facts.active = active;
    if (!smart)
        facts.failedSmartLetters = {SmartLetter::Measurable, SmartLetter::TimeBound};
    facts.openActions = openActions;
    facts.evaluated = evaluated;
    return facts;
}

EngagementFacts facts(bool notes, int needs, QList<GoalFacts> goals = {},
                      bool signedAgreement = true) {
    EngagementFacts f;
    f.hasProfileNotes = notes;
    f.needCount = needs;
    f.goals = std::move(goals);
    f.hasSignedConfidentialAgreement = signedAgreement;
    return f;
}

} // namespace

class TestPipelineGates final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gates_data();
    void gates();
    void tableRows();
    void missingItemsPointToTheWork();
    void summaryJoinsMessages();
};

// Each row: the stage being left, the facts and the exact rule keys expected
// to be missing (in order); an empty list means the gate passes.
void TestPipelineGates::gates_data() {
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<EngagementFacts>("facts");
    QTest::addColumn<QStringList>("missing");
    const QString notes = QStringLiteral("profile_agreement.profile_notes");
    const QString agreement = QStringLiteral("profile_agreement.signed_agreement");
    const QString need = QStringLiteral("needs.at_least_one_need");
    const QString smart = QStringLiteral("goals.smart_goal");
    const QString activeGoal = QStringLiteral("action_plan.active_goal");
    const QString openAction = QStringLiteral("action_plan.open_action_per_goal");
    const QString evaluation = QStringLiteral("evaluation.evaluation_per_goal");

    // Stage 1: profile-study notes and, always, the signed agreement.
    QTest::newRow("1 notes and agreement: pass")
        << Stage::ProfileAgreement << facts(true, 0, {}, true) << QStringList{};
    QTest::newRow("1 notes: fail")
        << Stage::ProfileAgreement << facts(false, 0, {}, true) << QStringList{notes};
    QTest::newRow("1 agreement not signed: fail")
        << Stage::ProfileAgreement << facts(true, 0, {}, false) << QStringList{agreement};
    QTest::newRow("1 nothing known counts as missing")
        << Stage::ProfileAgreement << EngagementFacts{} << QStringList{notes, agreement};
    QTest::newRow("1 both missing")
        << Stage::ProfileAgreement << facts(false, 0, {}, false) << QStringList{notes, agreement};

    // Stage 2: at least one need.
    QTest::newRow("2 one need: pass") << Stage::Needs << facts(true, 1) << QStringList{};
    QTest::newRow("2 no need: fail") << Stage::Needs << facts(true, 0) << QStringList{need};

    // Stage 3: at least one active goal passing SMART.
    QTest::newRow("3 smart goal: pass")
        << Stage::Goals << facts(true, 1, {goal(1, true, true, 0, false)}) << QStringList{};
    QTest::newRow("3 one smart among drafts: pass")
        << Stage::Goals
        << facts(true, 1, {goal(1, true, false, 0, false), goal(2, true, true, 0, false)})
        << QStringList{};
    QTest::newRow("3 no goal: fail") << Stage::Goals << facts(true, 1) << QStringList{smart};
    QTest::newRow("3 only drafts: one item per draft")
        << Stage::Goals
        << facts(true, 1, {goal(1, true, false, 0, false), goal(2, true, false, 0, false)})
        << QStringList{smart, smart};
    QTest::newRow("3 smart but inactive: fail")
        << Stage::Goals << facts(true, 1, {goal(1, false, true, 0, false)}) << QStringList{smart};

    // Stage 4: an open action for every active goal, and some active goal.
    QTest::newRow("4 every active goal has an action: pass")
        << Stage::ActionPlan
        << facts(true, 1, {goal(1, true, true, 1, false), goal(2, true, true, 3, false)})
        << QStringList{};
    QTest::newRow("4 inactive goal needs no action: pass")
        << Stage::ActionPlan
        << facts(true, 1, {goal(1, true, true, 1, false), goal(2, false, true, 0, false)})
        << QStringList{};
    QTest::newRow("4 one goal without action: fail")
        << Stage::ActionPlan
        << facts(true, 1, {goal(1, true, true, 1, false), goal(2, true, true, 0, false)})
        << QStringList{openAction};
    QTest::newRow("4 no active goal: fail")
        << Stage::ActionPlan << facts(true, 1, {goal(1, false, true, 2, false)})
        << QStringList{activeGoal};
    QTest::newRow("4 no goal at all: fail")
        << Stage::ActionPlan << facts(true, 1) << QStringList{activeGoal};

    // Stage 5 (ending): an evaluation of every goal, active or not.
    QTest::newRow("5 all evaluated: pass")
        << Stage::Evaluation
        << facts(true, 1, {goal(1, true, true, 0, true), goal(2, false, true, 0, true)})
        << QStringList{};
    QTest::newRow("5 inactive goal not evaluated: fail")
        << Stage::Evaluation
        << facts(true, 1, {goal(1, true, true, 0, true), goal(2, false, true, 0, false)})
        << QStringList{evaluation};
    QTest::newRow("5 none evaluated: one item per goal")
        << Stage::Evaluation
        << facts(true, 1, {goal(1, true, true, 0, false), goal(2, true, true, 0, false)})
        << QStringList{evaluation, evaluation};
}

void TestPipelineGates::gates() {
    QFETCH(Stage, stage);
    QFETCH(EngagementFacts, facts);
    QFETCH(QStringList, missing);
    const GateResult result = StageGate::check(stage, facts);
    QStringList keys;
    for (const MissingItem& item : result.missing) {
        keys.append(item.key);
        QVERIFY(!item.message.isEmpty());
    }
    QCOMPARE(keys, missing);
    QCOMPARE(result.passed(), missing.isEmpty());
    QCOMPARE(result.stage, stage);
    for (const QString& key : missing)
        QVERIFY(result.checkedRules.contains(key));
}

// The table itself: one row per requirement of the issue, each with a key
// under its stage's prefix and a readable description; stage 1 has two rules,
// the agreement always among them.
void TestPipelineGates::tableRows() {
    QStringList keys;
    for (const GateRule& rule : StageGate::rules()) {
        keys.append(QString::fromLatin1(rule.key));
        QVERIFY(keys.last().startsWith(keyOf(rule.stage) + QLatin1Char('.')));
        QVERIFY(!rule.requirementText().isEmpty());
    }
    QCOMPARE(keys,
             (QStringList{"profile_agreement.profile_notes", "profile_agreement.signed_agreement",
                          "needs.at_least_one_need", "goals.smart_goal", "action_plan.active_goal",
                          "action_plan.open_action_per_goal", "evaluation.evaluation_per_goal"}));
    QCOMPARE(StageGate::rulesFor(Stage::ProfileAgreement).size(), 2);
    QCOMPARE(QString::fromLatin1(StageGate::rulesFor(Stage::ProfileAgreement).last().key),
             QStringLiteral("profile_agreement.signed_agreement"));
}

void TestPipelineGates::missingItemsPointToTheWork() {
    const auto noNotes = StageGate::check(Stage::ProfileAgreement, facts(false, 0));
    QCOMPARE(noNotes.missing.first().target.tab, Stage::ProfileAgreement);
    QCOMPARE(noNotes.missing.first().target.field, QStringLiteral("profileNotes"));

    const auto noAction =
        StageGate::check(Stage::ActionPlan, facts(true, 1, {goal(7, true, true, 0, false)}));
    QCOMPARE(noAction.missing.first().target.tab, Stage::ActionPlan);
    QCOMPARE(noAction.missing.first().target.field, QStringLiteral("action"));
    QCOMPARE(noAction.missing.first().target.itemId, qint64(7));
    QVERIFY(noAction.missing.first().message.contains(QStringLiteral("Goal 7")));

    const auto draft =
        StageGate::check(Stage::Goals, facts(true, 1, {goal(3, true, false, 0, false)}));
    QCOMPARE(draft.missing.first().target.itemId, qint64(3));
    // The message names the failing letters.
    QVERIFY(draft.missing.first().message.contains(labelOf(SmartLetter::Measurable)));
    QVERIFY(draft.missing.first().message.contains(labelOf(SmartLetter::TimeBound)));

    const auto unevaluated =
        StageGate::check(Stage::Evaluation, facts(true, 1, {goal(4, true, true, 0, false)}));
    QCOMPARE(unevaluated.missing.first().target.tab, Stage::Evaluation);
    QCOMPARE(unevaluated.missing.first().target.itemId, qint64(4));
}

void TestPipelineGates::summaryJoinsMessages() {
    const auto result = StageGate::check(Stage::ProfileAgreement, facts(false, 0, {}, false));
    QCOMPARE(result.missing.size(), 2);
    QVERIFY(result.summary().contains(result.missing[0].message));
    QVERIFY(result.summary().contains(result.missing[1].message));
}

QTEST_GUILESS_MAIN(TestPipelineGates)
#include "tst_pipelinegates.moc"
