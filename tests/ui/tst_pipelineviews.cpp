// No pipeline view shows stale data after a change made elsewhere: the
// board, an engagement's page and the dashboard are all on screen while the
// engagement service (as another area, a dialog or the CLI would) saves an
// evaluation, renames the client, changes the practice rules; and a change
// committed through another connection reaches them once it is noticed.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientService.h"
#include "pipeline/DashboardListModel.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementCardDelegate.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/EngagementService.h"
#include "pipeline/EvaluationTab.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/GoalsTab.h"
#include "pipeline/PipelineBoard.h"
#include "pipeline/TimelineModel.h"
#include "settings/SettingsService.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace md;
using test::child;

class TestPipelineViews final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void aCardShowsItsRowAsItIsNow() {
        // The card's lines are shaped once and kept: a changed name or
        // width must still paint what the row says now, and as plain text.
        QStandardItemModel model(1, 1);
        const QModelIndex index = model.index(0, 0);
        model.setData(index, QStringLiteral("Anna Berg"), EngagementBoardModel::ClientNameRole);
        model.setData(index, QStringLiteral("Career change"), EngagementBoardModel::TitleRole);
        model.setData(index, 3, EngagementBoardModel::DaysInStageRole);
        EngagementCardDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QFont(QStringLiteral("DejaVu Sans"), 10);
        option.palette = QPalette(Qt::white);
        const auto paintWith = [&](const EngagementCardDelegate& card, int width) {
            option.rect = QRect(0, 0, width, card.sizeHint(option, index).height());
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            card.paint(&painter, option, index);
            return image;
        };
        const auto paint = [&](int width) {
            return paintWith(delegate, width);
        };
        const QImage first = paint(220);
        QCOMPARE(paint(220), first); // the kept lines paint the same
        model.setData(index, QStringLiteral("Anna Lind"), EngagementBoardModel::ClientNameRole);
        const QImage renamed = paint(220);
        QVERIFY(renamed != first);
        model.setData(index, QStringLiteral("Anna Berg"), EngagementBoardModel::ClientNameRole);
        QCOMPARE(paint(220), first);
        // Narrower, the lines elide again: as a delegate that never painted.
        const EngagementCardDelegate fresh;
        QCOMPARE(paint(120), paintWith(fresh, 120));
        // Markup in a name is text, not formatting.
        model.setData(index, QStringLiteral("<b>Anna</b> Berg"),
                      EngagementBoardModel::ClientNameRole);
        QVERIFY(paint(220) != first);
    }
    void init();
    void cleanup();
    void anEvaluationSavedElsewhereReachesEveryView();
    void aRenamedClientReachesEveryView();
    void theStaleRuleIsThePracticeRule();
    void theProfileFormFollowsButNeverOverUnsavedEdits();
    void anotherConnectionsWritesReachEveryView();

private:
    EngagementService& service() { return m_ws->workspace().engagements(); }
    QModelIndex card() const {
        return m_board->model()->index(m_board->model()->rowOf(m_engagementId));
    }
    QString dashboardRows(const char* tableName) const;

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    std::unique_ptr<PipelineBoard> m_board;
    std::unique_ptr<EngagementPage> m_page;
    std::unique_ptr<DashboardPage> m_dashboard;
    qint64 m_clientId = 0;
    qint64 m_engagementId = 0;
    qint64 m_goalId = 0;
};

void TestPipelineViews::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Workspace& ws = m_ws->workspace();
    Client client;
    client.fullName = QStringLiteral("Ingrid Solberg");
    client.role = QStringLiteral("Senior designer");
    client.organisation = QStringLiteral("Nordlys Studio");
    m_clientId = ws.clients().add(client)->id;

    // An engagement in evaluation with one goal, its action overdue.
    Engagement e;
    e.clientId = m_clientId;
    e.title = QStringLiteral("Head of design");
    e.startDate = m_ws->clock().today();
    e.profileNotes = QStringLiteral("Studied.");
    m_engagementId = service().addEngagement(e)->id;
    Need need;
    need.engagementId = m_engagementId;
    need.description = QStringLiteral("Lead a design team");
    SmartGoal goal;
    goal.engagementId = m_engagementId;
    goal.specific = QStringLiteral("Hire two designers for the new team");
    goal.metric = QStringLiteral("Designers hired");
    goal.unit = QStringLiteral("people");
    goal.baseline = 0;
    goal.target = 2;
    goal.attainable = QStringLiteral("Budget approved");
    goal.needIds = {service().addNeed(need)->id};
    goal.dueDate = m_ws->clock().today().addDays(90);
    m_goalId = service().addGoal(goal)->id;
    Action action;
    action.goalId = m_goalId;
    action.description = QStringLiteral("Write the job posting");
    action.dueDate = m_ws->clock().today().addDays(10);
    QVERIFY(service().addAction(action));
    for (int step = 0; step < 4; ++step)
        QVERIFY(service().advance(m_engagementId, QStringLiteral("Set up for the test")).ok());
    QCOMPARE(service().engagement(m_engagementId)->state(), PipelineState::Evaluation);

    // A month later nobody has touched it: stale, and the action overdue.
    m_ws->clock().advanceDays(30);
    m_board = std::make_unique<PipelineBoard>();
    m_board->setWorkspace(&ws);
    m_board->show();
    m_page = std::make_unique<EngagementPage>();
    m_page->setEngagement(&ws, m_engagementId);
    m_page->show();
    m_dashboard = std::make_unique<DashboardPage>();
    m_dashboard->setWorkspace(&ws);
    m_dashboard->show();
    QVERIFY(card().data(EngagementBoardModel::StaleRole).toBool());
}

