#include "tst_engagement_fixture.h"

#include "clients/ClientService.h"

#include <QTest>

using namespace md;

namespace {

// How many notes of `kind` with `op` the recorded change sets hold.
int notes(const test::ChangeRecorder& recorder, RecordKind kind, ChangeOp op) {
    int count = 0;
    for (int i = 0; i < recorder.count(); ++i)
        count += int(recorder.at(i).ids(kind, op).size());
    return count;
}

} // namespace

// Round trips of an engagement's work (needs, goals with progress, actions,
// evaluations) through EngagementService on a real encrypted workspace, with
// the changes each write announces.
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
    test::ChangeRecorder changes(m_ws->workspace());
    Need low;
    low.engagementId = e.id;
    low.description = QStringLiteral("Network with product people");
    low.priority = NeedPriority::Low;
    QVERIFY(service().addNeed(low));
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Learn to write a product brief");
    need.category = NeedCategory::SkillGap;
    need.priority = NeedPriority::High;
    need.strengthRefs = {QStringLiteral("Data analysis"), QStringLiteral(" Data analysis "),
                         QString()};
    need.weaknessRefs = {QStringLiteral("Public speaking")};
    auto stored = service().addNeed(need);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(notes(changes, RecordKind::Need, ChangeOp::Added), 2);
    QVERIFY(changes.last().ids(RecordKind::Engagement, ChangeOp::Updated).contains(e.id));

    const auto list = service().needs(e.id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().id, stored->id); // high priority first
    QCOMPARE(list.first().category, NeedCategory::SkillGap);
    QCOMPARE(list.first().strengthRefs, QStringList{QStringLiteral("Data analysis")});
    QCOMPARE(list.first().weaknessRefs, QStringList{QStringLiteral("Public speaking")});

    Need edited = list.first();
    edited.category = NeedCategory::Promotion;
    edited.engagementId = 999; // cannot move to another engagement
    QVERIFY(service().updateNeed(edited));
    QCOMPARE(service().need(edited.id)->category, NeedCategory::Promotion);
    QCOMPARE(service().need(edited.id)->engagementId, e.id);

    Need empty;
    empty.engagementId = e.id;
    QCOMPARE(service().addNeed(empty).code(), ErrorCode::InvalidInput);

    QVERIFY(service().removeNeed(edited.id));
    QCOMPARE(notes(changes, RecordKind::Need, ChangeOp::Removed), 1);
    QVERIFY(changes.last().removed(RecordKind::Need, edited.id));
    QCOMPARE(service().needs(e.id)->size(), 1);
}

void TestEngagementWorkRepositories::goalRoundTripWithNeedLinks() {
    const Engagement e = addEngagement(addClient());
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Visibility with senior leaders");
    const qint64 needId = service().addNeed(need)->id;

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
    test::ChangeRecorder changes(m_ws->workspace());
    auto stored = service().addGoal(goal);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(notes(changes, RecordKind::Goal, ChangeOp::Added), 1);

    const SmartGoal read = service().goal(stored->id).value();
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
    QVERIFY(service().updateGoal(draft));
    const SmartGoal reread = service().goal(read.id).value();
    QVERIFY(!reread.baseline.has_value());
    QVERIFY(!reread.target.has_value());
    QVERIFY(!reread.dueDate.isValid());
    QVERIFY(reread.needIds.isEmpty());
    QVERIFY(!reread.active);

    // Deleting the need drops the link, not the goal; the goal is announced
    // as changed.
    draft.needIds = {needId};
    QVERIFY(service().updateGoal(draft));
    changes.clear();
    QVERIFY(service().removeNeed(needId));
    QCOMPARE(changes.last().ids(RecordKind::Goal, ChangeOp::Updated), QSet<qint64>{read.id});
    QVERIFY(service().goal(read.id)->needIds.isEmpty());
    QCOMPARE(service().goals(e.id)->size(), 1);
}

void TestEngagementWorkRepositories::goalLinksStayInTheEngagement() {
    const qint64 client = addClient();
    const Engagement mine = addEngagement(client, QStringLiteral("Mine"));
    const Engagement other = addEngagement(client, QStringLiteral("Other"));
    Need foreign;
    foreign.engagementId = other.id;
    foreign.description = QStringLiteral("Belongs elsewhere");
    const qint64 foreignId = service().addNeed(foreign)->id;
    SmartGoal goal;
    goal.engagementId = mine.id;
    goal.specific = QStringLiteral("Link across engagements");
    goal.needIds = {foreignId};
    auto result = service().addGoal(goal);
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QCOMPARE(service().goals(mine.id)->size(), 0); // rolled back
}

void TestEngagementWorkRepositories::progressRoundTrip() {
    const Engagement e = addEngagement(addClient());
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Reduce weekly overtime hours");
    const qint64 goalId = service().addGoal(goal)->id;
    test::ChangeRecorder changes(m_ws->workspace());
    QVERIFY(service().addProgress(
        {0, goalId, QDate(2026, 4, 1), 12.5, QStringLiteral("After delegating"), {}}));
    QVERIFY(service().addProgress({0, goalId, QDate(2026, 3, 15), 15, {}, {}}));
    QCOMPARE(notes(changes, RecordKind::GoalProgress, ChangeOp::Added), 2);
    // The goal's row shows its progress: it is announced too.
    QVERIFY(changes.last().ids(RecordKind::Goal, ChangeOp::Updated).contains(goalId));
    const auto entries = service().progress(goalId).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].date, QDate(2026, 3, 15)); // by date
    QCOMPARE(entries[1].value, 12.5);
    QCOMPARE(entries[1].comment, QStringLiteral("After delegating"));
    QVERIFY(service().removeProgress(entries[0].id));
    QCOMPARE(service().progress(goalId)->size(), 1);
    QCOMPARE(service().addProgress({0, 4242, QDate(2026, 4, 1), 1, {}, {}}).code(),
             ErrorCode::NotFound);
    QCOMPARE(service().addProgress({0, goalId, QDate(), 1, {}, {}}).code(),
             ErrorCode::InvalidInput);
}

