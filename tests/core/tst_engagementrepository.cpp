#include "tst_engagement_fixture.h"

#include "clients/ClientService.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace md;

// Round trips of engagements and their timelines through a real encrypted
// workspace (EngagementService, with the migration applied as in
// production); the state-change primitive and the SQL constraints are
// checked on the repository itself.
class TestEngagementRepository final : public QObject, private test::EngagementFixture {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void engagementRoundTrip();
    void updateKeepsStateAndHistory();
    void listFilters();
    void invalidEngagementIsRefused();
    void applyChangeWritesTimeline();
    void applyChangeDetectsConflicts();
    void checkConstraintsHoldInSql();
    void deletingTheClientCascades();
    void survivesReopen();

private:
    EngagementRepository repository() {
        return EngagementRepository(m_ws->workspace().database(), m_ws->clock());
    }
};

void TestEngagementRepository::init() {
    openFixture();
}

void TestEngagementRepository::cleanup() {
    closeFixture();
}

void TestEngagementRepository::engagementRoundTrip() {
    const qint64 clientId = addClient();
    test::ChangeRecorder added(m_ws->workspace());
    Engagement e;
    e.clientId = clientId;
    e.title = QStringLiteral("  From analyst to product manager  ");
    e.startDate = QDate(2026, 3, 2);
    e.profileNotes = QStringLiteral("Eight years in analytics; wants ownership of a product.\n"
                                    "Grüße aus Köln — non-ASCII survives.");
    e.plannedSessions = 8;
    e.cadence = Cadence::Weekly;
    e.format = EngagementFormat::Mixed;
    e.feeNote = QStringLiteral("Package of 8, invoiced monthly");
    e.stage = Stage::Evaluation;            // ignored: new engagements start at stage 1
    e.status = EngagementStatus::Completed; // ignored
    auto stored = service().addEngagement(e, QStringLiteral("Referred by a former mentee"));
    QVERIFY2(stored, qPrintable(stored.message()));
    QVERIFY(stored->id > 0);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.last().ids(RecordKind::Engagement, ChangeOp::Added), QSet<qint64>{stored->id});

    auto read = service().engagement(stored->id);
    QVERIFY(read);
    QCOMPARE(read->clientId, clientId);
    QCOMPARE(read->title, QStringLiteral("From analyst to product manager"));
    QCOMPARE(read->startDate, QDate(2026, 3, 2));
    QCOMPARE(read->profileNotes, e.profileNotes);
    QCOMPARE(read->plannedSessions, 8);
    QCOMPARE(read->cadence, Cadence::Weekly);
    QCOMPARE(read->format, EngagementFormat::Mixed);
    QCOMPARE(read->feeNote, e.feeNote);
    QCOMPARE(read->stage, Stage::ProfileAgreement);
    QCOMPARE(read->status, EngagementStatus::Active);
    QCOMPARE(read->previousEngagementId, qint64(0));
    QCOMPARE(read->createdUtc, m_ws->clock().nowUtc());
    QCOMPARE(read->stageEnteredUtc, m_ws->clock().nowUtc());
    QCOMPARE(read->lastActivityUtc, m_ws->clock().nowUtc());

    auto timeline = service().timeline(stored->id);
    QVERIFY(timeline);
    QCOMPARE(timeline->size(), 1);
    QVERIFY(!timeline->first().from.has_value());
    QCOMPARE(timeline->first().to, PipelineState::ProfileAgreement);
    QCOMPARE(timeline->first().reason, QStringLiteral("Referred by a former mentee"));
    QVERIFY(!timeline->first().overridden);
}

void TestEngagementRepository::updateKeepsStateAndHistory() {
    const Engagement original = addEngagement(addClient());
    StageChange change;
    change.engagementId = original.id;
    change.from = PipelineState::ProfileAgreement;
    change.to = PipelineState::Needs;
    QVERIFY(repository().applyChange(change));

    m_ws->clock().advanceDays(2);
    test::ChangeRecorder changed(m_ws->workspace());
    Engagement edited = service().engagement(original.id).value();
    edited.title = QStringLiteral("Renamed");
    edited.stage = Stage::ProfileAgreement; // must not move the engagement back
    edited.clientId = 999;                  // must not move it to another client
    auto saved = service().updateEngagement(edited);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().ids(RecordKind::Engagement, ChangeOp::Updated),
             QSet<qint64>{original.id});
    const Engagement read = service().engagement(original.id).value();
    QCOMPARE(read.title, QStringLiteral("Renamed"));
    QCOMPARE(read.stage, Stage::Needs);
    QCOMPARE(read.clientId, original.clientId);
    QCOMPARE(read.createdUtc, original.createdUtc);
    QCOMPARE(read.updatedUtc, m_ws->clock().nowUtc());
}

