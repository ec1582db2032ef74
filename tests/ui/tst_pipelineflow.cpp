// The pipeline in the real main window: one engagement goes from stage 1 to
// completed through the board (buttons and drag and drop) and the engagement
// page's forms; gate failures offer "go there" and a reasoned override.
//
// boardScreenshotScene fills a board for a screenshot; with
// MENTORDESK_SCREENSHOT_HOLD=SECONDS it stays on screen that long.

#include "PipelineFlowFixture.h"
#include "clients/ClientsPage.h"
#include "pipeline/ActionListModel.h"
#include "pipeline/ActionsTab.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/GateFailureDialog.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/GoalsTab.h"
#include "pipeline/NeedListModel.h"
#include "pipeline/NeedsTab.h"
#include "pipeline/NewEngagementDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace md;
using test::click;
using test::find;
using test::typeInto;
using test::whenModal;

class TestPipelineFlow final : public QObject {
    Q_OBJECT

private:
    using Fixture = test::PipelineFixture;
    static bool clickCard(Fixture& f, qint64 id) { return f.clickCard(id); }
    static void dropOn(BoardColumnView* column, qint64 id) { Fixture::dropOn(column, id); }
    static void backToBoard(Fixture& f) { click(f.find<QPushButton>("backToBoardButton")); }

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void fromProfileToCompleted();
    void overrideFromTheBoard();
    void closeEarlyFromTheEndMenu();
    void clientPageListsEngagements();
    void boardScreenshotScene();
};

