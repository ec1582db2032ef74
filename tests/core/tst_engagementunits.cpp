// Units of work in the pipeline: a write that touches several tables
// commits or rolls back as one (a statement fails half-way through, and
// nothing of it is in the database afterwards, nor announced), and a
// committed one is announced once.

#include "tst_engagement_fixture.h"

#include "common/FaultInjection.h"
#include "pipeline/EngagementService.h"

#include <QRegularExpression>
#include <QTest>

using namespace md;

class TestEngagementUnits final : public QObject, private test::PipelineFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { openPipeline(); }
    void cleanup() { closeFixture(); }
    void aMoveIsAnnouncedOnce();
    void failedMoveLeavesNothing();
    void failedFollowUpLeavesNothing();
    void failedEvaluationLeavesNothing();
};

void TestEngagementUnits::aMoveIsAnnouncedOnce() {
    const Engagement e = engagementIn(PipelineState::Needs);
    addNeed(e.id);
    test::ChangeRecorder changes(m_ws->workspace());
    QVERIFY(service().advance(e.id).ok());
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.last().ids(RecordKind::Engagement, ChangeOp::Updated), QSet<qint64>{e.id});
}

// A stage move writes the state and the timeline entry: the timeline insert
// fails, and the state stays where it was.
void TestEngagementUnits::failedMoveLeavesNothing() {
    const Engagement e = newEngagement();
    writeNotes(e.id);
    signAgreement(e.id);
    const Engagement before = service().engagement(e.id).value();
    const int entries = timelineSize(e.id);
    m_ws->clock().advanceDays(2);
    test::ChangeRecorder changes(m_ws->workspace());
    {
        ScopedStatementFault fault(QRegularExpression(QStringLiteral("INSERT INTO stage_changes")));
        const MoveResult result = service().advance(e.id);
        QVERIFY(FaultInjection::fired());
        QVERIFY(!result.ok());
        QVERIFY(!result.blockedByGate());
        QVERIFY(!result.engagement.has_value());
    }
    const Engagement after = service().engagement(e.id).value();
    QCOMPARE(after.state(), PipelineState::ProfileAgreement);
    QCOMPARE(after.stageEnteredUtc, before.stageEnteredUtc);
    QCOMPARE(after.updatedUtc, before.updatedUtc);
    QCOMPARE(timelineSize(e.id), entries);
    QCOMPARE(changes.count(), 0);
    // Nothing was left locked or half-open: the same move works now.
    QVERIFY(service().advance(e.id).ok());
}

// A follow-up writes the new engagement and its first timeline entry.
void TestEngagementUnits::failedFollowUpLeavesNothing() {
    const Engagement done = engagementIn(PipelineState::Completed);
    const int engagements = int(service().engagements()->size());
    test::ChangeRecorder changes(m_ws->workspace());
    {
        ScopedStatementFault fault(QRegularExpression(QStringLiteral("INSERT INTO stage_changes")));
        const auto next = service().startFollowUp(done.id);
        QVERIFY(FaultInjection::fired());
        QVERIFY(!next);
    }
    QCOMPARE(int(service().engagements()->size()), engagements);
    QCOMPARE(changes.count(), 0);
    QVERIFY(service().startFollowUp(done.id));
    QCOMPARE(int(service().engagements()->size()), engagements + 1);
}

// Saving an evaluation writes the evaluation and the engagement's activity.
void TestEngagementUnits::failedEvaluationLeavesNothing() {
    const Engagement e = engagementIn(PipelineState::Evaluation);
    const qint64 goalId = service().goals(e.id)->first().id;
    const QDateTime activity = service().engagement(e.id)->lastActivityUtc;
    m_ws->clock().advanceDays(3);
    test::ChangeRecorder changes(m_ws->workspace());
    Evaluation evaluation;
    evaluation.goalId = goalId;
    evaluation.outcome = EvaluationOutcome::Achieved;
    evaluation.mentorAssessment = QStringLiteral("Held every one-to-one");
    {
        ScopedStatementFault fault(
            QRegularExpression(QStringLiteral("UPDATE engagements SET last_activity_utc")));
        const auto saved = service().saveEvaluation(evaluation);
        QVERIFY(FaultInjection::fired());
        QVERIFY(!saved);
    }
    QVERIFY(!service().evaluation(goalId).value().has_value());
    QCOMPARE(service().engagement(e.id)->lastActivityUtc, activity);
    QCOMPARE(changes.count(), 0);
    QVERIFY(service().checkAdvance(e.id)->missing.size() == 1); // still to evaluate
    QVERIFY(service().saveEvaluation(evaluation));
    QCOMPARE(changes.count(), 1);
    QVERIFY(changes.last().ids(RecordKind::Evaluation, ChangeOp::Added).size() == 1);
    QVERIFY(changes.last().ids(RecordKind::Goal, ChangeOp::Updated).contains(goalId));
    QVERIFY(changes.last().ids(RecordKind::Engagement, ChangeOp::Updated).contains(e.id));
}

// Signing an agreement renders its PDF, which needs a GUI application.
QTEST_MAIN(TestEngagementUnits)
#include "tst_engagementunits.moc"
