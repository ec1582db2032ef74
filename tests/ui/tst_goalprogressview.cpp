// The Goals tab's progress for the goal on screen follows changes made
// elsewhere (progress recorded from another view or program, an
// evaluation saved), without the mentor choosing the goal again.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/GoalsTab.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace md;
using namespace md::test;

class TestGoalProgressView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void progressOfTheShownGoalFollowsChangesElsewhere();
};

void TestGoalProgressView::progressOfTheShownGoalFollowsChangesElsewhere() {
    TemporaryWorkspace tw;
    QVERIFY(tw.isValid());
    Client client;
    client.fullName = QStringLiteral("Lena Park");
    const qint64 clientId = tw->clients().add(client)->id;
    Engagement e;
    e.clientId = clientId;
    e.title = QStringLiteral("Team lead");
    e.startDate = QDate(2026, 3, 2);
    const qint64 engagementId = tw->engagements().addEngagement(e)->id;
    SmartGoal goal;
    goal.engagementId = engagementId;
    goal.specific = QStringLiteral("Hold one-to-ones");
    goal.metric = QStringLiteral("One-to-ones a month");
    goal.unit = QStringLiteral("meetings");
    goal.baseline = 0;
    goal.target = 4;
    goal.dueDate = QDate(2026, 9, 30);
    auto added = tw->engagements().addGoal(goal);
    QVERIFY2(added, qPrintable(added.message()));

    GoalsTab tab;
    tab.setEngagement(&tw.workspace(), engagementId);
    QVERIFY(tab.selectItem(added->id));
    auto* summary = child<QLabel>(&tab, "progressSummaryLabel");
    auto* entries = child<QListWidget>(&tab, "progressEntriesListWidget");
    QCOMPARE(entries->count(), 0);

    ProgressEntry entry;
    entry.goalId = added->id;
    entry.date = QDate(2026, 4, 1);
    entry.value = 2;
    QVERIFY(tw->engagements().addProgress(entry));
    QCOMPARE(entries->count(), 1);
    QVERIFY2(summary->text().startsWith(QStringLiteral("50%")), qPrintable(summary->text()));
}

QTEST_MAIN(TestGoalProgressView)
#include "tst_goalprogressview.moc"