void TestPipelineFlow::fromProfileToCompleted() {
    Fixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.area && f.area->isVisible());
    QVERIFY(f.find<QLabel>("boardEmptyStateLabel")->isVisible());

    // 1. A new engagement through the dialog; its page opens.
    bool created = false;
    whenModal<NewEngagementDialog>(
        [](NewEngagementDialog* dialog) {
            typeInto(find<QLineEdit>(dialog, "newEngagementTitleLineEdit"),
                     QStringLiteral("Leading without authority"));
            click(find<QPushButton>(dialog, "createEngagementButton"));
        },
        &created);
    click(f.find<QPushButton>("newEngagementButton"));
    QVERIFY(created);
    QVERIFY(f.page()->isVisible());
    const qint64 id = f.page()->engagementId();
    QVERIFY(id > 0);
    QCOMPARE(f.stateOf(id), PipelineState::ProfileAgreement);
    QVERIFY(f.find<QLabel>("gateChecklistLabel")->text().contains(QStringLiteral("profile")));

    // 2. On the board, Advance is refused by the stage-1 gate, which names
    // both the notes and the agreement; "Go There" on the notes opens the
    // profile tab.
    backToBoard(f);
    QVERIFY(clickCard(f, id));
    bool gateShown = false;
    whenModal<GateFailureDialog>(
        [](GateFailureDialog* dialog) {
            auto* missing = find<QListWidget>(dialog, "missingItemsListWidget");
            QCOMPARE(missing->count(), 2);
            QCOMPARE(missing->item(0)->data(Qt::UserRole).toString(),
                     QStringLiteral("profile_agreement.profile_notes"));
            QCOMPARE(missing->item(1)->data(Qt::UserRole).toString(),
                     QStringLiteral("profile_agreement.signed_agreement"));
            QVERIFY(missing->item(1)->text().contains(QStringLiteral("agreement")));
            QVERIFY(!find<QPushButton>(dialog, "overrideButton")->isEnabled());
            missing->setCurrentRow(0);
            click(find<QPushButton>(dialog, "goToMissingButton"));
        },
        &gateShown);
    click(f.find<QPushButton>("advanceButton"));
    QVERIFY(gateShown);
    QCOMPARE(f.stateOf(id), PipelineState::ProfileAgreement);
    QVERIFY(f.page()->isVisible());
    QCOMPARE(f.page()->tabs()->currentIndex(), int(Stage::ProfileAgreement));
    auto* notes = f.find<QPlainTextEdit>("profileNotesTextEdit");
    QTest::keyClicks(notes, QStringLiteral("Strong operator; wants influence across teams."));
    click(f.find<QPushButton>("saveProfileButton"));

    // 3. Dropping onto the Needs column is still refused: the gate now names
    // only the missing agreement, and the card stays in stage 1.
    backToBoard(f);
    bool agreementNamed = false;
    whenModal<GateFailureDialog>(
        [](GateFailureDialog* dialog) {
            auto* missing = find<QListWidget>(dialog, "missingItemsListWidget");
            QCOMPARE(missing->count(), 1);
            QCOMPARE(missing->item(0)->data(Qt::UserRole).toString(),
                     QStringLiteral("profile_agreement.signed_agreement"));
            dialog->reject();
        },
        &agreementNamed);
    dropOn(f.board()->column(PipelineState::Needs), id);
    QVERIFY(agreementNamed);
    QCOMPARE(f.stateOf(id), PipelineState::ProfileAgreement);

    // Signed on paper (through the core, as the Agreements area records it),
    // the drop passes.
    const QString signError = f.signAgreement(id);
    QVERIFY2(signError.isEmpty(), qPrintable(signError));
    dropOn(f.board()->column(PipelineState::Needs), id);
    QCOMPARE(f.stateOf(id), PipelineState::Needs);

    // 4. Needs: open the card, record a need linked to a weakness.
    QVERIFY(clickCard(f, id));
    click(f.find<QPushButton>("openEngagementButton"));
    QCOMPARE(f.page()->tabs()->currentIndex(), int(Stage::Needs));
    QTest::keyClicks(f.find<QPlainTextEdit>("needDescriptionTextEdit"),
                     QStringLiteral("Disagree openly without damaging relationships"));
    auto* category = f.find<QComboBox>("needCategoryComboBox");
    category->setCurrentIndex(category->findData(int(NeedCategory::Leadership)));
    auto* weaknesses = f.find<QListWidget>("needWeaknessesListWidget");
    QCOMPARE(weaknesses->count(), 1);
    weaknesses->item(0)->setCheckState(Qt::Checked);
    click(f.find<QPushButton>("saveNeedButton"));
    QCOMPARE(f.page()->needsTab()->model()->rowCount(), 1);
    QCOMPARE(f.pipeline().needs(id)->first().weaknessRefs,
             QStringList{QStringLiteral("Avoids conflict")});
    backToBoard(f);
    QVERIFY(clickCard(f, id));
    click(f.find<QPushButton>("advanceButton"));
    QCOMPARE(f.stateOf(id), PipelineState::Goals);

    // 5. Goals: the editor's live SMART check, then progress.
    QVERIFY(clickCard(f, id));
    click(f.find<QPushButton>("openEngagementButton"));
    QCOMPARE(f.page()->tabs()->currentIndex(), int(Stage::Goals));
    auto* issues = f.find<QLabel>("smartIssuesLabel");
    QVERIFY(issues->text().contains(labelOf(SmartLetter::Measurable)));
    typeInto(f.find<QLineEdit>("goalSpecificLineEdit"),
             QStringLiteral("Lead two cross-team decisions to agreement"));
    typeInto(f.find<QLineEdit>("goalMetricLineEdit"), QStringLiteral("Decisions led"));
    typeInto(f.find<QLineEdit>("goalUnitLineEdit"), QStringLiteral("decisions"));
    typeInto(f.find<QLineEdit>("goalBaselineLineEdit"), QStringLiteral("0"));
    typeInto(f.find<QLineEdit>("goalTargetLineEdit"), QStringLiteral("2"));
    QTest::keyClicks(f.find<QPlainTextEdit>("goalAttainableTextEdit"),
                     QStringLiteral("Two decisions are already on the roadmap"));
    f.find<QListWidget>("goalNeedsListWidget")->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!issues->text().contains(labelOf(SmartLetter::Relevant)));
    click(f.find<QCheckBox>("goalHasDueCheckBox"));
    f.find<QDateEdit>("goalDueDateEdit")->setDate(QDate(2026, 6, 30));
    QCOMPARE(issues->text(), QStringLiteral("This goal passes the SMART check."));
    click(f.find<QPushButton>("saveGoalButton"));
    QCOMPARE(f.page()->goalsTab()->model()->rowCount(), 1);
    typeInto(f.find<QLineEdit>("progressValueLineEdit"), QStringLiteral("1"));
    const QString comment = QStringLiteral("First decision agreed in the March review");
    typeInto(f.find<QLineEdit>("progressCommentLineEdit"), comment);
    click(f.find<QPushButton>("addProgressButton"));
    QVERIFY(f.find<QLabel>("progressSummaryLabel")->text().contains(QStringLiteral("50%")));
    // The entry's comment is listed under the chart.
    auto* entries = f.find<QListWidget>("progressEntriesListWidget");
    QVERIFY(entries && entries->isVisible());
    QCOMPARE(entries->count(), 1);
    QVERIFY2(entries->item(0)->text().contains(comment), qPrintable(entries->item(0)->text()));
    // Advance from the page this time: the same gates.
    click(f.find<QPushButton>("engagementAdvanceButton"));
    QCOMPARE(f.stateOf(id), PipelineState::ActionPlan);
    QCOMPARE(f.page()->tabs()->currentIndex(), int(Stage::ActionPlan));

    // 6. Action plan.
    typeInto(f.find<QLineEdit>("actionDescriptionLineEdit"),
             QStringLiteral("Propose a decision record for the API change"));
    typeInto(f.find<QLineEdit>("actionPeopleLineEdit"),
             QStringLiteral("Platform lead, Product manager"));
    click(f.find<QPushButton>("saveActionButton"));
    QCOMPARE(f.page()->actionsTab()->model()->rowCount(), 1);
    QCOMPARE(f.pipeline().actions(id)->first().people.size(), 2);
    backToBoard(f);
    QVERIFY(clickCard(f, id));
    click(f.find<QPushButton>("advanceButton"));
    QCOMPARE(f.stateOf(id), PipelineState::Evaluation);

    // 7. Evaluation, then completion with an outcome note.
    QVERIFY(clickCard(f, id));
    click(f.find<QPushButton>("openEngagementButton"));
    QCOMPARE(f.page()->tabs()->currentIndex(), int(Stage::Evaluation));
    auto* outcome = f.find<QComboBox>("evaluationOutcomeComboBox");
    outcome->setCurrentIndex(outcome->findData(int(EvaluationOutcome::Achieved)));
    typeInto(f.find<QLineEdit>("evaluationFinalValueLineEdit"), QStringLiteral("2"));
    QTest::keyClicks(f.find<QPlainTextEdit>("mentorAssessmentTextEdit"),
                     QStringLiteral("Both decisions landed; she chaired the second one."));
    auto* rating = f.find<QComboBox>("menteeRatingComboBox");
    rating->setCurrentIndex(rating->findData(5));
    click(f.find<QPushButton>("saveEvaluationButton"));
    QVERIFY(f.pipeline().evaluations(id)->size() == 1);
    backToBoard(f);
    QVERIFY(clickCard(f, id));
    bool noteAsked = false;
    whenModal<QDialog>(
        [](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("moveNoteDialog"));
            QTest::keyClicks(find<QPlainTextEdit>(dialog, "moveNoteTextEdit"),
                             QStringLiteral("Goals met; no follow-up needed."));
            click(find<QPushButton>(dialog, "moveNoteOkButton"));
        },
        &noteAsked);
    click(f.find<QPushButton>("advanceButton"));
    QVERIFY(noteAsked);
    QCOMPARE(f.stateOf(id), PipelineState::Completed);
    QCOMPARE(f.board()->model()->rowOf(id), -1); // off the board
    QCOMPARE(f.pipeline().engagement(id)->outcome,
             QStringLiteral("Goals met; no follow-up needed."));

    const auto timeline = f.pipeline().timeline(id).value();
    QCOMPARE(timeline.size(), 6);
    for (const StageChange& change : timeline)
        QVERIFY(!change.overridden);
}

