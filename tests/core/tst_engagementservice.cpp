#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/Pipeline.h"
#include "storage/ActionRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::PipelineState)

// The service over a real workspace: gates, overrides, back moves, endings
// and follow-ups, each checked in storage and in the timeline.
class TestEngagementService final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fullRunToCompleted();
    void blockedGateWritesNothing_data();
    void blockedGateWritesNothing();
    void overrideNeedsAReason_data();
    void overrideNeedsAReason();
    void overrideIsRecorded();
    void needlessOverrideIsAnOrdinaryMove();
    void moves_data();
    void moves();
    void closeEarlyNeedsAReason();
    void maintenanceThenCompleted();
    void endRefusesActive();
    void followUp();
    void agreementRuleWhenEnabled();
    void detailsDeriveSmartAndProgress();

private:
    Engagement newEngagement();
    // Puts an engagement in `state` by doing the work of every earlier stage
    // and advancing through the real gates.
    Engagement engagementIn(PipelineState state);
    void writeNotes(qint64 id);
    qint64 addNeed(qint64 id);
    qint64 addSmartGoal(qint64 id, qint64 needId);
    void addOpenAction(qint64 goalId);
    void evaluate(qint64 goalId);
    int timelineSize(qint64 id) { return int(m_pipeline->engagements().timeline(id)->size()); }
    EngagementService& service() { return m_pipeline->service(); }

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    std::unique_ptr<Pipeline> m_pipeline;
    qint64 m_clientId = 0;
};

void TestEngagementService::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_pipeline = std::make_unique<Pipeline>(m_ws->workspace().database(), m_ws->clock());
    Client client;
    client.fullName = QStringLiteral("Priya Raman");
    m_clientId = m_ws->workspace().clients().add(client)->id;
}

void TestEngagementService::cleanup() {
    m_pipeline.reset();
    m_ws.reset();
}

Engagement TestEngagementService::newEngagement() {
    Engagement e;
    e.clientId = m_clientId;
    e.title = QStringLiteral("First leadership role");
    e.startDate = QDate(2026, 3, 2);
    e.plannedSessions = 6;
    e.cadence = Cadence::Monthly;
    e.format = EngagementFormat::Video;
    e.feeNote = QStringLiteral("Paid by employer");
    return m_pipeline->engagements().add(e).value();
}

void TestEngagementService::writeNotes(qint64 id) {
    Engagement e = m_pipeline->engagements().get(id).value();
    e.profileNotes = QStringLiteral("Strong delivery record; avoids conflict.");
    QVERIFY(m_pipeline->engagements().update(e));
}

qint64 TestEngagementService::addNeed(qint64 id) {
    Need need;
    need.engagementId = id;
    need.description = QStringLiteral("Handle difficult conversations");
    need.category = NeedCategory::Leadership;
    return m_pipeline->needs().add(need)->id;
}

qint64 TestEngagementService::addSmartGoal(qint64 id, qint64 needId) {
    SmartGoal goal;
    goal.engagementId = id;
    goal.specific = QStringLiteral("Hold monthly one-to-ones with each report");
    goal.metric = QStringLiteral("One-to-ones held per month");
    goal.unit = QStringLiteral("meetings");
    goal.baseline = 0;
    goal.target = 4;
    goal.attainable = QStringLiteral("Four reports; manager supports it");
    goal.needIds = {needId};
    goal.dueDate = QDate(2026, 8, 31);
    return m_pipeline->goals().add(goal)->id;
}

void TestEngagementService::addOpenAction(qint64 goalId) {
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("Book recurring slots in the calendar");
    action.people = {QStringLiteral("Line manager")};
    QVERIFY(m_pipeline->actions().add(action));
}

void TestEngagementService::evaluate(qint64 goalId) {
    Evaluation evaluation;
    evaluation.goalId = goalId;
    evaluation.outcome = EvaluationOutcome::Achieved;
    evaluation.menteeRating = 5;
    QVERIFY(m_pipeline->evaluations().save(evaluation));
}

