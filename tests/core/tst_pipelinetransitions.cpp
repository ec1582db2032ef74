#include "pipeline/TransitionTable.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::PipelineState)
Q_DECLARE_METATYPE(md::MoveKind)

namespace {
using S = PipelineState;

// The expected moves, written out independently of TransitionTable::rules().
struct Expected {
    S from;
    S to;
    MoveKind kind;
    std::optional<Stage> gate;
};

const QList<Expected> kAllowed = {
    {S::ProfileAgreement, S::Needs, MoveKind::Forward, Stage::ProfileAgreement},
    {S::Needs, S::Goals, MoveKind::Forward, Stage::Needs},
    {S::Goals, S::ActionPlan, MoveKind::Forward, Stage::Goals},
    {S::ActionPlan, S::Evaluation, MoveKind::Forward, Stage::ActionPlan},
    {S::Evaluation, S::Completed, MoveKind::Finish, Stage::Evaluation},
    {S::Evaluation, S::Maintenance, MoveKind::Finish, Stage::Evaluation},
    {S::Maintenance, S::Completed, MoveKind::Finish, Stage::Evaluation},
    {S::Needs, S::ProfileAgreement, MoveKind::Back, std::nullopt},
    {S::Goals, S::Needs, MoveKind::Back, std::nullopt},
    {S::ActionPlan, S::Goals, MoveKind::Back, std::nullopt},
    {S::Evaluation, S::ActionPlan, MoveKind::Back, std::nullopt},
    {S::Evaluation, S::Goals, MoveKind::Back, std::nullopt},
    {S::Maintenance, S::Evaluation, MoveKind::Back, std::nullopt},
    {S::ProfileAgreement, S::ClosedEarly, MoveKind::Close, std::nullopt},
    {S::Needs, S::ClosedEarly, MoveKind::Close, std::nullopt},
    {S::Goals, S::ClosedEarly, MoveKind::Close, std::nullopt},
    {S::ActionPlan, S::ClosedEarly, MoveKind::Close, std::nullopt},
    {S::Evaluation, S::ClosedEarly, MoveKind::Close, std::nullopt},
    {S::Maintenance, S::ClosedEarly, MoveKind::Close, std::nullopt},
};

std::optional<Expected> expectedFor(S from, S to) {
    for (const Expected& e : kAllowed) {
        if (e.from == from && e.to == to)
            return e;
    }
    return std::nullopt;
}
} // namespace

class TestPipelineTransitions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPair_data();
    void everyPair();
    void tableHasNoDuplicates();
    void advanceTargets_data();
    void advanceTargets();
    void backTargets_data();
    void backTargets();
    void finalStatesHaveNoWayOut();
    void stateBridges();
};

// All 64 ordered pairs of states: each is either allowed with the expected
// kind and gate, or refused.
void TestPipelineTransitions::everyPair_data() {
    QTest::addColumn<PipelineState>("from");
    QTest::addColumn<PipelineState>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<MoveKind>("kind");
    QTest::addColumn<int>("gate"); // -1 = ungated, else int(Stage)
    for (PipelineState from : allOf<PipelineState>()) {
        for (PipelineState to : allOf<PipelineState>()) {
            const auto expected = expectedFor(from, to);
            const QByteArray name = (keyOf(from) + QStringLiteral(" -> ") + keyOf(to)).toUtf8();
            QTest::newRow(name.constData())
                << from << to << expected.has_value()
                << (expected ? expected->kind : MoveKind::Forward)
                << (expected && expected->gate ? int(*expected->gate) : -1);
        }
    }
}

void TestPipelineTransitions::everyPair() {
    QFETCH(PipelineState, from);
    QFETCH(PipelineState, to);
    QFETCH(bool, allowed);
    QFETCH(MoveKind, kind);
    QFETCH(int, gate);
    const auto rule = TransitionTable::find(from, to);
    QCOMPARE(rule.has_value(), allowed);
    QCOMPARE(TransitionTable::isAllowed(from, to), allowed);
    QCOMPARE(TransitionTable::targetsFrom(from).contains(to), allowed);
    if (!allowed)
        return;
    QCOMPARE(rule->kind, kind);
    QCOMPARE(rule->gate ? int(*rule->gate) : -1, gate);
}

void TestPipelineTransitions::tableHasNoDuplicates() {
    const auto& rules = TransitionTable::rules();
    QCOMPARE(rules.size(), kAllowed.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (qsizetype j = i + 1; j < rules.size(); ++j)
            QVERIFY(!(rules[i].from == rules[j].from && rules[i].to == rules[j].to));
    }
}

