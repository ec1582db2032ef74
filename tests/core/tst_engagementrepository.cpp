#include "TemporaryWorkspace.h"
#include "pipeline/Pipeline.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace md;

// Round trips of every pipeline repository through a real encrypted
// workspace, with the migration applied as in production.
class TestEngagementRepository final : public QObject {
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
    void needRoundTrip();
    void goalRoundTripWithNeedLinks();
    void goalLinksStayInTheEngagement();
    void progressRoundTrip();
    void actionRoundTrip();
    void evaluationSaveReplaces();
    void writesRecordActivity();
    void checkConstraintsHoldInSql();
    void deletingTheClientCascades();
    void survivesReopen();

private:
    qint64 addClient(const QString& name = QStringLiteral("Dana Whitfield"));
    Engagement addEngagement(qint64 clientId,
                             const QString& title = QStringLiteral("Move to product"));

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    std::unique_ptr<Pipeline> m_pipeline;
};

void TestEngagementRepository::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_pipeline = std::make_unique<Pipeline>(m_ws->workspace().database(), m_ws->clock());
}

void TestEngagementRepository::cleanup() {
    m_pipeline.reset();
    m_ws.reset();
}

qint64 TestEngagementRepository::addClient(const QString& name) {
    Client client;
    client.fullName = name;
    auto added = m_ws->workspace().clients().add(client);
    return added ? added->id : 0;
}

Engagement TestEngagementRepository::addEngagement(qint64 clientId, const QString& title) {
    Engagement e;
    e.clientId = clientId;
    e.title = title;
    e.startDate = QDate(2026, 3, 2);
    auto added = m_pipeline->engagements().add(e);
    return added ? added.value() : Engagement{};
}

void TestEngagementRepository::engagementRoundTrip() {
    const qint64 clientId = addClient();
    QSignalSpy added(&m_pipeline->engagements(), &EngagementRepository::engagementAdded);
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
    auto stored = m_pipeline->engagements().add(e, QStringLiteral("Referred by a former mentee"));
    QVERIFY2(stored, qPrintable(stored.message()));
    QVERIFY(stored->id > 0);
    QCOMPARE(added.size(), 1);

    auto read = m_pipeline->engagements().get(stored->id);
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

    auto timeline = m_pipeline->engagements().timeline(stored->id);
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
    QVERIFY(m_pipeline->engagements().applyChange(change));

    m_ws->clock().advanceDays(2);
    QSignalSpy changed(&m_pipeline->engagements(), &EngagementRepository::engagementChanged);
    Engagement edited = m_pipeline->engagements().get(original.id).value();
    edited.title = QStringLiteral("Renamed");
    edited.stage = Stage::ProfileAgreement; // must not move the engagement back
    edited.clientId = 999;                  // must not move it to another client
    auto saved = m_pipeline->engagements().update(edited);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(changed.size(), 1);
    const Engagement read = m_pipeline->engagements().get(original.id).value();
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
    QVERIFY(m_pipeline->engagements().applyChange(close, close.reason));

    QCOMPARE(m_pipeline->engagements().list()->size(), 3);
    EngagementFilter forAna;
    forAna.clientId = ana;
    QCOMPARE(m_pipeline->engagements().list(forAna)->size(), 2);
    forAna.includeFinal = false;
    const auto open = m_pipeline->engagements().list(forAna);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().title, QStringLiteral("A2"));
}

void TestEngagementRepository::invalidEngagementIsRefused() {
    Engagement noTitle;
    noTitle.clientId = addClient();
    noTitle.startDate = QDate(2026, 3, 2);
    auto result = m_pipeline->engagements().add(noTitle);
    QVERIFY(!result);
    QCOMPARE(result.code(), ErrorCode::InvalidInput);

    Engagement noClient;
    noClient.clientId = 4242; // no such client: the foreign key refuses it
    noClient.title = QStringLiteral("Orphan");
    noClient.startDate = QDate(2026, 3, 2);
    QVERIFY(!m_pipeline->engagements().add(noClient));
    QCOMPARE(m_pipeline->engagements().list()->size(), 0);
    QVERIFY(!m_pipeline->engagements().get(12345));
    QCOMPARE(m_pipeline->engagements().get(12345).code(), ErrorCode::NotFound);
}