void TestPipelineViews::cleanup() {
    m_dashboard.reset();
    m_page.reset();
    m_board.reset();
    m_ws.reset();
}

QString TestPipelineViews::dashboardRows(const char* tableName) const {
    auto* table = child<QTableView>(m_dashboard.get(), tableName);
    QStringList rows;
    for (int row = 0; table && row < table->model()->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < DashboardListModel::ColumnCount; ++column)
            cells << table->model()->index(row, column).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

void TestPipelineViews::anEvaluationSavedElsewhereReachesEveryView() {
    auto* gate = child<QLabel>(m_page.get(), "gateChecklistLabel");
    QVERIFY(gate->text().contains(QStringLiteral("Evaluate goal")));
    QVERIFY(dashboardRows("staleEngagementsTableView").contains(QStringLiteral("Head of design")));
    GoalListModel* goals = m_page->goalsTab()->model();
    GoalListModel* evaluated = m_page->evaluationTab()->model();
    QVERIFY(goals->index(0, GoalListModel::EvaluationColumn).data().toString().isEmpty());
    auto* outcome = child<QComboBox>(m_page.get(), "evaluationOutcomeComboBox");
    QCOMPARE(outcome->currentData().toInt(), int(EvaluationOutcome::Partly)); // a new evaluation

    Evaluation evaluation;
    evaluation.goalId = m_goalId;
    evaluation.outcome = EvaluationOutcome::Achieved;
    evaluation.finalValue = 2;
    evaluation.mentorAssessment = QStringLiteral("Both hired within the quarter");
    QVERIFY(service().saveEvaluation(evaluation));

    // The board: the card is active again (and still in evaluation).
    QVERIFY(!card().data(EngagementBoardModel::StaleRole).toBool());
    QCOMPARE(card().data(EngagementBoardModel::StateRole).toInt(), int(PipelineState::Evaluation));
    for (const QString& warning : card().data(EngagementBoardModel::WarningsRole).toStringList())
        QVERIFY2(!warning.contains(QStringLiteral("activity")), qPrintable(warning));
    // The page: the gate has nothing left, both goal lists show the outcome,
    // the evaluation form shows what was saved.
    QVERIFY2(gate->text().contains(QStringLiteral("everything is done")), qPrintable(gate->text()));
    QCOMPARE(goals->index(0, GoalListModel::EvaluationColumn).data().toString(),
             labelOf(EvaluationOutcome::Achieved));
    QCOMPARE(evaluated->index(0, GoalListModel::EvaluationColumn).data().toString(),
             labelOf(EvaluationOutcome::Achieved));
    QCOMPARE(outcome->currentData().toInt(), int(EvaluationOutcome::Achieved));
    QCOMPARE(child<QPlainTextEdit>(m_page.get(), "mentorAssessmentTextEdit")->toPlainText(),
             evaluation.mentorAssessment);
    // The dashboard: no longer stale.
    QVERIFY(!dashboardRows("staleEngagementsTableView").contains(QStringLiteral("Head of design")));

    // Completing it elsewhere takes it off the board and the dashboard; the
    // page's timeline shows the move.
    const int timelineRows = m_page->timelineModel()->rowCount();
    QVERIFY(
        service().end(m_engagementId, EngagementStatus::Completed, QStringLiteral("Done")).ok());
    QCOMPARE(m_board->model()->rowOf(m_engagementId), -1);
    QCOMPARE(m_page->timelineModel()->rowCount(), timelineRows + 1);
    QVERIFY(gate->text().contains(labelOf(PipelineState::Completed)));
    QCOMPARE(child<QLabel>(m_dashboard.get(), "evaluationCountLabel")->text(), QStringLiteral("0"));
}

void TestPipelineViews::aRenamedClientReachesEveryView() {
    QVERIFY(dashboardRows("overdueActionsTableView").contains(QStringLiteral("Ingrid Solberg")));
    Client renamed = m_ws->workspace().clients().get(m_clientId).value();
    renamed.preferredName = QStringLiteral("Inga");
    QVERIFY(m_ws->workspace().clients().update(renamed));

    QCOMPARE(card().data(EngagementBoardModel::ClientNameRole).toString(), QStringLiteral("Inga"));
    QVERIFY(child<QLabel>(m_page.get(), "engagementHeadingLabel")
                ->text()
                .startsWith(QStringLiteral("Inga")));
    auto* profile = child<QLabel>(m_page.get(), "clientProfileLabel");
    QVERIFY(profile->text().contains(QStringLiteral("Inga")));
    // The profile tab's form (the engagement's fields) was not touched.
    QCOMPARE(child<QLineEdit>(m_page.get(), "engagementTitleLineEdit")->text(),
             QStringLiteral("Head of design"));
    const QString overdue = dashboardRows("overdueActionsTableView");
    QVERIFY2(overdue.startsWith(QStringLiteral("Inga|")), qPrintable(overdue));
    QVERIFY(!dashboardRows("staleEngagementsTableView").contains(QStringLiteral("Ingrid")));
}

// The board's "stale after" control is the workspace's practice rule: it
// saves it, and follows it when Preferences (or anything else) saves it.
void TestPipelineViews::theStaleRuleIsThePracticeRule() {
    auto* days = child<QSpinBox>(m_board.get(), "staleDaysSpinBox");
    QVERIFY(days->isEnabled());
    QCOMPARE(days->value(), PracticeRules{}.staleEngagementDays);
    days->setValue(45);
    QCOMPARE(m_ws->workspace().settings().practiceRules()->staleEngagementDays, 45);
    QVERIFY(!card().data(EngagementBoardModel::StaleRole).toBool());
    QVERIFY(dashboardRows("staleEngagementsTableView").isEmpty());

    PracticeRules rules = m_ws->workspace().settings().practiceRules().value();
    rules.staleEngagementDays = 7;
    QVERIFY(m_ws->workspace().settings().savePracticeRules(rules));
    QCOMPARE(days->value(), 7);
    QVERIFY(card().data(EngagementBoardModel::StaleRole).toBool());
    QVERIFY(!dashboardRows("staleEngagementsTableView").isEmpty());

    m_board->setWorkspace(nullptr); // locking
    QVERIFY(!days->isEnabled());
}

void TestPipelineViews::theProfileFormFollowsButNeverOverUnsavedEdits() {
    auto* title = child<QLineEdit>(m_page.get(), "engagementTitleLineEdit");
    auto* fee = child<QLineEdit>(m_page.get(), "feeNoteLineEdit");
    Engagement edited = service().engagement(m_engagementId).value();
    edited.feeNote = QStringLiteral("Paid by the employer");
    QVERIFY(service().updateEngagement(edited));
    QCOMPARE(fee->text(), edited.feeNote); // nothing typed: the form follows

    test::typeInto(title, QStringLiteral("Design leadership"));
    edited.feeNote = QStringLiteral("Paid in two instalments");
    QVERIFY(service().updateEngagement(edited));
    QCOMPARE(title->text(), QStringLiteral("Design leadership")); // the typing stays
    QCOMPARE(fee->text(), QStringLiteral("Paid by the employer"));
    // The heading follows the stored engagement all the same.
    QVERIFY(child<QLabel>(m_page.get(), "engagementHeadingLabel")
                ->text()
                .contains(QStringLiteral("Head of design")));
}

// Another connection (the CLI, a second window) commits; once the workspace
// notices (PRAGMA data_version), every view reloads.
void TestPipelineViews::anotherConnectionsWritesReachEveryView() {
    const QString dir = m_ws->directory();
    auto other = Workspace::unlockWithPassphrase(
        dir, test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase),
        m_ws->clock());
    QVERIFY2(other, qPrintable(other.message()));
    Evaluation evaluation;
    evaluation.goalId = m_goalId;
    evaluation.outcome = EvaluationOutcome::NotAchieved;
    QVERIFY((*other)->engagements().saveEvaluation(evaluation));
    Engagement renamed = (*other)->engagements().engagement(m_engagementId).value();
    renamed.title = QStringLiteral("Head of product design");
    QVERIFY((*other)->engagements().updateEngagement(renamed));
    other->reset();

    QVERIFY(m_ws->workspace().checkForExternalChanges());
    QCOMPARE(card().data(EngagementBoardModel::TitleRole).toString(),
             QStringLiteral("Head of product design"));
    QVERIFY(!card().data(EngagementBoardModel::StaleRole).toBool());
    QVERIFY(child<QLabel>(m_page.get(), "engagementHeadingLabel")
                ->text()
                .contains(QStringLiteral("Head of product design")));
    QCOMPARE(
        m_page->goalsTab()->model()->index(0, GoalListModel::EvaluationColumn).data().toString(),
        labelOf(EvaluationOutcome::NotAchieved));
    QVERIFY(child<QLabel>(m_page.get(), "gateChecklistLabel")
                ->text()
                .contains(QStringLiteral("everything is done")));
    QVERIFY(dashboardRows("staleEngagementsTableView").isEmpty());
}

QTEST_MAIN(TestPipelineViews)
#include "tst_pipelineviews.moc"
