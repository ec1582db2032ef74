#include "pipeline/GoalProgress.h"

#include <QTest>

#include <limits>

using namespace md;

class TestSmartProgress final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void percent_data();
    void percent();
    void latestEntry();
    void percentOfGoal();
    void evaluationIsTheLatestMeasurementUntilALaterEntry();
};

void TestSmartProgress::percent_data() {
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");

    QTest::newRow("increasing: start") << 0.0 << 10.0 << 0.0 << 0.0;
    QTest::newRow("increasing: halfway") << 0.0 << 10.0 << 5.0 << 50.0;
    QTest::newRow("increasing: from a non-zero baseline") << 40.0 << 60.0 << 45.0 << 25.0;
    QTest::newRow("increasing: reached") << 0.0 << 3.0 << 3.0 << 100.0;
    QTest::newRow("increasing: over target is clamped") << 0.0 << 3.0 << 5.0 << 100.0;
    QTest::newRow("increasing: below baseline is clamped") << 10.0 << 20.0 << 7.0 << 0.0;
    QTest::newRow("decreasing: halfway") << 40.0 << 10.0 << 25.0 << 50.0;
    QTest::newRow("decreasing: reached") << 40.0 << 10.0 << 10.0 << 100.0;
    QTest::newRow("decreasing: beyond target is clamped") << 40.0 << 10.0 << 2.0 << 100.0;
    QTest::newRow("decreasing: worse than baseline is clamped") << 40.0 << 10.0 << 55.0 << 0.0;
    QTest::newRow("negative numbers") << -10.0 << 10.0 << 0.0 << 50.0;
    QTest::newRow("baseline == target, on it") << 5.0 << 5.0 << 5.0 << 100.0;
    QTest::newRow("baseline == target, off it") << 5.0 << 5.0 << 4.0 << 0.0;
    QTest::newRow("baseline == target == 0") << 0.0 << 0.0 << 0.0 << 100.0;
    QTest::newRow("not a number") << 0.0 << 10.0 << std::numeric_limits<double>::quiet_NaN() << 0.0;
    QTest::newRow("infinite target")
        << 0.0 << std::numeric_limits<double>::infinity() << 5.0 << 0.0;
}

void TestSmartProgress::percent() {
    QFETCH(double, baseline);
    QFETCH(double, target);
    QFETCH(double, value);
    QFETCH(double, expected);
    QCOMPARE(GoalProgress::percent(baseline, target, value), expected);
}

void TestSmartProgress::latestEntry() {
    QVERIFY(!GoalProgress::latest({}).has_value());
    ProgressEntry march{1, 1, QDate(2026, 3, 10), 1.0, {}, {}};
    ProgressEntry april{2, 1, QDate(2026, 4, 10), 2.0, {}, {}};
    ProgressEntry aprilLater{3, 1, QDate(2026, 4, 10), 2.5, {}, {}};
    // Entries may come in any order; the date wins, then the later record.
    QCOMPARE(GoalProgress::latest({april, march})->id, qint64(2));
    QCOMPARE(GoalProgress::latest({aprilLater, march, april})->id, qint64(3));
}

void TestSmartProgress::percentOfGoal() {
    SmartGoal goal;
    goal.baseline = 2;
    goal.target = 6;
    QCOMPARE(GoalProgress::percentOf(goal, {}), std::optional<double>(0.0));
    QVERIFY(!GoalProgress::reached(goal, {}));
    const ProgressEntry one{1, 1, QDate(2026, 3, 10), 4.0, {}, {}};
    QCOMPARE(GoalProgress::percentOf(goal, {one}), std::optional<double>(50.0));
    const ProgressEntry two{2, 1, QDate(2026, 4, 10), 6.0, {}, {}};
    QCOMPARE(GoalProgress::percentOf(goal, {two, one}), std::optional<double>(100.0));
    QVERIFY(GoalProgress::reached(goal, {one, two}));

    SmartGoal unmeasured;
    unmeasured.target = 6;
    QCOMPARE(GoalProgress::percentOf(unmeasured, {one}), std::nullopt);
    QVERIFY(!GoalProgress::reached(unmeasured, {one}));
}

void TestSmartProgress::evaluationIsTheLatestMeasurementUntilALaterEntry() {
    SmartGoal goal;
    goal.baseline = 0;
    goal.target = 4;
    const ProgressEntry april{1,   1,  QDate(2026, 4, 1),
                              2.0, {}, QDateTime(QDate(2026, 4, 1), QTime(9, 0))};
    Evaluation evaluation;
    evaluation.goalId = 1;
    evaluation.createdUtc = QDateTime(QDate(2026, 3, 1), QTime(12, 0)).toUTC();
    evaluation.updatedUtc = QDateTime(QDate(2026, 5, 20), QTime(12, 0)).toUTC();

    // Without a final value the evaluation measures nothing.
    QVERIFY(!GoalProgress::measurementOf(evaluation).has_value());
    QCOMPARE(GoalProgress::percentOf(goal, {april}, evaluation), std::optional<double>(50.0));

    // With one, it is dated on the day it was last saved, and decides.
    evaluation.finalValue = 4.0;
    const auto measured = GoalProgress::measurementOf(evaluation);
    QVERIFY(measured.has_value());
    QCOMPARE(measured->date, QDate(2026, 5, 20));
    QCOMPARE(measured->value, 4.0);
    QCOMPARE(GoalProgress::latestValue({april}, evaluation), std::optional<double>(4.0));
    QCOMPARE(GoalProgress::percentOf(goal, {april}, evaluation), std::optional<double>(100.0));
    QVERIFY(GoalProgress::reached(goal, {april}, evaluation));
    QCOMPARE(GoalProgress::percentOf(goal, {}, evaluation), std::optional<double>(100.0));

    // An entry of a later day supersedes it; one of an earlier day does not.
    const ProgressEntry june{2,   1,  QDate(2026, 6, 1),
                             3.0, {}, QDateTime(QDate(2026, 6, 1), QTime(9, 0))};
    QCOMPARE(GoalProgress::percentOf(goal, {june, april}, evaluation), std::optional<double>(75.0));
    QVERIFY(!GoalProgress::reached(goal, {april, june}, evaluation));

    // On the evaluation's own day the later recorded of the two counts.
    const QDateTime evaluated = evaluation.updatedUtc;
    const ProgressEntry sameDayBefore{3, 1, QDate(2026, 5, 20), 1.0, {}, evaluated.addSecs(-60)};
    const ProgressEntry sameDayAfter{4, 1, QDate(2026, 5, 20), 1.0, {}, evaluated.addSecs(60)};
    QCOMPARE(GoalProgress::latestValue({sameDayBefore}, evaluation), std::optional<double>(4.0));
    QCOMPARE(GoalProgress::latestValue({sameDayAfter}, evaluation), std::optional<double>(1.0));

    // A goal without baseline and target still has no percentage.
    SmartGoal unmeasured;
    unmeasured.target = 4;
    QCOMPARE(GoalProgress::percentOf(unmeasured, {april}, evaluation), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSmartProgress)
#include "tst_smartprogress.moc"