void TestEngagementRepository::applyChangeWritesTimeline() {
    const Engagement e = addEngagement(addClient());
    m_ws->clock().advanceDays(5);
    QSignalSpy stageChanged(&m_pipeline->engagements(), &EngagementRepository::stageChanged);
    StageChange change;
    change.engagementId = e.id;
    change.from = PipelineState::ProfileAgreement;
    change.to = PipelineState::Needs;
    change.reason = QStringLiteral("Agreement signed on paper");
    change.overridden = true;
    auto moved = m_pipeline->engagements().applyChange(change);
    QVERIFY2(moved, qPrintable(moved.message()));
    QCOMPARE(moved->stage, Stage::Needs);
    QCOMPARE(moved->stageEnteredUtc, m_ws->clock().nowUtc());
    QCOMPARE(stageChanged.size(), 1);

    const auto timeline = m_pipeline->engagements().timeline(e.id).value();
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
    QCOMPARE(m_pipeline->engagements().applyChange(bare).code(), ErrorCode::InvalidInput);
}

void TestEngagementRepository::applyChangeDetectsConflicts() {
    const Engagement e = addEngagement(addClient());
    StageChange stale;
    stale.engagementId = e.id;
    stale.from = PipelineState::Goals; // the engagement is not there
    stale.to = PipelineState::ActionPlan;
    auto result = m_pipeline->engagements().applyChange(stale);
    QCOMPARE(result.code(), ErrorCode::Conflict);
    QCOMPARE(m_pipeline->engagements().timeline(e.id)->size(), 1);
    QCOMPARE(m_pipeline->engagements().get(e.id)->stage, Stage::ProfileAgreement);
}

void TestEngagementRepository::needRoundTrip() {
    const Engagement e = addEngagement(addClient());
    QSignalSpy added(&m_pipeline->needs(), &NeedRepository::needAdded);
    QSignalSpy removed(&m_pipeline->needs(), &NeedRepository::needRemoved);
    Need low;
    low.engagementId = e.id;
    low.description = QStringLiteral("Network with product people");
    low.priority = NeedPriority::Low;
    QVERIFY(m_pipeline->needs().add(low));
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Learn to write a product brief");
    need.category = NeedCategory::SkillGap;
    need.priority = NeedPriority::High;
    need.strengthRefs = {QStringLiteral("Data analysis"), QStringLiteral(" Data analysis "),
                         QString()};
    need.weaknessRefs = {QStringLiteral("Public speaking")};
    auto stored = m_pipeline->needs().add(need);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(added.size(), 2);

    const auto list = m_pipeline->needs().list(e.id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().id, stored->id); // high priority first
    QCOMPARE(list.first().category, NeedCategory::SkillGap);
    QCOMPARE(list.first().strengthRefs, QStringList{QStringLiteral("Data analysis")});
    QCOMPARE(list.first().weaknessRefs, QStringList{QStringLiteral("Public speaking")});

    Need edited = list.first();
    edited.category = NeedCategory::Promotion;
    edited.engagementId = 999; // cannot move to another engagement
    QVERIFY(m_pipeline->needs().update(edited));
    QCOMPARE(m_pipeline->needs().get(edited.id)->category, NeedCategory::Promotion);
    QCOMPARE(m_pipeline->needs().get(edited.id)->engagementId, e.id);

    Need empty;
    empty.engagementId = e.id;
    QCOMPARE(m_pipeline->needs().add(empty).code(), ErrorCode::InvalidInput);

    QVERIFY(m_pipeline->needs().remove(edited.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_pipeline->needs().list(e.id)->size(), 1);
}

void TestEngagementRepository::goalRoundTripWithNeedLinks() {
    const Engagement e = addEngagement(addClient());
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Visibility with senior leaders");
    const qint64 needId = m_pipeline->needs().add(need)->id;

    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Present the quarterly review to the leadership team");
    goal.metric = QStringLiteral("Presentations given");
    goal.unit = QStringLiteral("presentations");
    goal.baseline = 0;
    goal.target = 2.5;
    goal.attainable = QStringLiteral("Manager already offered a slot");
    goal.needIds = {needId, needId};
    goal.dueDate = QDate(2026, 7, 1);
    QSignalSpy added(&m_pipeline->goals(), &GoalRepository::goalAdded);
    auto stored = m_pipeline->goals().add(goal);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(added.size(), 1);

    const SmartGoal read = m_pipeline->goals().get(stored->id).value();
    QCOMPARE(read.specific, goal.specific);
    QCOMPARE(read.baseline, std::optional<double>(0));
    QCOMPARE(read.target, std::optional<double>(2.5));
    QCOMPARE(read.needIds, QList<qint64>{needId});
    QCOMPARE(read.dueDate, QDate(2026, 7, 1));
    QVERIFY(read.active);

    // A draft: no numbers, no date, not linked, set aside.
    SmartGoal draft = read;
    draft.baseline.reset();
    draft.target.reset();
    draft.dueDate = QDate();
    draft.needIds.clear();
    draft.active = false;
    QVERIFY(m_pipeline->goals().update(draft));
    const SmartGoal reread = m_pipeline->goals().get(read.id).value();
    QVERIFY(!reread.baseline.has_value());
    QVERIFY(!reread.target.has_value());
    QVERIFY(!reread.dueDate.isValid());
    QVERIFY(reread.needIds.isEmpty());
    QVERIFY(!reread.active);

    // Deleting the need drops the link, not the goal.
    draft.needIds = {needId};
    QVERIFY(m_pipeline->goals().update(draft));
    QVERIFY(m_pipeline->needs().remove(needId));
    QVERIFY(m_pipeline->goals().get(read.id)->needIds.isEmpty());
    QCOMPARE(m_pipeline->goals().list(e.id)->size(), 1);
}

void TestEngagementRepository::goalLinksStayInTheEngagement() {
    const qint64 client = addClient();
    const Engagement mine = addEngagement(client, QStringLiteral("Mine"));
    const Engagement other = addEngagement(client, QStringLiteral("Other"));
    Need foreign;
    foreign.engagementId = other.id;
    foreign.description = QStringLiteral("Belongs elsewhere");
    const qint64 foreignId = m_pipeline->needs().add(foreign)->id;
    SmartGoal goal;
    goal.engagementId = mine.id;
    goal.specific = QStringLiteral("Link across engagements");
    goal.needIds = {foreignId};
    auto result = m_pipeline->goals().add(goal);
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QCOMPARE(m_pipeline->goals().list(mine.id)->size(), 0); // rolled back
}

void TestEngagementRepository::progressRoundTrip() {
    const Engagement e = addEngagement(addClient());
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Reduce weekly overtime hours");
    const qint64 goalId = m_pipeline->goals().add(goal)->id;
    QSignalSpy added(&m_pipeline->goals(), &GoalRepository::progressAdded);
    QVERIFY(m_pipeline->goals().addProgress(
        {0, goalId, QDate(2026, 4, 1), 12.5, QStringLiteral("After delegating"), {}}));
    QVERIFY(m_pipeline->goals().addProgress({0, goalId, QDate(2026, 3, 15), 15, {}, {}}));
    QCOMPARE(added.size(), 2);
    const auto entries = m_pipeline->goals().progress(goalId).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].date, QDate(2026, 3, 15)); // by date
    QCOMPARE(entries[1].value, 12.5);
    QCOMPARE(entries[1].comment, QStringLiteral("After delegating"));
    QVERIFY(m_pipeline->goals().removeProgress(entries[0].id));
    QCOMPARE(m_pipeline->goals().progress(goalId)->size(), 1);
    QCOMPARE(m_pipeline->goals().addProgress({0, 4242, QDate(2026, 4, 1), 1, {}, {}}).code(),
             ErrorCode::NotFound);
    QCOMPARE(m_pipeline->goals().addProgress({0, goalId, QDate(), 1, {}, {}}).code(),
             ErrorCode::InvalidInput);
}