void TestPipelineFlow::overrideFromTheBoard() {
    Fixture f;
    QVERIFY(f.isValid());
    Engagement e;
    e.clientId = f.clientId;
    e.title = QStringLiteral("Override me");
    e.startDate = QDate(2026, 3, 2);
    const qint64 id = f.pipeline().addEngagement(e)->id;
    QVERIFY(clickCard(f, id));
    const QString reason = QStringLiteral("Profile discussed in the intro call; notes follow");
    bool handled = false;
    whenModal<GateFailureDialog>(
        [reason](GateFailureDialog* dialog) {
            auto* button = find<QPushButton>(dialog, "overrideButton");
            QVERIFY(!button->isEnabled());
            QTest::keyClicks(find<QPlainTextEdit>(dialog, "overrideReasonTextEdit"), reason);
            QVERIFY(button->isEnabled());
            click(button);
        },
        &handled);
    click(f.find<QPushButton>("advanceButton"));
    QVERIFY(handled);
    QCOMPARE(f.stateOf(id), PipelineState::Needs);
    const StageChange last = f.pipeline().timeline(id)->last();
    QVERIFY(last.overridden);
    QCOMPARE(last.reason, reason);
    // The card moved to the Needs column and stays selected.
    QCOMPARE(f.board()->selectedEngagementId(), id);
    QCOMPARE(f.board()->column(PipelineState::Needs)->model()->rowCount(), 1);

    // Dropping onto a column two stages ahead is refused without writing.
    bool informed = false;
    whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); }, &informed);
    dropOn(f.board()->column(PipelineState::ActionPlan), id);
    QVERIFY(informed);
    QCOMPARE(f.stateOf(id), PipelineState::Needs);
}