Engagement TestEngagementService::engagementIn(PipelineState state) {
    const Engagement e = newEngagement();
    const QList<PipelineState> path = {
        PipelineState::ProfileAgreement, PipelineState::Needs,      PipelineState::Goals,
        PipelineState::ActionPlan,       PipelineState::Evaluation, PipelineState::Completed};
    qint64 needId = 0;
    qint64 goalId = 0;
    for (PipelineState step : path) {
        if (step == state || step == PipelineState::Completed)
            break;
        switch (step) {
        case PipelineState::ProfileAgreement:
            writeNotes(e.id);
            break;
        case PipelineState::Needs:
            needId = addNeed(e.id);
            break;
        case PipelineState::Goals:
            goalId = addSmartGoal(e.id, needId);
            break;
        case PipelineState::ActionPlan:
            addOpenAction(goalId);
            break;
        case PipelineState::Evaluation:
            evaluate(goalId);
            break;
        default:
            break;
        }
        const MoveResult moved = service().advance(e.id);
        if (!moved.ok())
            qWarning("advance failed: %s", qPrintable(moved.status.message()));
    }
    return m_pipeline->engagements().get(e.id).value();
}

void TestEngagementService::fullRunToCompleted() {
    const Engagement done = engagementIn(PipelineState::Completed);
    QCOMPARE(done.state(), PipelineState::Completed);
    QCOMPARE(done.stage, Stage::Evaluation);
    const auto timeline = m_pipeline->engagements().timeline(done.id).value();
    QCOMPARE(timeline.size(), 6);
    const QList<PipelineState> expected = {
        PipelineState::ProfileAgreement, PipelineState::Needs,      PipelineState::Goals,
        PipelineState::ActionPlan,       PipelineState::Evaluation, PipelineState::Completed};
    for (int i = 0; i < timeline.size(); ++i) {
        QCOMPARE(timeline[i].to, expected[i]);
        QVERIFY(!timeline[i].overridden);
        if (i > 0)
            QCOMPARE(timeline[i].from, std::optional<PipelineState>(expected[i - 1]));
    }
    QCOMPARE(service().advance(done.id).status.code(), ErrorCode::Refused);
}

// For each stage with its work not done, advance is refused with the exact
// missing keys, and neither the engagement nor its timeline changes.
void TestEngagementService::blockedGateWritesNothing_data() {
    QTest::addColumn<PipelineState>("state");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("profile & agreement")
        << PipelineState::ProfileAgreement
        << QStringList{QStringLiteral("profile_agreement.profile_notes")};
    QTest::newRow("needs") << PipelineState::Needs
                           << QStringList{QStringLiteral("needs.at_least_one_need")};
    QTest::newRow("goals") << PipelineState::Goals
                           << QStringList{QStringLiteral("goals.smart_goal")};
    QTest::newRow("action plan") << PipelineState::ActionPlan
                                 << QStringList{QStringLiteral("action_plan.open_action_per_goal")};
    QTest::newRow("evaluation") << PipelineState::Evaluation
                                << QStringList{QStringLiteral("evaluation.evaluation_per_goal")};
}

void TestEngagementService::blockedGateWritesNothing() {
    QFETCH(PipelineState, state);
    QFETCH(QStringList, missing);
    const Engagement e = engagementIn(state);
    QCOMPARE(e.state(), state);
    const int before = timelineSize(e.id);

    auto preview = service().checkAdvance(e.id);
    QVERIFY(preview);
    QVERIFY(!preview->passed());

    QSignalSpy stageChanged(&m_pipeline->engagements(), &EngagementRepository::stageChanged);
    const MoveResult result = service().advance(e.id);
    QVERIFY(!result.ok());
    QVERIFY(result.blockedByGate());
    QCOMPARE(result.status.code(), ErrorCode::Refused);
    QStringList keys;
    for (const MissingItem& item : result.gate.missing)
        keys.append(item.key);
    QCOMPARE(keys, missing);
    QVERIFY(result.status.message().contains(result.gate.missing.first().message));
    QCOMPARE(m_pipeline->engagements().get(e.id)->state(), state);
    QCOMPARE(timelineSize(e.id), before);
    QCOMPARE(stageChanged.size(), 0);
}

