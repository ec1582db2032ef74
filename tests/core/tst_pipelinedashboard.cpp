#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineDashboard.h"
#include "storage/ActionRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QTest>

using namespace md;

// The dashboard's summary, with time moved by the workspace's fake clock.
class TestPipelineDashboard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summary();
};

void TestPipelineDashboard::summary() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Pipeline& pipeline = Pipeline::of(ws.workspace());
    QCOMPARE(&Pipeline::of(ws.workspace()), &pipeline); // one per workspace
    Client client;
    client.fullName = QStringLiteral("Tomasz Wierzbicki");
    const qint64 clientId = ws->clients().add(client)->id;

    auto add = [&](const QString& title) {
        Engagement e;
        e.clientId = clientId;
        e.title = title;
        e.startDate = QDate(2026, 3, 2);
        e.profileNotes = QStringLiteral("Notes");
        return pipeline.engagements().add(e)->id;
    };
    const qint64 busy = add(QStringLiteral("Busy"));
    const qint64 idle = add(QStringLiteral("Idle"));
    const qint64 closed = add(QStringLiteral("Closed"));
    QVERIFY(pipeline.service()
                .end(closed, EngagementStatus::ClosedEarly, QStringLiteral("No budget"))
                .ok());
    QVERIFY(pipeline.service().advance(busy, QStringLiteral("Agreement signed on paper")).ok());

    Need need;
    need.engagementId = busy;
    need.description = QStringLiteral("Prepare for a promotion case");
    const qint64 needId = pipeline.needs().add(need)->id;
    SmartGoal goal;
    goal.engagementId = busy;
    goal.specific = QStringLiteral("Submit the promotion case");
    goal.needIds = {needId};
    goal.dueDate = QDate(2026, 3, 30);
    const qint64 goalId = pipeline.goals().add(goal)->id;
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("Collect three testimonials");
    action.dueDate = QDate(2026, 3, 20);
    QVERIFY(pipeline.actions().add(action));

    // 2 March: nothing overdue, nothing due within 14 days, nothing stale.
    auto now = PipelineDashboard::compute(pipeline, ws->clients());
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
    WarningThresholds thresholds;
    thresholds.staleAfterDays = 14;
    auto later = PipelineDashboard::compute(pipeline, ws->clients(), thresholds);
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
}

QTEST_GUILESS_MAIN(TestPipelineDashboard)
#include "tst_pipelinedashboard.moc"
