// The pipeline's item models against a real workspace, each watched by
// QAbstractItemModelTester while EngagementService changes the data
// underneath and the change notifications reach the models.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "crypto/PassphraseSlot.h"
#include "pipeline/ActionListModel.h"
#include "pipeline/BoardColumnProxyModel.h"
#include "pipeline/DashboardListModel.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementService.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/NeedListModel.h"
#include "pipeline/TimelineModel.h"
#include "settings/SettingsService.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

using namespace md;

class TestPipelineModels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void init();
    void cleanup();
    void boardFollowsTheService();
    void boardWarnings();
    void boardColumnsAndDragData();
    void needsModel();
    void goalsModel();
    void actionsModel();
    void timelineModel();
    void dashboardModel();

private:
    qint64 addEngagement(const QString& title);
    qint64 addNeed(qint64 engagementId);
    qint64 addGoal(qint64 engagementId, qint64 needId);

    EngagementService& pipeline() { return m_ws->workspace().engagements(); }

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_clientId = 0;
};

void TestPipelineModels::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Client client;
    client.fullName = QStringLiteral("Ines Duarte");
    m_clientId = m_ws->workspace().clients().add(client)->id;
}

void TestPipelineModels::cleanup() {
    m_ws.reset();
}

qint64 TestPipelineModels::addEngagement(const QString& title) {
    Engagement e;
    e.clientId = m_clientId;
    e.title = title;
    e.startDate = QDate(2026, 3, 2);
    e.profileNotes = QStringLiteral("Ready");
    return pipeline().addEngagement(e)->id;
}

qint64 TestPipelineModels::addNeed(qint64 engagementId) {
    Need need;
    need.engagementId = engagementId;
    need.description = QStringLiteral("Speak with more authority in meetings");
    return pipeline().addNeed(need)->id;
}

qint64 TestPipelineModels::addGoal(qint64 engagementId, qint64 needId) {
    SmartGoal goal;
    goal.engagementId = engagementId;
    goal.specific = QStringLiteral("Chair the weekly team meeting");
    goal.metric = QStringLiteral("Meetings chaired");
    goal.unit = QStringLiteral("meetings");
    goal.baseline = 0;
    goal.target = 4;
    goal.attainable = QStringLiteral("Manager agreed");
    goal.needIds = {needId};
    goal.dueDate = QDate(2026, 3, 10); // within two weeks of the fake clock
    return pipeline().addGoal(goal)->id;
}

void TestPipelineModels::boardFollowsTheService() {
    EngagementBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&m_ws->workspace());
    QCOMPARE(model.rowCount(), 0);

    const qint64 first = addEngagement(QStringLiteral("First"));
    const qint64 second = addEngagement(QStringLiteral("Second"));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex index = model.index(model.rowOf(first));
    QCOMPARE(index.data(EngagementBoardModel::ClientNameRole).toString(),
             QStringLiteral("Ines Duarte"));
    QCOMPARE(index.data(EngagementBoardModel::StateRole).toInt(),
             int(PipelineState::ProfileAgreement));

    QVERIFY(pipeline().advance(first, QStringLiteral("Agreement signed on paper")).ok());
    QCOMPARE(model.index(model.rowOf(first)).data(EngagementBoardModel::StateRole).toInt(),
             int(PipelineState::Needs));
    QCOMPARE(model.countIn(PipelineState::Needs), 1);

    // Ended engagements leave the board; maintenance ones would stay.
    QVERIFY(pipeline()
                .end(second, EngagementStatus::ClosedEarly, QStringLiteral("Changed employer"))
                .ok());
    QCOMPARE(model.rowCount(), 1);

    Client renamed = m_ws->workspace().clients().get(m_clientId).value();
    renamed.preferredName = QStringLiteral("Ines");
    QVERIFY(m_ws->workspace().clients().update(renamed));
    QCOMPARE(model.index(0).data(EngagementBoardModel::ClientNameRole).toString(),
             QStringLiteral("Ines"));

    QVERIFY(pipeline().removeEngagement(first));
    QCOMPARE(model.rowCount(), 0);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestPipelineModels::boardWarnings() {
    EngagementBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&m_ws->workspace());
    const qint64 id = addEngagement(QStringLiteral("Warnings"));
    const qint64 goalId = addGoal(id, addNeed(id));
    Action late;
    late.goalId = goalId;
    late.description = QStringLiteral("Send the agenda");
    late.dueDate = m_ws->clock().today().addDays(-2);
    QVERIFY(pipeline().addAction(late));
    const QModelIndex index = model.index(model.rowOf(id));
    QCOMPARE(index.data(EngagementBoardModel::OverdueActionsRole).toInt(), 1);
    const QStringList warnings = index.data(EngagementBoardModel::WarningsRole).toStringList();
    QCOMPARE(warnings.size(), 2); // one overdue action, one goal due soon
    QVERIFY(!index.data(EngagementBoardModel::StaleRole).toBool());

    // Time passes with the fake clock: the engagement goes stale.
    m_ws->clock().advanceDays(30);
    model.reload();
    QVERIFY(model.index(model.rowOf(id)).data(EngagementBoardModel::StaleRole).toBool());
    QCOMPARE(model.index(model.rowOf(id)).data(EngagementBoardModel::DaysInStageRole).toInt(), 30);
    // The threshold is the workspace's practice rule; the board follows it.
    PracticeRules rules = m_ws->workspace().settings().practiceRules().value();
    rules.staleEngagementDays = 60;
    QVERIFY(m_ws->workspace().settings().savePracticeRules(rules));
    QVERIFY(!model.index(model.rowOf(id)).data(EngagementBoardModel::StaleRole).toBool());
}

