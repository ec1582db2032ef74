#include "tst_engagement_fixture.h"

#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::PipelineState)

// The service over a real workspace: gates (the agreement one always on),
// overrides, back moves, endings and follow-ups, each checked in storage and
// in the timeline. Units of work that fail half-way: tst_engagementunits.
class TestEngagementService final : public QObject, private test::PipelineFixture {
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
    void agreementRuleIsAlwaysOn();
    void freshlyUnlockedWorkspaceEnforcesTheAgreementGate();
    void detailsDeriveSmartAndProgress();
};

void TestEngagementService::init() {
    openPipeline();
}

void TestEngagementService::cleanup() {
    closeFixture();
}

void TestEngagementService::fullRunToCompleted() {
    const Engagement done = engagementIn(PipelineState::Completed);
    QCOMPARE(done.state(), PipelineState::Completed);
    QCOMPARE(done.stage, Stage::Evaluation);
    const auto timeline = service().timeline(done.id).value();
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
        << QStringList{QStringLiteral("profile_agreement.profile_notes"),
                       QStringLiteral("profile_agreement.signed_agreement")};
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

    test::ChangeRecorder changes(m_ws->workspace());
    const MoveResult result = service().advance(e.id);
    QVERIFY(!result.ok());
    QVERIFY(result.blockedByGate());
    QCOMPARE(result.status.code(), ErrorCode::Refused);
    QStringList keys;
    for (const MissingItem& item : result.gate.missing)
        keys.append(item.key);
    QCOMPARE(keys, missing);
    QVERIFY(result.status.message().contains(result.gate.missing.first().message));
    QCOMPARE(service().engagement(e.id)->state(), state);
    QCOMPARE(timelineSize(e.id), before);
    QCOMPARE(changes.count(), 0); // nothing written, nothing announced
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
    QCOMPARE(service().engagement(e.id)->state(), PipelineState::ProfileAgreement);
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
    const auto last = service().timeline(e.id)->last();
    QVERIFY(last.overridden);
    QCOMPARE(last.reason, reason);
    QCOMPARE(last.changedUtc, m_ws->clock().nowUtc());
}

void TestEngagementService::needlessOverrideIsAnOrdinaryMove() {
    const Engagement e = newEngagement();
    writeNotes(e.id);
    signAgreement(e.id);
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
    QCOMPARE(service().engagement(e.id)->state(), allowed ? to : from);
    QCOMPARE(timelineSize(e.id), before + (allowed ? 1 : 0));
    if (!allowed)
        QCOMPARE(result.status.code(), ErrorCode::Refused);
}

void TestEngagementService::closeEarlyNeedsAReason() {
    const Engagement e = engagementIn(PipelineState::Goals);
    const MoveResult silent =
        service().end(e.id, EngagementStatus::ClosedEarly, QStringLiteral(" "));
    QCOMPARE(silent.status.code(), ErrorCode::InvalidInput);
    QCOMPARE(service().engagement(e.id)->state(), PipelineState::Goals);

    const QString reason = QStringLiteral("Mentee accepted an internal transfer and paused");
    const MoveResult closed = service().end(e.id, EngagementStatus::ClosedEarly, reason);
    QVERIFY2(closed.ok(), qPrintable(closed.status.message()));
    const Engagement read = service().engagement(e.id).value();
    QCOMPARE(read.state(), PipelineState::ClosedEarly);
    QCOMPARE(read.stage, Stage::Goals); // where it stopped
    QCOMPARE(read.outcome, reason);
    QCOMPARE(service().timeline(e.id)->last().reason, reason);
}

void TestEngagementService::maintenanceThenCompleted() {
    const Engagement e = engagementIn(PipelineState::Evaluation);
    evaluate(service().goals(e.id)->first().id);
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
    evaluate(service().goals(e.id)->first().id);
    const qint64 needId = service().needs(e.id)->first().id;
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
    const auto timeline = service().timeline(next->id).value();
    QCOMPARE(timeline.size(), 1);
    QVERIFY(timeline.first().reason.contains(done.title));

    auto named = service().startFollowUp(done.id, QStringLiteral("Second round: negotiation"));
    QCOMPARE(named->title, QStringLiteral("Second round: negotiation"));
}

// Stage 1 always needs a signed agreement with confidentiality terms: no
// policy to set, no fact to install.
void TestEngagementService::agreementRuleIsAlwaysOn() {
    const Engagement e = newEngagement();
    writeNotes(e.id);

    MoveResult result = service().advance(e.id);
    QVERIFY(result.blockedByGate());
    QCOMPARE(result.gate.missing.size(), 1);
    QCOMPARE(result.gate.missing.first().key, QStringLiteral("profile_agreement.signed_agreement"));
    QCOMPARE(result.gate.missing.first().target.field, QStringLiteral("agreement"));
    QVERIFY(!service().hasSignedAgreement(e.id).value());

    // A draft is not enough.
    QCOMPARE(test::ensureMentorProfile(m_ws->workspace()), QString());
    QVERIFY(m_ws->workspace().agreements().createDraft(e.id));
    QVERIFY(service().advance(e.id).blockedByGate());

    signAgreement(e.id);
    QVERIFY(service().hasSignedAgreement(e.id).value());
    QVERIFY(service().facts(e.id)->hasSignedConfidentialAgreement);
    result = service().advance(e.id);
    QVERIFY2(result.ok(), qPrintable(result.status.message()));
    QVERIFY(!result.change->overridden);
}

// The gate is part of the workspace as unlocked, with no set-up by the caller
// (the CLI's own test: tst_engagementcli, advancePassesWithTheWorkDone).
void TestEngagementService::freshlyUnlockedWorkspaceEnforcesTheAgreementGate() {
    const Engagement e = newEngagement();
    writeNotes(e.id);
    QVERIFY2(m_ws->reopen(), qPrintable(m_ws->error()));
    EngagementService& fresh = m_ws->workspace().engagements();
    const auto gate = fresh.checkAdvance(e.id);
    QVERIFY2(gate, qPrintable(gate.message()));
    QCOMPARE(gate->missing.size(), 1);
    QCOMPARE(gate->missing.first().key, QStringLiteral("profile_agreement.signed_agreement"));
    const MoveResult result = fresh.advance(e.id);
    QVERIFY(result.blockedByGate());
    QCOMPARE(fresh.engagement(e.id)->state(), PipelineState::ProfileAgreement);
}

void TestEngagementService::detailsDeriveSmartAndProgress() {
    const Engagement e = engagementIn(PipelineState::ActionPlan);
    const qint64 needId = service().needs(e.id)->first().id;
    SmartGoal draft;
    draft.engagementId = e.id;
    draft.specific = QStringLiteral("Speak up more");
    draft.needIds = {needId};
    const qint64 draftId = service().addGoal(draft)->id;
    const qint64 smartId = service().goals(e.id)->first().id;
    addOpenAction(smartId);
    QVERIFY(service().addProgress({0, smartId, QDate(2026, 4, 1), 1, {}, {}}));

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
    QVERIFY(facts.hasSignedConfidentialAgreement); // signed on the way to stage 4
    // The draft has no action, so the action-plan gate names it.
    const auto gate = service().checkAdvance(e.id).value();
    QCOMPARE(gate.missing.size(), 1);
    QCOMPARE(gate.missing.first().target.itemId, draftId);
}

// Signing an agreement renders its PDF, which needs a GUI application.
QTEST_MAIN(TestEngagementService)
#include "tst_engagementservice.moc"