void TestPipelineFlow::closeEarlyFromTheEndMenu() {
    Fixture f;
    QVERIFY(f.isValid());
    Engagement e;
    e.clientId = f.clientId;
    e.title = QStringLiteral("Short one");
    e.startDate = QDate(2026, 3, 2);
    const qint64 id = f.pipeline().addEngagement(e)->id;
    QVERIFY(clickCard(f, id));
    bool asked = false;
    whenModal<QDialog>(
        [](QDialog* dialog) {
            auto* ok = find<QPushButton>(dialog, "moveNoteOkButton");
            QVERIFY(!ok->isEnabled()); // a reason is required
            QTest::keyClicks(find<QPlainTextEdit>(dialog, "moveNoteTextEdit"),
                             QStringLiteral("Mentee left the field"));
            click(ok);
        },
        &asked);
    auto* endButton = f.find<QPushButton>("endEngagementButton");
    endButton->menu()->findChild<QAction*>(QStringLiteral("closeEarlyAction"))->trigger();
    QVERIFY(asked);
    QCOMPARE(f.stateOf(id), PipelineState::ClosedEarly);
    QCOMPARE(f.pipeline().engagement(id)->outcome, QStringLiteral("Mentee left the field"));
    QCOMPARE(f.board()->model()->rowCount(), 0);
}