void TestPipelineModels::boardColumnsAndDragData() {
    EngagementBoardModel model;
    model.setWorkspace(&m_ws->workspace());
    BoardColumnProxyModel needs(PipelineState::Needs);
    needs.setSourceModel(&model);
    QAbstractItemModelTester tester(&needs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = addEngagement(QStringLiteral("Column"));
    QCOMPARE(needs.rowCount(), 0);
    QVERIFY(pipeline().advance(id, QStringLiteral("Agreement signed on paper")).ok());
    QCOMPARE(needs.rowCount(), 1);

    std::unique_ptr<QMimeData> mime(needs.mimeData({needs.index(0, 0)}));
    QVERIFY(mime);
    QCOMPARE(EngagementBoardModel::idsFromMime(mime.get()), QList<qint64>{id});
    QVERIFY(needs.flags(needs.index(0, 0)) & Qt::ItemIsDragEnabled);
    QMimeData foreign;
    foreign.setText(QStringLiteral("42"));
    QVERIFY(EngagementBoardModel::idsFromMime(&foreign).isEmpty());
}

void TestPipelineModels::needsModel() {
    const qint64 id = addEngagement(QStringLiteral("Needs"));
    const qint64 other = addEngagement(QStringLiteral("Other"));
    NeedListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_ws->workspace(), id);
    const qint64 needId = addNeed(id);
    addNeed(other); // not this engagement's
    QCOMPARE(model.rowCount(), 1);
    Need need = pipeline().need(needId).value();
    need.category = NeedCategory::Promotion;
    QVERIFY(pipeline().updateNeed(need));
    QCOMPARE(model.index(0, NeedListModel::CategoryColumn).data().toString(),
             labelOf(NeedCategory::Promotion));
    QVERIFY(pipeline().removeNeed(needId));
    QCOMPARE(model.rowCount(), 0);
}

void TestPipelineModels::goalsModel() {
    const qint64 id = addEngagement(QStringLiteral("Goals"));
    const qint64 needId = addNeed(id);
    GoalListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_ws->workspace(), id);
    const qint64 goalId = addGoal(id, needId);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, 0).data(GoalListModel::SmartPassedRole).toBool());
    QCOMPARE(model.index(0, GoalListModel::SmartColumn).data().toString(), QStringLiteral("SMART"));
    QVERIFY(pipeline().addProgress({0, goalId, QDate(2026, 3, 5), 1, {}, {}}));
    QCOMPARE(model.index(0, GoalListModel::ProgressColumn).data().toString(),
             QStringLiteral("25%"));
    // Deleting the only need breaks R: the row follows.
    QVERIFY(pipeline().removeNeed(needId));
    QVERIFY(!model.index(0, 0).data(GoalListModel::SmartPassedRole).toBool());
    QVERIFY(
        !model.index(0, GoalListModel::SmartColumn).data().toString().contains(QLatin1Char('R')));
    Evaluation evaluation;
    evaluation.goalId = goalId;
    evaluation.outcome = EvaluationOutcome::Achieved;
    QVERIFY(pipeline().saveEvaluation(evaluation));
    QCOMPARE(model.index(0, GoalListModel::EvaluationColumn).data().toString(),
             labelOf(EvaluationOutcome::Achieved));
    QVERIFY(pipeline().removeGoal(goalId));
    QCOMPARE(model.rowCount(), 0);
}

void TestPipelineModels::actionsModel() {
    const qint64 id = addEngagement(QStringLiteral("Actions"));
    const qint64 goalId = addGoal(id, addNeed(id));
    ActionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_ws->workspace(), id);
    Action action;
    action.goalId = goalId;
    action.description = QStringLiteral("Ask a senior peer for feedback");
    action.dueDate = m_ws->clock().today().addDays(-1);
    action.people = {QStringLiteral("Senior peer")};
    const qint64 actionId = pipeline().addAction(action)->id;
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, 0).data(ActionListModel::OverdueRole).toBool());
    QCOMPARE(model.index(0, ActionListModel::GoalColumn).data().toString(),
             QStringLiteral("Chair the weekly team meeting"));
    QVERIFY(pipeline().setActionStatus(actionId, ActionStatus::Done));
    QVERIFY(!model.index(0, 0).data(ActionListModel::OverdueRole).toBool());
    // Deleting the goal removes its actions.
    QVERIFY(pipeline().removeGoal(goalId));
    QCOMPARE(model.rowCount(), 0);
}

void TestPipelineModels::timelineModel() {
    const qint64 id = addEngagement(QStringLiteral("Timeline"));
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_ws->workspace(), id);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(pipeline().advance(id, QStringLiteral("Agreement signed on paper")).ok());
    QVERIFY(pipeline().advance(id, QStringLiteral("Needs agreed by email")).ok());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(2, 0).data(TimelineModel::OverriddenRole).toBool());
    QVERIFY(model.index(2, TimelineModel::ReasonColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Needs agreed by email")));
    QCOMPARE(model.index(2, TimelineModel::ToColumn).data().toString(), labelOf(Stage::Goals));
}

void TestPipelineModels::dashboardModel() {
    DashboardListModel model(QStringLiteral("Item"), QStringLiteral("When"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{1, QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("I"),
                    QStringLiteral("today")}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(DashboardListModel::EngagementIdRole).toLongLong(), 1);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPipelineModels)
#include "tst_pipelinemodels.moc"