void TestEngagementRepository::actionRoundTrip() {
    const Engagement e = addEngagement(addClient());
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Land a product role");
    const qint64 goalId = m_pipeline->goals().add(goal)->id;
    QSignalSpy added(&m_pipeline->actions(), &ActionRepository::actionAdded);
    QSignalSpy changed(&m_pipeline->actions(), &ActionRepository::actionChanged);

    Action late;
    late.goalId = goalId;
    late.description = QStringLiteral("Ask two recruiters for a CV review");
    late.people = {QStringLiteral("Recruiter at a scale-up"), QStringLiteral("  "),
                   QStringLiteral("Former manager")};
    Action soon;
    soon.goalId = goalId;
    soon.description = QStringLiteral("Rewrite the CV summary");
    soon.dueDate = QDate(2026, 3, 20);
    QVERIFY(m_pipeline->actions().add(late));
    auto stored = m_pipeline->actions().add(soon);
    QVERIFY(stored);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.first().at(1).toLongLong(), e.id);

    const auto list = m_pipeline->actions().listForEngagement(e.id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().description, soon.description); // dated first, undated last
    QCOMPARE(list.last().people, (QStringList{QStringLiteral("Recruiter at a scale-up"),
                                              QStringLiteral("Former manager")}));
    QVERIFY(!list.last().dueDate.isValid());
    QCOMPARE(m_pipeline->actions().listForGoal(goalId)->size(), 2);

    QVERIFY(m_pipeline->actions().setStatus(stored->id, ActionStatus::Done));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_pipeline->actions().get(stored->id)->status, ActionStatus::Done);
    QVERIFY(m_pipeline->actions().remove(stored->id));
    QCOMPARE(m_pipeline->actions().listForGoal(goalId)->size(), 1);

    Action orphan;
    orphan.goalId = 4242;
    orphan.description = QStringLiteral("No goal");
    QCOMPARE(m_pipeline->actions().add(orphan).code(), ErrorCode::NotFound);
}

