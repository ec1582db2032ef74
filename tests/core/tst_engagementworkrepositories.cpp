#include "tst_engagement_fixture.h"

#include "clients/ClientService.h"
#include "pipeline/Pipeline.h"
#include "storage/ActionRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace md;

// Round trips of an engagement's work (needs, goals with progress, actions,
// evaluations) through a real encrypted workspace.
class TestEngagementWorkRepositories final : public QObject, private test::EngagementFixture {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void needRoundTrip();
    void goalRoundTripWithNeedLinks();
    void goalLinksStayInTheEngagement();
    void progressRoundTrip();
    void actionRoundTrip();
    void evaluationSaveReplaces();
    void writesRecordActivity();
};

void TestEngagementWorkRepositories::init() {
    openFixture();
}

void TestEngagementWorkRepositories::cleanup() {
    closeFixture();
}

void TestEngagementWorkRepositories::needRoundTrip() {
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

void TestEngagementWorkRepositories::goalRoundTripWithNeedLinks() {
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

void TestEngagementWorkRepositories::goalLinksStayInTheEngagement() {
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

void TestEngagementWorkRepositories::progressRoundTrip() {
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

void TestEngagementWorkRepositories::actionRoundTrip() {
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

void TestEngagementWorkRepositories::evaluationSaveReplaces() {
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
void TestEngagementWorkRepositories::writesRecordActivity() {
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
QTEST_GUILESS_MAIN(TestEngagementWorkRepositories)
#include "tst_engagementworkrepositories.moc"
