#include "FakeClock.h"
#include "pipeline/PipelineWarnings.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::ActionStatus)
Q_DECLARE_METATYPE(md::EngagementStatus)

namespace {
// FakeClock starts on Monday 2 March 2026, 09:00 UTC.
const QDate kToday(2026, 3, 2);
} // namespace

class TestPipelineWarnings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overdue_data();
    void overdue();
    void overdueFollowsTheClock();
    void stale_data();
    void stale();
    void staleFollowsTheClock();
    void dueSoon_data();
    void dueSoon();
    void daysInStage();
};

void TestPipelineWarnings::initTestCase() {
    // "Today" is the local date of the clock; the rows assume a zone where
    // 09:00 UTC is still 2 March.
    test::FakeClock clock;
    QCOMPARE(clock.today(), kToday);
}

void TestPipelineWarnings::overdue_data() {
    QTest::addColumn<ActionStatus>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("expected");
    QTest::newRow("todo, due yesterday") << ActionStatus::Todo << kToday.addDays(-1) << true;
    QTest::newRow("doing, due last month") << ActionStatus::Doing << kToday.addMonths(-1) << true;
    QTest::newRow("todo, due today") << ActionStatus::Todo << kToday << false;
    QTest::newRow("todo, due tomorrow") << ActionStatus::Todo << kToday.addDays(1) << false;
    QTest::newRow("todo, no due date") << ActionStatus::Todo << QDate() << false;
    QTest::newRow("done, due yesterday") << ActionStatus::Done << kToday.addDays(-1) << false;
    QTest::newRow("dropped, due yesterday") << ActionStatus::Dropped << kToday.addDays(-1) << false;
}

void TestPipelineWarnings::overdue() {
    QFETCH(ActionStatus, status);
    QFETCH(QDate, due);
    QFETCH(bool, expected);
    test::FakeClock clock;
    Action action;
    action.status = status;
    action.dueDate = due;
    QCOMPARE(PipelineWarnings::isOverdue(action, clock), expected);
}

void TestPipelineWarnings::overdueFollowsTheClock() {
    test::FakeClock clock;
    Action action;
    action.dueDate = kToday.addDays(3);
    QVERIFY(!PipelineWarnings::isOverdue(action, clock));
    clock.advanceDays(3);
    QVERIFY(!PipelineWarnings::isOverdue(action, clock)); // due today
    clock.advanceDays(1);
    QVERIFY(PipelineWarnings::isOverdue(action, clock));
}

void TestPipelineWarnings::stale_data() {
    QTest::addColumn<EngagementStatus>("status");
    QTest::addColumn<int>("idleHours");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("expected");
    QTest::newRow("active, 20 days idle of 21")
        << EngagementStatus::Active << 20 * 24 << 21 << false;
    QTest::newRow("active, just short of 21 days")
        << EngagementStatus::Active << 21 * 24 - 1 << 21 << false;
    QTest::newRow("active, 21 days idle") << EngagementStatus::Active << 21 * 24 << 21 << true;
    QTest::newRow("maintenance, 40 days idle")
        << EngagementStatus::Maintenance << 40 * 24 << 21 << true;
    QTest::newRow("completed is never stale")
        << EngagementStatus::Completed << 400 * 24 << 21 << false;
    QTest::newRow("closed early is never stale")
        << EngagementStatus::ClosedEarly << 400 * 24 << 21 << false;
    QTest::newRow("custom threshold of 7 days") << EngagementStatus::Active << 7 * 24 << 7 << true;
    QTest::newRow("threshold 0 switches it off")
        << EngagementStatus::Active << 90 * 24 << 0 << false;
}

void TestPipelineWarnings::stale() {
    QFETCH(EngagementStatus, status);
    QFETCH(int, idleHours);
    QFETCH(int, threshold);
    QFETCH(bool, expected);
    test::FakeClock clock;
    Engagement engagement;
    engagement.status = status;
    engagement.lastActivityUtc = clock.nowUtc().addSecs(-qint64(idleHours) * 3600);
    QCOMPARE(PipelineWarnings::isStale(engagement, threshold, clock), expected);
}

void TestPipelineWarnings::staleFollowsTheClock() {
    test::FakeClock clock;
    Engagement engagement;
    engagement.createdUtc = clock.nowUtc(); // no activity recorded: creation counts
    QVERIFY(!PipelineWarnings::isStale(engagement, 14, clock));
    clock.advanceDays(13);
    QVERIFY(!PipelineWarnings::isStale(engagement, 14, clock));
    QCOMPARE(PipelineWarnings::daysSinceActivity(engagement, clock), 13);
    clock.advanceDays(1);
    QVERIFY(PipelineWarnings::isStale(engagement, 14, clock));
    engagement.lastActivityUtc = clock.nowUtc(); // the mentor worked on it
    QVERIFY(!PipelineWarnings::isStale(engagement, 14, clock));
}

void TestPipelineWarnings::dueSoon_data() {
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("soon");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("due today") << kToday << true << false << true << false;
    QTest::newRow("due in 14 days") << kToday.addDays(14) << true << false << true << false;
    QTest::newRow("due in 15 days") << kToday.addDays(15) << true << false << false << false;
    QTest::newRow("due yesterday") << kToday.addDays(-1) << true << false << false << true;
    QTest::newRow("reached already") << kToday.addDays(3) << true << true << false << false;
    QTest::newRow("reached, past due") << kToday.addDays(-3) << true << true << false << false;
    QTest::newRow("inactive goal") << kToday.addDays(3) << false << false << false << false;
    QTest::newRow("no due date") << QDate() << true << false << false << false;
}

void TestPipelineWarnings::dueSoon() {
    QFETCH(QDate, due);
    QFETCH(bool, active);
    QFETCH(bool, reached);
    QFETCH(bool, soon);
    QFETCH(bool, overdue);
    test::FakeClock clock;
    SmartGoal goal;
    goal.dueDate = due;
    goal.active = active;
    QCOMPARE(PipelineWarnings::isDueSoon(goal, reached, 14, clock), soon);
    QCOMPARE(PipelineWarnings::isGoalOverdue(goal, reached, clock), overdue);
}

void TestPipelineWarnings::daysInStage() {
    test::FakeClock clock;
    Engagement engagement;
    engagement.stageEnteredUtc = clock.nowUtc();
    QCOMPARE(PipelineWarnings::daysInStage(engagement, clock), 0);
    clock.advanceSeconds(23 * 3600);
    QCOMPARE(PipelineWarnings::daysInStage(engagement, clock), 0);
    clock.advanceSeconds(3600);
    QCOMPARE(PipelineWarnings::daysInStage(engagement, clock), 1);
    clock.advanceDays(9);
    QCOMPARE(PipelineWarnings::daysInStage(engagement, clock), 10);
}

QTEST_GUILESS_MAIN(TestPipelineWarnings)
#include "tst_pipelinewarnings.moc"