void TestEngagementService::overrideNeedsAReason_data() {
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  \n\t ");
}

void TestEngagementService::overrideNeedsAReason() {
    QFETCH(QString, reason);
    const Engagement e = newEngagement();
    const MoveResult result = service().advance(e.id, reason);
    QCOMPARE(result.status.code(), ErrorCode::InvalidInput);
    QCOMPARE(m_pipeline->engagements().get(e.id)->state(), PipelineState::ProfileAgreement);
    QCOMPARE(timelineSize(e.id), 1);
}

void TestEngagementService::overrideIsRecorded() {
    const Engagement e = newEngagement();
    m_ws->clock().advanceDays(4);
    const QString reason = QStringLiteral("Notes are on paper; typing them up this week");
    const MoveResult result = service().advance(e.id, reason);
    QVERIFY2(result.ok(), qPrintable(result.status.message()));
    QVERIFY(!result.gate.passed()); // what was overridden stays visible
    QCOMPARE(result.engagement->state(), PipelineState::Needs);
    QVERIFY(result.change.has_value());
    QVERIFY(result.change->overridden);
    QCOMPARE(result.change->reason, reason);
    const auto last = m_pipeline->engagements().timeline(e.id)->last();
    QVERIFY(last.overridden);
    QCOMPARE(last.reason, reason);
    QCOMPARE(last.changedUtc, m_ws->clock().nowUtc());
}

void TestEngagementService::needlessOverrideIsAnOrdinaryMove() {
    const Engagement e = newEngagement();
    writeNotes(e.id);
    const MoveResult result = service().advance(e.id, QStringLiteral("Just in case"));
    QVERIFY(result.ok());
    QVERIFY(!result.change->overridden);
}

// Moves by moveTo(): back moves need no gate, skipping forward is refused,
// forward moves use the same gate as advance.
void TestEngagementService::moves_data() {
    QTest::addColumn<PipelineState>("from");
    QTest::addColumn<PipelineState>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("goals -> needs (back)") << PipelineState::Goals << PipelineState::Needs << true;
    QTest::newRow("evaluation -> action plan (back)")
        << PipelineState::Evaluation << PipelineState::ActionPlan << true;
    QTest::newRow("evaluation -> goals (back)")
        << PipelineState::Evaluation << PipelineState::Goals << true;
    QTest::newRow("needs -> profile (back)")
        << PipelineState::Needs << PipelineState::ProfileAgreement << true;
    QTest::newRow("profile -> goals (skip)")
        << PipelineState::ProfileAgreement << PipelineState::Goals << false;
    QTest::newRow("needs -> evaluation (skip)")
        << PipelineState::Needs << PipelineState::Evaluation << false;
    QTest::newRow("action plan -> needs (too far back)")
        << PipelineState::ActionPlan << PipelineState::Needs << false;
    QTest::newRow("goals -> completed")
        << PipelineState::Goals << PipelineState::Completed << false;
    QTest::newRow("completed -> evaluation")
        << PipelineState::Completed << PipelineState::Evaluation << false;
    QTest::newRow("needs -> goals (forward, gate fails)")
        << PipelineState::Needs << PipelineState::Goals << false;
}

void TestEngagementService::moves() {
    QFETCH(PipelineState, from);
    QFETCH(PipelineState, to);
    QFETCH(bool, allowed);
    const Engagement e = engagementIn(from);
    QCOMPARE(e.state(), from);
    const int before = timelineSize(e.id);
    const MoveResult result = service().moveTo(e.id, to);
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(m_pipeline->engagements().get(e.id)->state(), allowed ? to : from);
    QCOMPARE(timelineSize(e.id), before + (allowed ? 1 : 0));
    if (!allowed)
        QCOMPARE(result.status.code(), ErrorCode::Refused);
}

