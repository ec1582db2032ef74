#include "pipeline/SmartCheck.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace md;

Q_DECLARE_METATYPE(md::SmartLetter)

namespace {

// A goal that passes all five letters; each row breaks one thing.
SmartGoal goodGoal() {
    SmartGoal goal;
    goal.engagementId = 1;
    goal.specific = QStringLiteral("Get three interviews for product manager roles");
    goal.metric = QStringLiteral("Interviews held");
    goal.unit = QStringLiteral("interviews");
    goal.baseline = 0;
    goal.target = 3;
    goal.attainable = QStringLiteral("Strong portfolio; two referrals already offered.");
    goal.needIds = {11};
    goal.dueDate = QDate(2026, 6, 30);
    return goal;
}

SmartContext context() {
    SmartContext c;
    c.engagementStart = QDate(2026, 3, 1);
    c.needIds = QSet<qint64>{11, 12};
    return c;
}

using Mutation = std::function<void(SmartGoal&, SmartContext&)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestSmartCheck final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodGoalPasses();
    void perLetter_data();
    void perLetter();
    void everythingMissing();
    void withoutContext();
};

void TestSmartCheck::goodGoalPasses() {
    const SmartReport report = SmartCheck::check(goodGoal(), context());
    QVERIFY2(report.passed(), report.issues.isEmpty() ? "" : qPrintable(report.issues[0].message));
    QVERIFY(report.failedLetters().isEmpty());
    for (SmartLetter letter : allOf<SmartLetter>())
        QVERIFY(report.passes(letter));
}

void TestSmartCheck::perLetter_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<SmartLetter>("letter");
    QTest::addColumn<QString>("key");

    QTest::newRow("S empty") << Mutation([](SmartGoal& g, SmartContext&) { g.specific = "  "; })
                             << SmartLetter::Specific << "specific.empty";
    QTest::newRow("S a topic only")
        << Mutation([](SmartGoal& g, SmartContext&) { g.specific = "Leadership skills"; })
        << SmartLetter::Specific << "specific.vague";
    QTest::newRow("M no metric") << Mutation([](SmartGoal& g, SmartContext&) { g.metric.clear(); })
                                 << SmartLetter::Measurable << "measurable.metric";
    QTest::newRow("M no unit") << Mutation([](SmartGoal& g, SmartContext&) { g.unit = " "; })
                               << SmartLetter::Measurable << "measurable.unit";
    QTest::newRow("M no baseline")
        << Mutation([](SmartGoal& g, SmartContext&) { g.baseline.reset(); })
        << SmartLetter::Measurable << "measurable.baseline";
    QTest::newRow("M no target") << Mutation([](SmartGoal& g, SmartContext&) { g.target.reset(); })
                                 << SmartLetter::Measurable << "measurable.target";
    QTest::newRow("M target not a number") << Mutation([](SmartGoal& g, SmartContext&) {
        g.target = std::numeric_limits<double>::quiet_NaN();
    }) << SmartLetter::Measurable << "measurable.target";
    QTest::newRow("M target equals baseline")
        << Mutation([](SmartGoal& g, SmartContext&) { g.target = 0; }) << SmartLetter::Measurable
        << "measurable.no_change";
    QTest::newRow("A no rationale")
        << Mutation([](SmartGoal& g, SmartContext&) { g.attainable.clear(); })
        << SmartLetter::Attainable << "attainable.rationale";
    QTest::newRow("R no need") << Mutation([](SmartGoal& g, SmartContext&) { g.needIds.clear(); })
                               << SmartLetter::Relevant << "relevant.no_need";
    QTest::newRow("R need deleted") << Mutation([](SmartGoal& g, SmartContext&) {
        g.needIds = {11, 99};
    }) << SmartLetter::Relevant << "relevant.unknown_need";
    QTest::newRow("T no due date")
        << Mutation([](SmartGoal& g, SmartContext&) { g.dueDate = QDate(); })
        << SmartLetter::TimeBound << "time_bound.no_due_date";
    QTest::newRow("T due on the start day")
        << Mutation([](SmartGoal& g, SmartContext&) { g.dueDate = QDate(2026, 3, 1); })
        << SmartLetter::TimeBound << "time_bound.before_start";
    QTest::newRow("T due before the start")
        << Mutation([](SmartGoal& g, SmartContext&) { g.dueDate = QDate(2025, 12, 1); })
        << SmartLetter::TimeBound << "time_bound.before_start";
}

// Breaking one thing fails exactly that letter, with the expected reason.
void TestSmartCheck::perLetter() {
    QFETCH(Mutation, mutate);
    QFETCH(SmartLetter, letter);
    QFETCH(QString, key);
    SmartGoal goal = goodGoal();
    SmartContext c = context();
    mutate(goal, c);
    const SmartReport report = SmartCheck::check(goal, c);
    QVERIFY(!report.passed());
    QCOMPARE(report.failedLetters(), QList<SmartLetter>{letter});
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().key, key);
    QCOMPARE(report.issues.first().letter, letter);
    QVERIFY(!report.issues.first().message.isEmpty());
    QVERIFY(!report.passes(letter));
}

void TestSmartCheck::everythingMissing() {
    SmartGoal empty;
    const SmartReport report = SmartCheck::check(empty, context());
    QCOMPARE(report.failedLetters(), allOf<SmartLetter>());
    QStringList keys;
    for (const SmartIssue& issue : report.issues)
        keys.append(issue.key);
    // Measurable lists every missing part so the editor can mark each field.
    QCOMPARE(keys, (QStringList{"specific.empty", "measurable.metric", "measurable.unit",
                                "measurable.baseline", "measurable.target", "attainable.rationale",
                                "relevant.no_need", "time_bound.no_due_date"}));
    QCOMPARE(report.issuesFor(SmartLetter::Measurable).size(), 4);
}

// The goal editor checks before the engagement's needs or start are known.
void TestSmartCheck::withoutContext() {
    SmartGoal goal = goodGoal();
    goal.needIds = {12345};
    goal.dueDate = QDate(2000, 1, 1);
    QVERIFY(SmartCheck::check(goal).passed());
}

QTEST_GUILESS_MAIN(TestSmartCheck)
#include "tst_smartcheck.moc"
