// The Dashboard page as the mentor sees it: counts per stage and the three
// lists, following the workspace's (fake) clock and the practice rule for
// stale engagements kept in the workspace.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientService.h"
#include "pipeline/DashboardListModel.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineKeys.h"
#include "settings/SettingsService.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace md;
using test::child;

class TestDashboardPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsCountsAndListsAsTimePasses();
};

void TestDashboardPage::showsCountsAndListsAsTimePasses() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    auto setStaleDays = [&](int days) {
        PracticeRules rules = ws->settings().practiceRules().value();
        rules.staleEngagementDays = days;
        return ws->settings().savePracticeRules(rules).ok();
    };
    QVERIFY(setStaleDays(30));

    EngagementService& pipeline = ws->engagements();
    Client client;
    client.fullName = QStringLiteral("Nadia Haddad");
    const qint64 clientId = ws->clients().add(client)->id;
    auto add = [&](const QString& title) {
        Engagement e;
        e.clientId = clientId;
        e.title = title;
        e.startDate = ws.clock().today();
        e.profileNotes = QStringLiteral("Notes");
        return pipeline.addEngagement(e)->id;
    };
    const qint64 busy = add(QStringLiteral("Towards a promotion"));
    add(QStringLiteral("Left alone"));
    QVERIFY(pipeline.advance(busy, QStringLiteral("Agreement signed on paper")).ok());
    Need need;
    need.engagementId = busy;
    need.description = QStringLiteral("A promotion case");
    SmartGoal goal;
    goal.engagementId = busy;
    goal.specific = QStringLiteral("Submit the promotion case");
    goal.needIds = {pipeline.addNeed(need)->id};
    goal.dueDate = ws.clock().today().addDays(28);
    Action action;
    action.goalId = pipeline.addGoal(goal)->id;
    action.description = QStringLiteral("Collect three testimonials");
    action.dueDate = ws.clock().today().addDays(18);
    QVERIFY(pipeline.addAction(action));

    DashboardPage page;
    page.setWorkspace(&ws.workspace());
    page.show();
    page.refresh();
    QAbstractItemModelTester overdueTester(page.overdueModel());
    QCOMPARE(child<QLabel>(&page, "profile_agreementCountLabel")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(&page, "needsCountLabel")->text(), QStringLiteral("1"));
    QVERIFY(child<QLabel>(&page, "dashboardHeadlineLabel")->text().contains(QLatin1String("2")));
    auto* overdue = child<QTableView>(&page, "overdueActionsTableView");
    auto* dueSoon = child<QTableView>(&page, "goalsDueSoonTableView");
    auto* stale = child<QTableView>(&page, "staleEngagementsTableView");
    QCOMPARE(overdue->model()->rowCount(), 0);
    QCOMPARE(dueSoon->model()->rowCount(), 0);
    QCOMPARE(stale->model()->rowCount(), 0);

    // Twenty days on: the action is two days late and the goal due in eight
    // days; nothing is stale yet under the mentor's 30 days...
    ws.clock().advanceDays(20);
    page.refresh();
    QCOMPARE(overdue->model()->rowCount(), 1);
    QVERIFY(
        overdue->model()->index(0, 2).data().toString().contains(QLatin1String("testimonials")));
    QCOMPARE(dueSoon->model()->rowCount(), 1);
    QCOMPARE(dueSoon->model()->index(0, 2).data().toString(),
             QStringLiteral("Submit the promotion case"));
    QCOMPARE(stale->model()->rowCount(), 0);
    // ...but both engagements are, idle for 20 days, once the rule says 14:
    // the shown page follows the saved rule by itself.
    QVERIFY(setStaleDays(14));
    QCOMPARE(stale->model()->rowCount(), 2);

    // Locking empties the page.
    page.setWorkspace(nullptr);
    QCOMPARE(overdue->model()->rowCount(), 0);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
