#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineDashboard.h"
#include "settings/SettingsService.h"

#include <QTest>

using namespace md;

// The dashboard's summary and the board's cards, with time moved by the
// workspace's fake clock and the stale threshold taken from the workspace's
// practice rules.
class TestPipelineDashboard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summary();
};

void TestPipelineDashboard::summary() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    EngagementService& pipeline = ws->engagements();
    QCOMPARE(&ws->engagements(), &pipeline); // one per workspace
    Client client;
    client.fullName = QStringLiteral("Tomasz Wierzbicki");
    const qint64 clientId = ws->clients().add(client)->id;

    auto add = [&](const QString& title) {
        Engagement e;
        e.clientId = clientId;
        e.title = title;
        e.startDate = QDate(2026, 3, 2);
        e.profileNotes = QStringLiteral("Notes");
        return pipeline.addEngagement(e)->id;
    };
    const qint64 busy = add(QStringLiteral("Busy"));
    const qint64 idle = add(QStringLiteral("Idle"));
    const qint64 closed = add(QStringLiteral("Closed"));
    QVERIFY(pipeline.end(closed, EngagementStatus::ClosedEarly, QStringLiteral("No budget")).ok());
    QVERIFY(pipeline.advance(busy, QStringLiteral("Agreement signed on paper")).ok());

    Need need;
    need.engagementId = busy;
    need.description = QStringLiteral("Prepare for a promotion case");
    const qint64 needId = pipeline.addNeed(need)->id;
    SmartGoal goal;
    goal.engagementId = busy;
    goal.specific = QStringLiteral("Submit the promotion case");
    goal.needIds = {needId};
    goal.dueDate = QDate(2026, 3, 30);
    const qint64 goalId = pipeline.addGoal(goal)->id;
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("Collect three testimonials");
    action.dueDate = QDate(2026, 3, 20);
    QVERIFY(pipeline.addAction(action));

    // 2 March: nothing overdue, nothing due within 14 days, nothing stale.
    auto now = pipeline.dashboard();
    QVERIFY(now);
    QCOMPARE(now->countByState.value(PipelineState::ProfileAgreement), 1);
    QCOMPARE(now->countByState.value(PipelineState::Needs), 1);
    QVERIFY(!now->countByState.contains(PipelineState::ClosedEarly));
    QVERIFY(now->overdueActions.isEmpty());
    QVERIFY(now->goalsDueSoon.isEmpty());
    QVERIFY(now->staleEngagements.isEmpty());

    // 22 March: the action is two days late, the goal due in eight days, and
    // the untouched engagement idle for twenty days (stale after 14 here).
    ws.clock().advanceDays(20);
    auto rules = ws->settings().practiceRules().value();
    QCOMPARE(rules.staleEngagementDays, 21); // the default: nothing stale yet
    QVERIFY(pipeline.dashboard()->staleEngagements.isEmpty());
    rules.staleEngagementDays = 14;
    QVERIFY(ws->settings().savePracticeRules(rules));
    auto later = pipeline.dashboard();
    QVERIFY(later);
    QCOMPARE(later->overdueActions.size(), 1);
    QCOMPARE(later->overdueActions.first().daysOverdue, 2);
    QCOMPARE(later->overdueActions.first().engagement.clientName,
             QStringLiteral("Tomasz Wierzbicki"));
    QCOMPARE(later->goalsDueSoon.size(), 1);
    QCOMPARE(later->goalsDueSoon.first().daysLeft, 8);
    QCOMPARE(later->staleEngagements.size(), 2); // both open ones were last touched on 2 March
    QCOMPARE(later->staleEngagements.first().daysSinceActivity, 20);
    bool idleListed = false;
    for (const auto& stale : later->staleEngagements)
        idleListed = idleListed || stale.engagement.engagementId == idle;
    QVERIFY(idleListed);

    // The board's cards count the same things by the same rules.
    const auto cards = pipeline.board().value();
    QCOMPARE(cards.size(), 2);
    for (const EngagementCard& card : cards) {
        QVERIFY(card.stale);
        QCOMPARE(card.clientName, QStringLiteral("Tomasz Wierzbicki"));
        QCOMPARE(card.overdueActions, card.engagementId == busy ? 1 : 0);
        QCOMPARE(card.goalsDueSoon, card.engagementId == busy ? 1 : 0);
    }
    QVERIFY(!pipeline.card(closed)->stale); // ended engagements are never stale
}

QTEST_GUILESS_MAIN(TestPipelineDashboard)
#include "tst_pipelinedashboard.moc"