void TestEngagementWorkRepositories::actionRoundTrip() {
    const Engagement e = addEngagement(addClient());
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Land a product role");
    const qint64 goalId = service().addGoal(goal)->id;
    test::ChangeRecorder changes(m_ws->workspace());

    Action late;
    late.goalId = goalId;
    late.description = QStringLiteral("Ask two recruiters for a CV review");
    late.people = {QStringLiteral("Recruiter at a scale-up"), QStringLiteral("  "),
                   QStringLiteral("Former manager")};
    Action soon;
    soon.goalId = goalId;
    soon.description = QStringLiteral("Rewrite the CV summary");
    soon.dueDate = QDate(2026, 3, 20);
    QVERIFY(service().addAction(late));
    auto stored = service().addAction(soon);
    QVERIFY(stored);
    QCOMPARE(notes(changes, RecordKind::Action, ChangeOp::Added), 2);
    // The engagement is named, so the board knows which card changed.
    QVERIFY(changes.at(0).ids(RecordKind::Engagement, ChangeOp::Updated).contains(e.id));

    const auto list = service().actions(e.id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().description, soon.description); // dated first, undated last
    QCOMPARE(list.last().people, (QStringList{QStringLiteral("Recruiter at a scale-up"),
                                              QStringLiteral("Former manager")}));
    QVERIFY(!list.last().dueDate.isValid());
    QCOMPARE(service().actionsForGoal(goalId)->size(), 2);

    QVERIFY(service().setActionStatus(stored->id, ActionStatus::Done));
    QCOMPARE(notes(changes, RecordKind::Action, ChangeOp::Updated), 1);
    QCOMPARE(service().action(stored->id)->status, ActionStatus::Done);
    QVERIFY(service().removeAction(stored->id));
    QCOMPARE(service().actionsForGoal(goalId)->size(), 1);

    Action orphan;
    orphan.goalId = 4242;
    orphan.description = QStringLiteral("No goal");
    QCOMPARE(service().addAction(orphan).code(), ErrorCode::NotFound);
}

void TestEngagementWorkRepositories::evaluationSaveReplaces() {
    const Engagement e = addEngagement(addClient());
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Run a team retrospective alone");
    const qint64 goalId = service().addGoal(goal)->id;
    QVERIFY(!service().evaluation(goalId).value().has_value());

    Evaluation evaluation;
    evaluation.goalId = goalId;
    evaluation.outcome = EvaluationOutcome::Partly;
    evaluation.finalValue = 1;
    evaluation.mentorAssessment = QStringLiteral("Ran one of two, with confidence");
    evaluation.menteeRating = 4;
    evaluation.menteeComments = QStringLiteral("Useful practice");
    evaluation.adjustments = QStringLiteral("Repeat next quarter");
    auto first = service().saveEvaluation(evaluation);
    QVERIFY2(first, qPrintable(first.message()));

    m_ws->clock().advanceDays(1);
    evaluation.outcome = EvaluationOutcome::Achieved;
    evaluation.menteeRating.reset();
    evaluation.finalValue.reset();
    auto second = service().saveEvaluation(evaluation);
    QVERIFY(second);
    QCOMPARE(second->id, first->id); // one evaluation per goal
    const Evaluation read = service().evaluation(goalId).value().value();
    QCOMPARE(read.outcome, EvaluationOutcome::Achieved);
    QVERIFY(!read.menteeRating.has_value());
    QVERIFY(!read.finalValue.has_value());
    QCOMPARE(read.adjustments, QStringLiteral("Repeat next quarter"));
    QCOMPARE(read.createdUtc, first->createdUtc);
    QVERIFY(read.updatedUtc > first->updatedUtc);
    QCOMPARE(service().evaluations(e.id)->size(), 1);

    evaluation.menteeRating = 6;
    QCOMPARE(service().saveEvaluation(evaluation).code(), ErrorCode::InvalidInput);

    QVERIFY(service().removeEvaluation(goalId));
    QVERIFY(!service().evaluation(goalId).value().has_value());
}

// Every write to an engagement's work counts as activity (the "stale" rule).
void TestEngagementWorkRepositories::writesRecordActivity() {
    const Engagement e = addEngagement(addClient());
    auto lastActivity = [&] {
        return service().engagement(e.id)->lastActivityUtc;
    };
    m_ws->clock().advanceDays(3);
    Need need;
    need.engagementId = e.id;
    need.description = QStringLiteral("Confidence in negotiations");
    QVERIFY(service().addNeed(need));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    SmartGoal goal;
    goal.engagementId = e.id;
    goal.specific = QStringLiteral("Negotiate the next salary review");
    const qint64 goalId = service().addGoal(goal)->id;
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("Collect market salary data");
    QVERIFY(service().addAction(action));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    QVERIFY(service().addProgress({0, goalId, QDate(2026, 3, 20), 1, {}, {}}));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());

    m_ws->clock().advanceDays(3);
    Evaluation evaluation;
    evaluation.goalId = goalId;
    QVERIFY(service().saveEvaluation(evaluation));
    QCOMPARE(lastActivity(), m_ws->clock().nowUtc());
}

QTEST_GUILESS_MAIN(TestEngagementWorkRepositories)
#include "tst_engagementworkrepositories.moc"