void TestEngagementService::closeEarlyNeedsAReason() {
    const Engagement e = engagementIn(PipelineState::Goals);
    const MoveResult silent =
        service().end(e.id, EngagementStatus::ClosedEarly, QStringLiteral(" "));
    QCOMPARE(silent.status.code(), ErrorCode::InvalidInput);
    QCOMPARE(m_pipeline->engagements().get(e.id)->state(), PipelineState::Goals);

    const QString reason = QStringLiteral("Mentee accepted an internal transfer and paused");
    const MoveResult closed = service().end(e.id, EngagementStatus::ClosedEarly, reason);
    QVERIFY2(closed.ok(), qPrintable(closed.status.message()));
    const Engagement read = m_pipeline->engagements().get(e.id).value();
    QCOMPARE(read.state(), PipelineState::ClosedEarly);
    QCOMPARE(read.stage, Stage::Goals); // where it stopped
    QCOMPARE(read.outcome, reason);
    QCOMPARE(m_pipeline->engagements().timeline(e.id)->last().reason, reason);
}

void TestEngagementService::maintenanceThenCompleted() {
    const Engagement e = engagementIn(PipelineState::Evaluation);
    evaluate(m_pipeline->goals().list(e.id)->first().id);
    const MoveResult kept =
        service().end(e.id, EngagementStatus::Maintenance, QStringLiteral("Quarterly check-ins"));
    QVERIFY2(kept.ok(), qPrintable(kept.status.message()));
    QCOMPARE(kept.engagement->state(), PipelineState::Maintenance);
    QCOMPARE(kept.engagement->outcome, QStringLiteral("Quarterly check-ins"));

    // Back to evaluation for another review, and then maintenance again.
    QVERIFY(service().moveTo(e.id, PipelineState::Evaluation).ok());
    QVERIFY(service().end(e.id, EngagementStatus::Maintenance, QString()).ok());
    const MoveResult completed = service().advance(e.id);
    QVERIFY2(completed.ok(), qPrintable(completed.status.message()));
    QCOMPARE(completed.engagement->state(), PipelineState::Completed);
}

void TestEngagementService::endRefusesActive() {
    const Engagement e = engagementIn(PipelineState::Evaluation);
    QCOMPARE(service().end(e.id, EngagementStatus::Active, QString()).status.code(),
             ErrorCode::InvalidInput);
    // Ending needs the evaluation gate too: the first goal is evaluated, a
    // second one is not.
    evaluate(m_pipeline->goals().list(e.id)->first().id);
    const qint64 needId = m_pipeline->needs().list(e.id)->first().id;
    const qint64 second = addSmartGoal(e.id, needId);
    const MoveResult blocked = service().end(e.id, EngagementStatus::Completed, QString());
    QVERIFY(blocked.blockedByGate());
    QCOMPARE(blocked.gate.missing.size(), 1);
    QCOMPARE(blocked.gate.missing.first().target.itemId, second);
    const MoveResult overridden =
        service().end(e.id, EngagementStatus::Completed, QStringLiteral("Good outcome"),
                      QStringLiteral("Second goal dropped by mutual "
                                     "agreement"));
    QVERIFY(overridden.ok());
    QVERIFY(overridden.change->overridden);
    QCOMPARE(overridden.engagement->outcome, QStringLiteral("Good outcome"));
}

