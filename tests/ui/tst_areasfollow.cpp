// Every area on screen follows a change as soon as it is made, through the
// workspace's change notifications: the engagement page after its agreement
// is signed, the Agreements area's empty state after the mentor profile is
// saved, a goal's progress after its evaluation, a draft's blanks after the
// details are set, and the client list's selection after the mentor cancels
// the unsaved-changes question.

#include "../core/tst_agreementfixture.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementsArea.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/EngagementService.h"
#include "pipeline/EvaluationTab.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/GoalsTab.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineBoard.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace md;
using md::test::AgreementFixture;
using md::test::child;
using md::test::click;
using md::test::typeInto;

namespace {

struct Window {
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};

    explicit Window(Workspace& workspace) {
        window.resize(1366, 800);
        window.show();
        window.showWorkspace(&workspace);
    }
};

// The row of `id` in the client list as the view shows it.
int viewRowOf(QTableView* view, qint64 id) {
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(ClientListModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

qint64 addClient(Workspace& workspace, const QString& name) {
    Client client;
    client.fullName = name;
    auto added = workspace.clients().add(client);
    return added ? added->id : 0;
}

} // namespace

class TestAreasFollow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void engagementPageFollowsItsAgreementBeingSigned();
    void agreementsEmptyStateFollowsTheMentorProfile();
    void goalProgressFollowsAnEvaluation();
    void draftListsItsBlanksAndIsFilledInOnceTheyAreSet();
    void cancellingTheUnsavedQuestionKeepsTheSelectionOnTheEditedClient();
};

void TestAreasFollow::engagementPageFollowsItsAgreementBeingSigned() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Window w(f.workspace());
    auto* pipeline = w.window.findChild<PipelineArea*>();
    QVERIFY(pipeline);
    w.window.setCurrentArea(pipeline);
    pipeline->openEngagement(f.engagementId());
    EngagementPage* page = pipeline->engagementPage();
    QVERIFY(page->isVisible());
    auto* status = child<QLabel>(page, "agreementStatusLabel");
    auto* gate = child<QLabel>(page, "gateChecklistLabel");
    const QString needsSigning = QStringLiteral("Have the mentee sign an agreement");
    QVERIFY2(gate->text().contains(needsSigning), qPrintable(gate->text()));
    QVERIFY2(!status->text().contains(QStringLiteral("on record")), qPrintable(status->text()));

    // Signed while the page is on screen (as the Agreements area or the CLI
    // would): the page says so without being opened again.
    const auto signedNow = f.signedOnScreen();
    QVERIFY2(signedNow.ok(), qPrintable(signedNow.message()));
    QVERIFY2(status->text().contains(QStringLiteral("on record")), qPrintable(status->text()));
    QVERIFY2(!gate->text().contains(needsSigning), qPrintable(gate->text()));
}