void TestEngagementRepository::listFilters() {
    const qint64 ana = addClient(QStringLiteral("Ana"));
    const qint64 ben = addClient(QStringLiteral("Ben"));
    const Engagement a1 = addEngagement(ana, QStringLiteral("A1"));
    addEngagement(ana, QStringLiteral("A2"));
    addEngagement(ben, QStringLiteral("B1"));
    StageChange close;
    close.engagementId = a1.id;
    close.from = PipelineState::ProfileAgreement;
    close.to = PipelineState::ClosedEarly;
    close.reason = QStringLiteral("Moved abroad");
    QVERIFY(repository().applyChange(close, close.reason));

    QCOMPARE(service().engagements()->size(), 3);
    EngagementFilter forAna;
    forAna.clientId = ana;
    QCOMPARE(service().engagements(forAna)->size(), 2);
    forAna.includeFinal = false;
    const auto open = service().engagements(forAna);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().title, QStringLiteral("A2"));
}

void TestEngagementRepository::invalidEngagementIsRefused() {
    Engagement noTitle;
    noTitle.clientId = addClient();
    noTitle.startDate = QDate(2026, 3, 2);
    auto result = service().addEngagement(noTitle);
    QVERIFY(!result);
    QCOMPARE(result.code(), ErrorCode::InvalidInput);

    Engagement noClient;
    noClient.clientId = 4242; // no such client: the foreign key refuses it
    noClient.title = QStringLiteral("Orphan");
    noClient.startDate = QDate(2026, 3, 2);
    QVERIFY(!service().addEngagement(noClient));
    QCOMPARE(service().engagements()->size(), 0);
    QVERIFY(!service().engagement(12345));
    QCOMPARE(service().engagement(12345).code(), ErrorCode::NotFound);
}

void TestEngagementRepository::applyChangeWritesTimeline() {
    const Engagement e = addEngagement(addClient());
    m_ws->clock().advanceDays(5);
    StageChange change;
    change.engagementId = e.id;
    change.from = PipelineState::ProfileAgreement;
    change.to = PipelineState::Needs;
    change.reason = QStringLiteral("Agreement signed on paper");
    change.overridden = true;
    auto moved = repository().applyChange(change);
    QVERIFY2(moved, qPrintable(moved.message()));
    QCOMPARE(moved->stage, Stage::Needs);
    QCOMPARE(moved->stageEnteredUtc, m_ws->clock().nowUtc());
    QCOMPARE(service().engagement(e.id)->stage, Stage::Needs);

    const auto timeline = service().timeline(e.id).value();
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline[1].from, std::optional<PipelineState>(PipelineState::ProfileAgreement));
    QCOMPARE(timeline[1].to, PipelineState::Needs);
    QCOMPARE(timeline[1].reason, change.reason);
    QVERIFY(timeline[1].overridden);
    QCOMPARE(timeline[1].changedUtc, m_ws->clock().nowUtc());

    // An override without a reason never reaches the table.
    StageChange bare = change;
    bare.from = PipelineState::Needs;
    bare.to = PipelineState::Goals;
    bare.reason = QStringLiteral("   ");
    QCOMPARE(repository().applyChange(bare).code(), ErrorCode::InvalidInput);
}

void TestEngagementRepository::applyChangeDetectsConflicts() {
    const Engagement e = addEngagement(addClient());
    StageChange stale;
    stale.engagementId = e.id;
    stale.from = PipelineState::Goals; // the engagement is not there
    stale.to = PipelineState::ActionPlan;
    auto result = repository().applyChange(stale);
    QCOMPARE(result.code(), ErrorCode::Conflict);
    QCOMPARE(service().timeline(e.id)->size(), 1);
    QCOMPARE(service().engagement(e.id)->stage, Stage::ProfileAgreement);
}

void TestEngagementRepository::checkConstraintsHoldInSql() {
    const Engagement e = addEngagement(addClient());
    QSqlQuery query(m_ws->workspace().database().connection());
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE engagements SET stage = 'archived' WHERE id = %1").arg(e.id)));
    QVERIFY(!query.exec(
        QStringLiteral("UPDATE engagements SET cadence = 'daily' WHERE id = %1").arg(e.id)));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO stage_changes (engagement_id, to_state, "
                                       "changed_utc, reason, overridden) VALUES (%1, 'needs', "
                                       "'2026-01-01T00:00:00Z', '', 1)")
                            .arg(e.id)));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE engagements SET stage = 'goals' WHERE id = %1").arg(e.id)));
}

void TestEngagementRepository::deletingTheClientCascades() {
    const qint64 client = addClient();
    const Engagement e = addEngagement(client);
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("A need");
    QVERIFY(service().addNeed(need));
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("A goal to delete");
    const qint64 goalId = service().addGoal(goal)->id;
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("An action");
    QVERIFY(service().addAction(action));

    QVERIFY(m_ws->workspace().clients().remove(client));
    QCOMPARE(service().engagements()->size(), 0);
    QSqlQuery query(m_ws->workspace().database().connection());
    for (const char* table : {"stage_changes", "needs", "goals", "goal_needs", "goal_progress",
                              "actions", "evaluations"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() == 0, table);
    }
}

void TestEngagementRepository::survivesReopen() {
    const Engagement e = addEngagement(addClient());
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Kept across a lock");
    QVERIFY(service().addNeed(need));
    QVERIFY2(m_ws->reopen(), qPrintable(m_ws->error()));
    QCOMPARE(service().engagement(e.id)->title, e.title);
    QCOMPARE(service().needs(e.id)->first().description, need.description);
    QCOMPARE(service().timeline(e.id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestEngagementRepository)
#include "tst_engagementrepository.moc"
