#include "pipeline/StageGate.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::Stage)
Q_DECLARE_METATYPE(md::EngagementFacts)
Q_DECLARE_METATYPE(md::GatePolicy)

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
                      std::optional<bool> signedAgreement = std::nullopt) {
    EngagementFacts f;
    f.hasProfileNotes = notes;
    f.needCount = needs;
    f.goals = std::move(goals);
    f.hasSignedConfidentialAgreement = signedAgreement;
    return f;
}

GatePolicy withAgreement(bool required) {
    GatePolicy policy;
    policy.requireSignedAgreement = required;
    return policy;
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

// Each row: the stage being left, the facts, the policy, and the exact rule
// keys expected to be missing (in order); an empty list means the gate passes.
void TestPipelineGates::gates_data() {
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<EngagementFacts>("facts");
    QTest::addColumn<GatePolicy>("policy");
    QTest::addColumn<QStringList>("missing");
    const GatePolicy standard;
    const QString notes = QStringLiteral("profile_agreement.profile_notes");
    const QString agreement = QStringLiteral("profile_agreement.signed_agreement");
    const QString need = QStringLiteral("needs.at_least_one_need");
    const QString smart = QStringLiteral("goals.smart_goal");
    const QString activeGoal = QStringLiteral("action_plan.active_goal");
    const QString openAction = QStringLiteral("action_plan.open_action_per_goal");
    const QString evaluation = QStringLiteral("evaluation.evaluation_per_goal");

    // Stage 1: profile-study notes; the agreement only when the policy asks.
    QTest::newRow("1 notes: pass")
        << Stage::ProfileAgreement << facts(true, 0) << standard << QStringList{};
    QTest::newRow("1 notes: fail")
        << Stage::ProfileAgreement << facts(false, 0) << standard << QStringList{notes};
    QTest::newRow("1 agreement off: unknown is fine")
        << Stage::ProfileAgreement << facts(true, 0, {}, std::nullopt) << standard << QStringList{};
    QTest::newRow("1 agreement on: signed") << Stage::ProfileAgreement << facts(true, 0, {}, true)
                                            << withAgreement(true) << QStringList{};
    QTest::newRow("1 agreement on: not signed")
        << Stage::ProfileAgreement << facts(true, 0, {}, false) << withAgreement(true)
        << QStringList{agreement};
    QTest::newRow("1 agreement on: unknown counts as missing")
        << Stage::ProfileAgreement << facts(true, 0, {}, std::nullopt) << withAgreement(true)
        << QStringList{agreement};
    QTest::newRow("1 both missing") << Stage::ProfileAgreement << facts(false, 0, {}, false)
                                    << withAgreement(true) << QStringList{notes, agreement};

    // Stage 2: at least one need.
    QTest::newRow("2 one need: pass")
        << Stage::Needs << facts(true, 1) << standard << QStringList{};
    QTest::newRow("2 no need: fail")
        << Stage::Needs << facts(true, 0) << standard << QStringList{need};

    // Stage 3: at least one active goal passing SMART.
    QTest::newRow("3 smart goal: pass")
        << Stage::Goals << facts(true, 1, {goal(1, true, true, 0, false)}) << standard
        << QStringList{};
    QTest::newRow("3 one smart among drafts: pass")
        << Stage::Goals
        << facts(true, 1, {goal(1, true, false, 0, false), goal(2, true, true, 0, false)})
        << standard << QStringList{};
    QTest::newRow("3 no goal: fail")
        << Stage::Goals << facts(true, 1) << standard << QStringList{smart};
    QTest::newRow("3 only drafts: one item per draft")
        << Stage::Goals
        << facts(true, 1, {goal(1, true, false, 0, false), goal(2, true, false, 0, false)})
        << standard << QStringList{smart, smart};
    QTest::newRow("3 smart but inactive: fail")
        << Stage::Goals << facts(true, 1, {goal(1, false, true, 0, false)}) << standard
        << QStringList{smart};

    // Stage 4: an open action for every active goal, and some active goal.
    QTest::newRow("4 every active goal has an action: pass")
        << Stage::ActionPlan
        << facts(true, 1, {goal(1, true, true, 1, false), goal(2, true, true, 3, false)})
        << standard << QStringList{};
    QTest::newRow("4 inactive goal needs no action: pass")
        << Stage::ActionPlan
        << facts(true, 1, {goal(1, true, true, 1, false), goal(2, false, true, 0, false)})
        << standard << QStringList{};
    QTest::newRow("4 one goal without action: fail")
        << Stage::ActionPlan
        << facts(true, 1, {goal(1, true, true, 1, false), goal(2, true, true, 0, false)})
        << standard << QStringList{openAction};
    QTest::newRow("4 no active goal: fail")
        << Stage::ActionPlan << facts(true, 1, {goal(1, false, true, 2, false)}) << standard
        << QStringList{activeGoal};
    QTest::newRow("4 no goal at all: fail")
        << Stage::ActionPlan << facts(true, 1) << standard << QStringList{activeGoal};

    // Stage 5 (ending): an evaluation of every goal, active or not.
    QTest::newRow("5 all evaluated: pass")
        << Stage::Evaluation
        << facts(true, 1, {goal(1, true, true, 0, true), goal(2, false, true, 0, true)}) << standard
        << QStringList{};
    QTest::newRow("5 inactive goal not evaluated: fail")
        << Stage::Evaluation
        << facts(true, 1, {goal(1, true, true, 0, true), goal(2, false, true, 0, false)})
        << standard << QStringList{evaluation};
    QTest::newRow("5 none evaluated: one item per goal")
        << Stage::Evaluation
        << facts(true, 1, {goal(1, true, true, 0, false), goal(2, true, true, 0, false)})
        << standard << QStringList{evaluation, evaluation};
}

void TestPipelineGates::gates() {
    QFETCH(Stage, stage);
    QFETCH(EngagementFacts, facts);
    QFETCH(GatePolicy, policy);
    QFETCH(QStringList, missing);
    const GateResult result = StageGate::check(stage, facts, policy);
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
// under its stage's prefix and a readable description; the agreement rule is
// present but switched off by default.
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
    QCOMPARE(StageGate::rulesFor(Stage::ProfileAgreement).size(), 1);
    QCOMPARE(StageGate::rulesFor(Stage::ProfileAgreement, withAgreement(true)).size(), 2);
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
    const auto result =
        StageGate::check(Stage::ProfileAgreement, facts(false, 0, {}, false), withAgreement(true));
    QCOMPARE(result.missing.size(), 2);
    QVERIFY(result.summary().contains(result.missing[0].message));
    QVERIFY(result.summary().contains(result.missing[1].message));
}

QTEST_GUILESS_MAIN(TestPipelineGates)
#include "tst_pipelinegates.moc"