void TestAreasFollow::agreementsEmptyStateFollowsTheMentorProfile() {
    test::TemporaryWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    Window w(tw.workspace());
    auto* area = w.window.findChild<AgreementsArea*>();
    QVERIFY(area);
    w.window.setCurrentArea(area);
    auto* empty = child<QLabel>(area, "agreementsEmptyStateLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("mentor profile")), qPrintable(empty->text()));

    // Saved elsewhere (the billing details, the CLI): no longer asked for.
    MentorProfile profile;
    profile.name = QStringLiteral("Jonas Brandt");
    QVERIFY(tw->settings().saveMentorProfile(profile));
    QVERIFY2(!empty->text().contains(QStringLiteral("mentor profile")), qPrintable(empty->text()));
    QVERIFY2(empty->text().contains(QStringLiteral("Ctrl+N")), qPrintable(empty->text()));

    // Emptied again: asked for again.
    QVERIFY(tw->settings().saveMentorProfile(MentorProfile{}));
    QVERIFY2(empty->text().contains(QStringLiteral("mentor profile")), qPrintable(empty->text()));
}

void TestAreasFollow::goalProgressFollowsAnEvaluation() {
    test::TemporaryWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    const qint64 clientId = addClient(tw.workspace(), QStringLiteral("Lena Park"));
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
    ProgressEntry entry;
    entry.goalId = added->id;
    entry.date = QDate(2026, 4, 1);
    entry.value = 2;
    QVERIFY(tw->engagements().addProgress(entry));
    // The evaluation comes near the goal's due date, after the entry: the
    // goal is due soon until it is reached.
    tw.clock().set(QDateTime(QDate(2026, 9, 24), QTime(10, 0), Qt::UTC));

    Window w(tw.workspace());
    auto* pipeline = w.window.findChild<PipelineArea*>();
    w.window.setCurrentArea(pipeline);
    EngagementBoardModel* board = pipeline->board()->model();
    const auto cardWarnings = [&] {
        return board->index(board->rowOf(engagementId), 0)
            .data(EngagementBoardModel::WarningsRole)
            .toStringList();
    };
    const QString dueSoon = QStringLiteral("1 goal due soon");
    QVERIFY2(cardWarnings().contains(dueSoon), qPrintable(cardWarnings().join(u'|')));
    pipeline->openEngagement(engagementId);
    EngagementPage* page = pipeline->engagementPage();
    QVERIFY(page->goalsTab()->selectItem(added->id));
    auto* summary = child<QLabel>(page->goalsTab(), "progressSummaryLabel");
    QVERIFY2(summary->text().startsWith(QStringLiteral("50%")), qPrintable(summary->text()));

    // The evaluation, saved on its tab with the final value measured.
    page->showStage(Stage::Evaluation);
    EvaluationTab* evaluation = page->evaluationTab();
    QVERIFY(evaluation->selectItem(added->id));
    typeInto(child<QLineEdit>(evaluation, "evaluationFinalValueLineEdit"), QStringLiteral("4"));
    auto* outcome = child<QComboBox>(evaluation, "evaluationOutcomeComboBox");
    outcome->setCurrentIndex(outcome->findData(int(EvaluationOutcome::Achieved)));
    click(child<QPushButton>(evaluation, "saveEvaluationButton"));
    QVERIFY(tw->engagements().evaluation(added->id).value().has_value());

    // The final value is the goal's latest measurement: both tabs list the
    // goal evaluated and reached, the Goals tab's progress box says so and
    // lists the value, and the board's card no longer warns of it.
    const QString achieved = labelOf(EvaluationOutcome::Achieved);
    for (const char* name : {"goalsTableView", "evaluationGoalsTableView"}) {
        auto* goals = child<QTableView>(page, name);
        QVERIFY(goals);
        QCOMPARE(goals->model()->index(0, GoalListModel::EvaluationColumn).data().toString(),
                 achieved);
        const QString progress =
            goals->model()->index(0, GoalListModel::ProgressColumn).data().toString();
        QVERIFY2(progress.startsWith(QStringLiteral("100")), qPrintable(progress));
    }
    QVERIFY2(summary->text().startsWith(QStringLiteral("100%")), qPrintable(summary->text()));
    auto* entries = child<QListWidget>(page->goalsTab(), "progressEntriesListWidget");
    QCOMPARE(entries->count(), 2);
    QVERIFY2(entries->item(1)->text().contains(QStringLiteral("final value of the evaluation")),
             qPrintable(entries->item(1)->text()));
    QVERIFY2(!cardWarnings().contains(dueSoon), qPrintable(cardWarnings().join(u'|')));

    // A later measurement supersedes the evaluation's value.
    tw.clock().set(QDateTime(QDate(2026, 9, 26), QTime(10, 0), Qt::UTC));
    ProgressEntry later;
    later.goalId = added->id;
    later.date = QDate(2026, 9, 26);
    later.value = 3;
    QVERIFY(tw->engagements().addProgress(later));
    QVERIFY2(summary->text().startsWith(QStringLiteral("75%")), qPrintable(summary->text()));
    QVERIFY2(cardWarnings().contains(dueSoon), qPrintable(cardWarnings().join(u'|')));
}

void TestAreasFollow::draftListsItsBlanksAndIsFilledInOnceTheyAreSet() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Engagement engagement = f.workspace().engagements().engagement(f.engagementId()).value();
    engagement.feeNote.clear();
    QVERIFY(f.workspace().engagements().updateEngagement(engagement));
    const Result<Agreement> draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft, qPrintable(draft.message()));

    Window w(f.workspace());
    auto* area = w.window.findChild<AgreementsArea*>();
    QVERIFY(area);
    w.window.setCurrentArea(area);
    // The list is read once the area is on screen.
    QTRY_VERIFY((area->select(draft->id), area->currentId() == draft->id));
    auto* blanks = child<QLabel>(area, "draftBlanksLabel");
    auto* toEngagement = child<QPushButton>(area, "draftEngagementButton");
    auto* fillIn = child<QPushButton>(area, "fillInDraftButton");
    auto* text = child<QTextBrowser>(area, "agreementTextBrowser");
    const QString fee = QStringLiteral("the fee (set it on the engagement)");
    QVERIFY(blanks->isVisible());
    QVERIFY2(blanks->text().contains(fee), qPrintable(blanks->text()));
    QVERIFY2(!blanks->text().contains(QStringLiteral("{{")), qPrintable(blanks->text()));
    QVERIFY(toEngagement->isVisible());
    QVERIFY(!fillIn->isVisible());

    // The button goes where the fee is set.
    QSignalSpy wanted(area, &AgreementsArea::engagementRequested);
    click(toEngagement);
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.first().first().toLongLong(), f.engagementId());
    w.window.setCurrentArea(area);

    // Set there (or by the CLI): the panel follows, and one click fills it in.
    engagement.feeNote = QStringLiteral("EUR 900 for six sessions");
    QVERIFY(f.workspace().engagements().updateEngagement(engagement));
    QVERIFY2(!blanks->text().contains(fee), qPrintable(blanks->text()));
    QVERIFY(!toEngagement->isVisible());
    QVERIFY(fillIn->isVisible());
    QVERIFY(!text->toPlainText().contains(QStringLiteral("EUR 900")));
    click(fillIn);
    QVERIFY(f.service().get(draft->id)->bodyHtml.contains(QStringLiteral("EUR 900")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("EUR 900 for six sessions")));
    QVERIFY(!fillIn->isVisible());
}