void TestEngagementRepository::evaluationSaveReplaces() {
    const Engagement e = addEngagement(addClient());
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Run a team retrospective alone");
    const qint64 goalId = m_pipeline->goals().add(goal)->id;
    QVERIFY(!m_pipeline->evaluations().forGoal(goalId).value().has_value());

    Evaluation evaluation;
    evaluation.goalId = goalId;
    evaluation.outcome = EvaluationOutcome::Partly;
    evaluation.finalValue = 1;
    evaluation.mentorAssessment = QStringLiteral("Ran one of two, with confidence");
    evaluation.menteeRating = 4;
    evaluation.menteeComments = QStringLiteral("Useful practice");
    evaluation.adjustments = QStringLiteral("Repeat next quarter");
    auto first = m_pipeline->evaluations().save(evaluation);
    QVERIFY2(first, qPrintable(first.message()));

    m_ws->clock().advanceDays(1);
    evaluation.outcome = EvaluationOutcome::Achieved;
    evaluation.menteeRating.reset();
    evaluation.finalValue.reset();
    auto second = m_pipeline->evaluations().save(evaluation);
    QVERIFY(second);
    QCOMPARE(second->id, first->id); // one evaluation per goal
    const Evaluation read = m_pipeline->evaluations().forGoal(goalId).value().value();
    QCOMPARE(read.outcome, EvaluationOutcome::Achieved);
    QVERIFY(!read.menteeRating.has_value());
    QVERIFY(!read.finalValue.has_value());
    QCOMPARE(read.adjustments, QStringLiteral("Repeat next quarter"));
    QCOMPARE(read.createdUtc, first->createdUtc);
    QVERIFY(read.updatedUtc > first->updatedUtc);
    QCOMPARE(m_pipeline->evaluations().listForEngagement(e.id)->size(), 1);

    evaluation.menteeRating = 6;
    QCOMPARE(m_pipeline->evaluations().save(evaluation).code(), ErrorCode::InvalidInput);

    QVERIFY(m_pipeline->evaluations().removeForGoal(goalId));
    QVERIFY(!m_pipeline->evaluations().forGoal(goalId).value().has_value());
}

// Every write to an engagement's work counts as activity (the "stale" rule).
void TestEngagementRepository::writesRecordActivity() {
    const Engagement e = addEngagement(addClient());
    auto lastActivity = [&] {
        return m_pipeline->engagements().get(e.id)->lastActivityUtc;
    };
    m_ws->clock().advanceDays(3);
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Confidence in negotiations");
    QVERIFY(m_pipeline->needs().add(need));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Negotiate the next salary review");
    const qint64 goalId = m_pipeline->goals().add(goal)->id;
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("Collect market salary data");
    QVERIFY(m_pipeline->actions().add(action));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    QVERIFY(m_pipeline->goals().addProgress({0, goalId, QDate(2026, 3, 20), 1, {}, {}}));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    Evaluation evaluation;
    evaluation.goalId = goalId;
    QVERIFY(m_pipeline->evaluations().save(evaluation));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());
}

// The database itself refuses unknown keys, even from code that bypasses the
// repositories.
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
    QVERIFY(m_pipeline->needs().add(need));
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("A goal to delete");
    const qint64 goalId = m_pipeline->goals().add(goal)->id;
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("An action");
    QVERIFY(m_pipeline->actions().add(action));

    QVERIFY(m_ws->workspace().clients().remove(client));
    QCOMPARE(m_pipeline->engagements().list()->size(), 0);
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
    QVERIFY(m_pipeline->needs().add(need));
    m_pipeline.reset();
    QVERIFY2(m_ws->reopen(), qPrintable(m_ws->error()));
    m_pipeline = std::make_unique<Pipeline>(m_ws->workspace().database(), m_ws->clock());
    QCOMPARE(m_pipeline->engagements().get(e.id)->title, e.title);
    QCOMPARE(m_pipeline->needs().list(e.id)->first().description, need.description);
    QCOMPARE(m_pipeline->engagements().timeline(e.id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestEngagementRepository)
#include "tst_engagementrepository.moc"