void TestPipelineFlow::clientPageListsEngagements() {
    Fixture f;
    QVERIFY(f.isValid());
    Engagement e;
    e.clientId = f.clientId;
    e.title = QStringLiteral("Listed on the client page");
    e.startDate = QDate(2026, 3, 2);
    const qint64 firstId = f.pipeline().addEngagement(e)->id;
    ClientsPage* clients = f.window.clientsPage();
    f.window.setCurrentArea(clients);
    QVERIFY(clients->selectClient(f.clientId));
    auto* list = f.find<QListWidget>("clientEngagementsListWidget");
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(e.title));

    // The list follows engagements added and removed while it is shown.
    Engagement other = e;
    other.title = QStringLiteral("Started by mistake");
    const qint64 otherId = f.pipeline().addEngagement(other)->id;
    QCOMPARE(list->count(), 2);
    QVERIFY(f.pipeline().removeEngagement(otherId).ok());
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(e.title));
    QVERIFY(f.pipeline().removeEngagement(firstId).ok());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags); // "No engagement yet."
    QVERIFY(!list->item(0)->text().contains(e.title));
    const qint64 id = f.pipeline().addEngagement(e)->id;
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    click(f.find<QPushButton>("openClientEngagementButton"));
    QCOMPARE(f.window.currentArea(), f.area);
    QVERIFY(f.page()->isVisible());
    QCOMPARE(f.page()->engagementId(), id);
}

void TestPipelineFlow::boardScreenshotScene() {
    Fixture f;
    QVERIFY(f.isValid());
    EngagementService& pipeline = f.pipeline();
    struct Seed {
        const char* client;
        const char* title;
        int steps;
        bool overdue;
    };
    const Seed seeds[] = {
        {"Amara Nwosu", "Leading without authority", 0, false},
        {"Jonas Berg", "From engineer to engineering manager", 0, false},
        {"Lucía Ortega", "Career move into product", 1, false},
        {"Hiroshi Tanaka", "Promotion case for staff level", 2, false},
        {"Fatima Zahra", "Negotiating a new role", 3, true},
        {"Owen Price", "Public speaking confidence", 3, false},
        {"Sofia Rossi", "First 90 days as director", 4, false},
        {"Daniel Kim", "Leadership presence", 5, false},
    };
    for (const Seed& seed : seeds) {
        const qint64 clientId = f.addClient(QString::fromUtf8(seed.client));
        qint64 goalId = 0;
        const qint64 id = f.seedEngagement(clientId, QString::fromUtf8(seed.title), seed.steps,
                                           seed.overdue, &goalId);
        QVERIFY(id > 0);
        if (seed.steps == 5) {
            Evaluation evaluation;
            evaluation.goalId = goalId;
            QVERIFY(pipeline.saveEvaluation(evaluation));
            QVERIFY(
                pipeline.end(id, EngagementStatus::Maintenance, QStringLiteral("Monthly check-ins"))
                    .ok());
        }
    }
    // A few days later, so cards show time in their stage.
    f.tw.clock().advanceDays(5);
    f.board()->reload();
    QCOMPARE(f.board()->model()->rowCount(), 8);
    QCOMPARE(f.board()->column(PipelineState::Maintenance)->model()->rowCount(), 1);
    QVERIFY(
        clickCard(f, f.board()->model()->index(0).data(EngagementBoardModel::IdRole).toLongLong()));
    // MENTORDESK_SCREENSHOT_VIEW picks what is on screen: the board (default),
    // "engagement" (a page with goals) or "dashboard".
    const QString view = qEnvironmentVariable("MENTORDESK_SCREENSHOT_VIEW");
    if (view == QLatin1String("engagement")) {
        const QModelIndex first =
            f.board()->column(PipelineState::ActionPlan)->model()->index(0, 0);
        f.area->openEngagement(first.data(EngagementBoardModel::IdRole).toLongLong());
        f.page()->showStage(Stage::Goals);
        f.page()->goalsTab()->findChild<QTableView*>()->selectRow(0);
    } else if (view == QLatin1String("dashboard")) {
        f.window.setCurrentArea(f.window.findChild<AreaPage*>(QStringLiteral("dashboardPage")));
    }
    const int hold = qEnvironmentVariableIntValue("MENTORDESK_SCREENSHOT_HOLD");
    if (hold > 0)
        QTest::qWait(hold * 1000);
}

QTEST_MAIN(TestPipelineFlow)
#include "tst_pipelineflow.moc"