void TestAreasFollow::cancellingTheUnsavedQuestionKeepsTheSelectionOnTheEditedClient() {
    test::TemporaryWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    const qint64 ada = addClient(tw.workspace(), QStringLiteral("Ada Lovelace"));
    const qint64 grace = addClient(tw.workspace(), QStringLiteral("Grace Hopper"));
    Window w(tw.workspace());
    ClientsPage* clients = w.window.clientsPage();
    w.window.setCurrentArea(clients);
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QVERIFY(clients->selectClient(ada));
    auto* view = child<QTableView>(clients, "clientTableView");
    typeInto(child<QLineEdit>(clients, "roleLineEdit"), QStringLiteral("Engineering manager"));

    // The mentor clicks another client, then cancels the question.
    const int graceRow = viewRowOf(view, grace);
    QVERIFY(graceRow >= 0);
    const QRect graceRect = view->visualRect(view->model()->index(graceRow, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, graceRect.center());
    QPointer<QMessageBox> box;
    QTRY_VERIFY(
        (box = clients->findChild<QMessageBox*>(QStringLiteral("unsavedChangesMessageBox"))) &&
        box->isVisible());
    click(box->button(QMessageBox::Cancel));
    QTRY_VERIFY(!box || !box->isVisible());
    QCoreApplication::processEvents();

    // Still editing Ada, with the edit kept; the list shows Ada selected.
    QCOMPARE(child<QLineEdit>(clients, "roleLineEdit")->text(),
             QStringLiteral("Engineering manager"));
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ClientListModel::IdRole).toLongLong(), ada);
    QCOMPARE(view->currentIndex().data(ClientListModel::IdRole).toLongLong(), ada);
}

QTEST_MAIN(TestAreasFollow)
#include "tst_areasfollow.moc"
