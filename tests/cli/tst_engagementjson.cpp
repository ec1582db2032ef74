// `engagement list --json` and `show --json` flag an engagement "stale" by the
// mentor's own threshold (the one the pipeline board and dashboard use), not
// by a built-in 21 days.

#include "EngagementJson.h"
#include "FakeClock.h"

#include "pipeline/Engagement.h"

#include <QJsonObject>
#include <QtTest>

using namespace md;
using md::cli::EngagementJson;

class TestEngagementJson final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staleFollowsTheThreshold_data();
    void staleFollowsTheThreshold();
};

void TestEngagementJson::staleFollowsTheThreshold_data() {
    QTest::addColumn<int>("idleDays");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("stale");
    QTest::newRow("10 idle, warn after 7") << 10 << 7 << true;
    QTest::newRow("10 idle, warn after 10") << 10 << 10 << true;
    QTest::newRow("10 idle, warn after 21") << 10 << 21 << false;
    QTest::newRow("30 idle, warn after 60") << 30 << 60 << false;
}

void TestEngagementJson::staleFollowsTheThreshold() {
    QFETCH(int, idleDays);
    QFETCH(int, threshold);
    QFETCH(bool, stale);
    md::test::FakeClock clock;
    Engagement e;
    e.id = 7;
    e.clientId = 3;
    e.title = QStringLiteral("Career change");
    e.status = EngagementStatus::Active;
    e.createdUtc = e.lastActivityUtc = clock.nowUtc();
    clock.advanceDays(idleDays);
    const QJsonObject json = EngagementJson::summary(e, QStringLiteral("Ada"), clock, threshold);
    QCOMPARE(json.value(QStringLiteral("stale")).toBool(), stale);
    QCOMPARE(json.value(QStringLiteral("id")).toInt(), 7);
}

QTEST_GUILESS_MAIN(TestEngagementJson)
#include "tst_engagementjson.moc"