void TestEngagementService::followUp() {
    const Engagement early = engagementIn(PipelineState::Needs);
    QCOMPARE(service().startFollowUp(early.id).code(), ErrorCode::Refused);

    const Engagement done = engagementIn(PipelineState::Completed);
    m_ws->clock().advanceDays(30);
    auto next = service().startFollowUp(done.id);
    QVERIFY2(next, qPrintable(next.message()));
    QCOMPARE(next->clientId, done.clientId);
    QCOMPARE(next->previousEngagementId, done.id);
    QCOMPARE(next->state(), PipelineState::ProfileAgreement);
    QCOMPARE(next->startDate, m_ws->clock().today());
    QCOMPARE(next->cadence, Cadence::Monthly);
    QCOMPARE(next->plannedSessions, 6);
    QCOMPARE(next->feeNote, QStringLiteral("Paid by employer"));
    QVERIFY(next->title.contains(done.title));
    QVERIFY(next->profileNotes.isEmpty()); // a fresh study for the new needs
    const auto timeline = m_pipeline->engagements().timeline(next->id).value();
    QCOMPARE(timeline.size(), 1);
    QVERIFY(timeline.first().reason.contains(done.title));

    auto named = service().startFollowUp(done.id, QStringLiteral("Second round: negotiation"));
    QCOMPARE(named->title, QStringLiteral("Second round: negotiation"));
}

void TestEngagementService::agreementRuleWhenEnabled() {
    const Engagement e = newEngagement();
    writeNotes(e.id);
    GatePolicy policy;
    policy.requireSignedAgreement = true;
    service().setGatePolicy(policy);

    // Enabled but no source of the fact yet: unknown counts as not signed.
    MoveResult result = service().advance(e.id);
    QVERIFY(result.blockedByGate());
    QCOMPARE(result.gate.missing.first().key, QStringLiteral("profile_agreement.signed_agreement"));
    QCOMPARE(result.gate.missing.first().target.field, QStringLiteral("agreement"));

    bool signedNow = false;
    service().setAgreementFact([&](qint64 id) -> std::optional<bool> {
        return id == e.id ? std::optional<bool>(signedNow) : std::nullopt;
    });
    QVERIFY(service().advance(e.id).blockedByGate());
    signedNow = true;
    result = service().advance(e.id);
    QVERIFY2(result.ok(), qPrintable(result.status.message()));
}

void TestEngagementService::detailsDeriveSmartAndProgress() {
    const Engagement e = engagementIn(PipelineState::ActionPlan);
    const qint64 needId = m_pipeline->needs().list(e.id)->first().id;
    SmartGoal draft;
    draft.engagementId = e.id;
    draft.specific = QStringLiteral("Speak up more");
    draft.needIds = {needId};
    const qint64 draftId = m_pipeline->goals().add(draft)->id;
    const qint64 smartId = m_pipeline->goals().list(e.id)->first().id;
    addOpenAction(smartId);
    QVERIFY(m_pipeline->goals().addProgress({0, smartId, QDate(2026, 4, 1), 1, {}, {}}));

    const EngagementDetails details = service().details(e.id).value();
    QCOMPARE(details.goals.size(), 2);
    QVERIFY(details.goal(smartId)->smart.passed());
    QCOMPARE(details.goal(smartId)->percent, std::optional<double>(25.0));
    QCOMPARE(details.goal(smartId)->actions.size(), 1);
    QVERIFY(!details.goal(draftId)->smart.passed());
    QVERIFY(!details.goal(draftId)->percent.has_value());
    QCOMPARE(details.timeline.size(), 4);

    const EngagementFacts facts = service().facts(e.id).value();
    QVERIFY(facts.hasProfileNotes);
    QCOMPARE(facts.needCount, 1);
    QCOMPARE(facts.goals.size(), 2);
    QVERIFY(!facts.hasSignedConfidentialAgreement.has_value());
    // The draft has no action, so the action-plan gate names it.
    const auto gate = service().checkAdvance(e.id).value();
    QCOMPARE(gate.missing.size(), 1);
    QCOMPARE(gate.missing.first().target.itemId, draftId);
}

QTEST_GUILESS_MAIN(TestEngagementService)
#include "tst_engagementservice.moc"