void TestPipelineTransitions::advanceTargets_data() {
    QTest::addColumn<PipelineState>("from");
    QTest::addColumn<bool>("canAdvance");
    QTest::addColumn<PipelineState>("to");
    QTest::newRow("profile -> needs") << S::ProfileAgreement << true << S::Needs;
    QTest::newRow("needs -> goals") << S::Needs << true << S::Goals;
    QTest::newRow("goals -> action plan") << S::Goals << true << S::ActionPlan;
    QTest::newRow("action plan -> evaluation") << S::ActionPlan << true << S::Evaluation;
    QTest::newRow("evaluation -> completed") << S::Evaluation << true << S::Completed;
    QTest::newRow("maintenance -> completed") << S::Maintenance << true << S::Completed;
    QTest::newRow("completed: none") << S::Completed << false << S::Completed;
    QTest::newRow("closed early: none") << S::ClosedEarly << false << S::ClosedEarly;
}

void TestPipelineTransitions::advanceTargets() {
    QFETCH(PipelineState, from);
    QFETCH(bool, canAdvance);
    QFETCH(PipelineState, to);
    const auto rule = TransitionTable::advanceFrom(from);
    QCOMPARE(rule.has_value(), canAdvance);
    if (canAdvance) {
        QCOMPARE(rule->to, to);
        QVERIFY(rule->gate.has_value()); // advancing always goes through a gate
    }
}

// The one "back" target the board and the engagement page both use.
void TestPipelineTransitions::backTargets_data() {
    QTest::addColumn<PipelineState>("from");
    QTest::addColumn<bool>("canGoBack");
    QTest::addColumn<PipelineState>("to");
    QTest::newRow("profile: none") << S::ProfileAgreement << false << S::ProfileAgreement;
    QTest::newRow("needs -> profile") << S::Needs << true << S::ProfileAgreement;
    QTest::newRow("goals -> needs") << S::Goals << true << S::Needs;
    QTest::newRow("action plan -> goals") << S::ActionPlan << true << S::Goals;
    QTest::newRow("evaluation -> action plan") << S::Evaluation << true << S::ActionPlan;
    QTest::newRow("maintenance -> evaluation") << S::Maintenance << true << S::Evaluation;
    QTest::newRow("completed: none") << S::Completed << false << S::Completed;
    QTest::newRow("closed early: none") << S::ClosedEarly << false << S::ClosedEarly;
}

void TestPipelineTransitions::backTargets() {
    QFETCH(PipelineState, from);
    QFETCH(bool, canGoBack);
    QFETCH(PipelineState, to);
    const auto rule = TransitionTable::backFrom(from);
    QCOMPARE(rule.has_value(), canGoBack);
    if (canGoBack) {
        QCOMPARE(rule->to, to);
        QCOMPARE(rule->kind, MoveKind::Back);
        QVERIFY(!rule->gate.has_value()); // going back needs no gate
        QVERIFY(TransitionTable::isAllowed(from, to));
    }
}

void TestPipelineTransitions::finalStatesHaveNoWayOut() {
    QVERIFY(TransitionTable::targetsFrom(S::Completed).isEmpty());
    QVERIFY(TransitionTable::targetsFrom(S::ClosedEarly).isEmpty());
    QVERIFY(isFinal(S::Completed));
    QVERIFY(isFinal(S::ClosedEarly));
    QVERIFY(!isFinal(S::Maintenance));
}

void TestPipelineTransitions::stateBridges() {
    for (Stage stage : allOf<Stage>()) {
        QCOMPARE(stageOf(pipelineStateOf(stage)), std::optional<Stage>(stage));
        QCOMPARE(statusOf(pipelineStateOf(stage)), EngagementStatus::Active);
        QCOMPARE(keyOf(pipelineStateOf(stage)), keyOf(stage));
    }
    QCOMPARE(pipelineStateOf(Stage::Goals, EngagementStatus::ClosedEarly), S::ClosedEarly);
    QCOMPARE(pipelineStateOf(Stage::Evaluation, EngagementStatus::Maintenance), S::Maintenance);
    QCOMPARE(stageOf(S::Completed), std::nullopt);
    QCOMPARE(statusOf(S::Maintenance), EngagementStatus::Maintenance);
    QCOMPARE(stageNumber(Stage::ProfileAgreement), 1);
    QCOMPARE(stageNumber(Stage::Evaluation), 5);
    QCOMPARE(nextStage(Stage::ActionPlan), std::optional<Stage>(Stage::Evaluation));
    QCOMPARE(nextStage(Stage::Evaluation), std::nullopt);
}

QTEST_GUILESS_MAIN(TestPipelineTransitions)
#include "tst_pipelinetransitions.moc"
