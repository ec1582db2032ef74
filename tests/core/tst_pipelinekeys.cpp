#include "pipeline/PipelineKeys.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace md;

class TestPipelineKeys final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrips();
    void fixedKeys_data();
    void fixedKeys();
    void unknownKeys();
    void migrationChecksUseTheKeys_data();
    void migrationChecksUseTheKeys();

private:
    template <typename E> void checkEnum(const char* name);
};

template <typename E> void TestPipelineKeys::checkEnum(const char* name) {
    QSet<QString> keys;
    QSet<QString> labels;
    for (E value : allOf<E>()) {
        const QString key = keyOf(value);
        QVERIFY2(!key.isEmpty(), name);
        QCOMPARE(fromKey<E>(key), std::optional<E>(value));
        QVERIFY2(!labelOf(value).isEmpty(), name);
        keys.insert(key);
        labels.insert(labelOf(value));
    }
    QCOMPARE(keys.size(), allOf<E>().size());
    QCOMPARE(labels.size(), allOf<E>().size());
    QCOMPARE(keysOf<E>().size(), allOf<E>().size());
}

void TestPipelineKeys::roundTrips() {
    checkEnum<Stage>("Stage");
    checkEnum<EngagementStatus>("EngagementStatus");
    checkEnum<PipelineState>("PipelineState");
    checkEnum<Cadence>("Cadence");
    checkEnum<EngagementFormat>("EngagementFormat");
    checkEnum<NeedCategory>("NeedCategory");
    checkEnum<NeedPriority>("NeedPriority");
    checkEnum<ActionStatus>("ActionStatus");
    checkEnum<EvaluationOutcome>("EvaluationOutcome");
    checkEnum<SmartLetter>("SmartLetter");
}

// Keys are stored in the database and printed by the CLI: they must never
// change. This pins them.
void TestPipelineKeys::fixedKeys_data() {
    QTest::addColumn<QStringList>("actual");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("stage") << keysOf<Stage>()
                           << QStringList{"profile_agreement", "needs", "goals", "action_plan",
                                          "evaluation"};
    QTest::newRow("status") << keysOf<EngagementStatus>()
                            << QStringList{"active", "maintenance", "completed", "closed_early"};
    QTest::newRow("cadence") << keysOf<Cadence>() << QStringList{"weekly", "biweekly", "monthly"};
    QTest::newRow("format") << keysOf<EngagementFormat>()
                            << QStringList{"in_person", "video", "phone", "mixed"};
    QTest::newRow("category") << keysOf<NeedCategory>()
                              << QStringList{"skill_gap", "career_move", "promotion",
                                             "new_role",  "leadership",  "other"};
    QTest::newRow("action status")
        << keysOf<ActionStatus>() << QStringList{"todo", "doing", "done", "dropped"};
    QTest::newRow("outcome") << keysOf<EvaluationOutcome>()
                             << QStringList{"achieved", "partly", "not_achieved"};
}

void TestPipelineKeys::fixedKeys() {
    QFETCH(QStringList, actual);
    QFETCH(QStringList, expected);
    QCOMPARE(actual, expected);
}

void TestPipelineKeys::unknownKeys() {
    QCOMPARE(fromKey<Stage>(QStringLiteral("Needs")), std::nullopt); // keys are case-sensitive
    QCOMPARE(fromKey<Cadence>(QString()), std::nullopt);
    QCOMPARE(fromKey<PipelineState>(QStringLiteral("archived")), std::nullopt);
}

// Every key appears in the migration, so a CHECK constraint never rejects a
// value the program writes.
void TestPipelineKeys::migrationChecksUseTheKeys_data() {
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("states") << keysOf<PipelineState>();
    QTest::newRow("cadence") << keysOf<Cadence>();
    QTest::newRow("format") << keysOf<EngagementFormat>();
    QTest::newRow("category") << keysOf<NeedCategory>();
    QTest::newRow("priority") << keysOf<NeedPriority>();
    QTest::newRow("action status") << keysOf<ActionStatus>();
    QTest::newRow("outcome") << keysOf<EvaluationOutcome>();
}

void TestPipelineKeys::migrationChecksUseTheKeys() {
    QFETCH(QStringList, keys);
    QFile file(QStringLiteral(":/core/storage/migrations/002_engagements.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(file.readAll());
    for (const QString& key : keys)
        QVERIFY2(sql.contains(QLatin1Char('\'') + key + QLatin1Char('\'')), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestPipelineKeys)
#include "tst_pipelinekeys.moc"
