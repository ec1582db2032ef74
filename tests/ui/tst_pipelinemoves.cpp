// Moves on the pipeline board and engagement page in the real main window,
// beyond the happy path of tst_pipelineflow: going back asks for a reason
// that the timeline keeps, a drop refused by a gate explains itself and moves
// nothing, "New needs" starts a linked engagement, and the missing agreement's
// "Go There" leads to a new agreement in the Agreements area.

#include "PipelineFlowFixture.h"
#include "agreements/AgreementsArea.h"
#include "agreements/NewAgreementDialog.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/GateFailureDialog.h"
#include "pipeline/TimelineModel.h"
#include "storage/AgreementRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace md;
using test::click;
using test::find;
using test::whenModal;

class TestPipelineMoves final : public QObject {
    Q_OBJECT

private:
    using Fixture = test::PipelineFixture;
    // Answers the next reason dialog: types `reason` and confirms, or cancels
    // when `reason` is empty (checking that OK waits for a reason).
    static void answerReason(const QString& reason, bool* asked);
    static QString lastReason(Fixture& f, qint64 id) {
        return f.pipeline().timeline(id)->last().reason;
    }

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void backFromTheBoardNeedsAReason();
    void backFromThePageNeedsAReason();
    void dropRefusedByAGate();
    void newNeedsStartsALinkedEngagement_data();
    void newNeedsStartsALinkedEngagement();
    void goThereOpensANewAgreement();
    void prepareAgreementFromTheProfileTab();
    void gateDialogShowsTheTitleAsTyped();
};

void TestPipelineMoves::answerReason(const QString& reason, bool* asked) {
    whenModal<QDialog>(
        [reason](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("moveNoteDialog"));
            auto* ok = find<QPushButton>(dialog, "moveNoteOkButton");
            auto* edit = find<QPlainTextEdit>(dialog, "moveNoteTextEdit");
            QVERIFY(!ok->isEnabled()); // a reason is required
            QTest::keyClicks(edit, QStringLiteral("   "));
            QVERIFY(!ok->isEnabled()); // blanks are not a reason
            if (reason.isEmpty()) {
                dialog->reject();
                return;
            }
            edit->clear();
            QTest::keyClicks(edit, reason);
            QVERIFY(ok->isEnabled());
            click(ok);
        },
        asked);
}

void TestPipelineMoves::backFromTheBoardNeedsAReason() {
    Fixture f;
    QVERIFY(f.isValid());
    const qint64 id = f.seedEngagement(f.clientId, QStringLiteral("Back to the plan"), 4);
    QVERIFY(id > 0);
    QCOMPARE(f.stateOf(id), PipelineState::Evaluation);
    f.board()->reload();
    const int changes = f.pipeline().timeline(id)->size();

    // Cancelling the reason moves nothing and records nothing.
    QVERIFY(f.clickCard(id));
    bool asked = false;
    answerReason(QString(), &asked);
    click(f.find<QPushButton>("moveBackButton"));
    QVERIFY(asked);
    QCOMPARE(f.stateOf(id), PipelineState::Evaluation);
    QCOMPARE(f.pipeline().timeline(id)->size(), changes);

    // With a reason, the card goes back and the timeline keeps why.
    const QString reason = QStringLiteral("The promotion round moved; the plan needs a new date");
    asked = false;
    answerReason(reason, &asked);
    click(f.find<QPushButton>("moveBackButton"));
    QVERIFY(asked);
    QCOMPARE(f.stateOf(id), PipelineState::ActionPlan);
    const auto timeline = f.pipeline().timeline(id).value();
    QCOMPARE(timeline.size(), changes + 1);
    QVERIFY(timeline.last().from == PipelineState::Evaluation);
    QCOMPARE(timeline.last().to, PipelineState::ActionPlan);
    QCOMPARE(timeline.last().reason, reason);
    QVERIFY(!timeline.last().overridden);
}

void TestPipelineMoves::backFromThePageNeedsAReason() {
    Fixture f;
    QVERIFY(f.isValid());
    const qint64 id = f.seedEngagement(f.clientId, QStringLiteral("Rethink the goals"), 2);
    QVERIFY(id > 0);
    QCOMPARE(f.stateOf(id), PipelineState::Goals);
    f.area->openEngagement(id);
    QVERIFY(f.page()->isVisible());
    TimelineModel* timeline = f.page()->timelineModel();
    const int rows = timeline->rowCount();

    bool asked = false;
    answerReason(QString(), &asked);
    click(f.find<QPushButton>("engagementMoveBackButton"));
    QVERIFY(asked);
    QCOMPARE(f.stateOf(id), PipelineState::Goals);
    QCOMPARE(timeline->rowCount(), rows);

    const QString reason = QStringLiteral("A new need came up in session three");
    asked = false;
    answerReason(reason, &asked);
    click(f.find<QPushButton>("engagementMoveBackButton"));
    QVERIFY(asked);
    QCOMPARE(f.stateOf(id), PipelineState::Needs);
    QCOMPARE(lastReason(f, id), reason);
    // The page's timeline shows it as its last entry.
    QCOMPARE(timeline->rowCount(), rows + 1);
    QCOMPARE(timeline->index(rows, TimelineModel::ReasonColumn).data().toString(), reason);
    QCOMPARE(f.page()->tabs()->currentIndex(), int(Stage::Needs));
}

void TestPipelineMoves::dropRefusedByAGate() {
    Fixture f;
    QVERIFY(f.isValid());
    Engagement e;
    e.clientId = f.clientId;
    e.title = QStringLiteral("Nothing explored yet");
    e.startDate = QDate(2026, 3, 2);
    e.profileNotes = QStringLiteral("Read the CV.");
    const qint64 id = f.pipeline().addEngagement(e)->id;
    QVERIFY(f.signAgreement(id).isEmpty());
    QVERIFY(f.pipeline().advance(id).ok());
    QCOMPARE(f.stateOf(id), PipelineState::Needs);
    f.board()->reload();
    const int changes = f.pipeline().timeline(id)->size();

    // Needs has no need yet: dropping on Goals shows what is missing.
    bool shown = false;
    whenModal<GateFailureDialog>(
        [](GateFailureDialog* dialog) {
            auto* missing = find<QListWidget>(dialog, "missingItemsListWidget");
            QCOMPARE(missing->count(), 1);
            QCOMPARE(
                missing->item(0)->data(Qt::UserRole).toString().section(QLatin1Char('.'), 0, 0),
                QStringLiteral("needs"));
            dialog->reject();
        },
        &shown);
    Fixture::dropOn(f.board()->column(PipelineState::Goals), id);
    QVERIFY(shown);
    QCOMPARE(f.stateOf(id), PipelineState::Needs);
    QCOMPARE(f.pipeline().timeline(id)->size(), changes);
    QCOMPARE(f.board()->column(PipelineState::Needs)->model()->rowCount(), 1);
    QCOMPARE(f.board()->column(PipelineState::Goals)->model()->rowCount(), 0);
}

void TestPipelineMoves::newNeedsStartsALinkedEngagement_data() {
    QTest::addColumn<int>("ending");
    QTest::newRow("completed") << int(EngagementStatus::Completed);
    QTest::newRow("maintenance") << int(EngagementStatus::Maintenance);
}

void TestPipelineMoves::newNeedsStartsALinkedEngagement() {
    QFETCH(int, ending);
    Fixture f;
    QVERIFY(f.isValid());
    qint64 goalId = 0;
    const qint64 id =
        f.seedEngagement(f.clientId, QStringLiteral("First year as a manager"), 4, false, &goalId);
    QVERIFY(id > 0);
    Evaluation evaluation;
    evaluation.goalId = goalId;
    QVERIFY(f.pipeline().saveEvaluation(evaluation));
    QVERIFY(f.pipeline().end(id, EngagementStatus(ending), QStringLiteral("Went well")).ok());
    f.area->openEngagement(id);
    auto* followUp = f.find<QPushButton>("followUpButton");
    QVERIFY(followUp && followUp->isVisible() && followUp->isEnabled());
    click(followUp);

    // The page now shows the new engagement, linked to the old one.
    const qint64 next = f.page()->engagementId();
    QVERIFY(next > 0 && next != id);
    const Engagement created = f.pipeline().engagement(next).value();
    QCOMPARE(created.previousEngagementId, id);
    QCOMPARE(created.clientId, f.clientId);
    QCOMPARE(created.state(), PipelineState::ProfileAgreement);
    QVERIFY(f.find<QLabel>("engagementStateLabel")->text().contains(QString::number(id)));
    QCOMPARE(int(f.stateOf(id)), int(pipelineStateOf(Stage::Evaluation, EngagementStatus(ending))));
}

void TestPipelineMoves::goThereOpensANewAgreement() {
    Fixture f;
    QVERIFY(f.isValid());
    auto* agreements = f.window.findChild<AgreementsArea*>();
    QVERIFY(agreements);
    Engagement e;
    e.clientId = f.clientId;
    e.title = QStringLiteral("Needs its agreement");
    e.startDate = QDate(2026, 3, 2);
    e.profileNotes = QStringLiteral("Read the CV.");
    const qint64 id = f.pipeline().addEngagement(e)->id;
    f.board()->reload();
    QVERIFY(f.clickCard(id));

    bool gateShown = false;
    bool dialogShown = false;
    bool areaWasCurrent = false;
    whenModal<GateFailureDialog>(
        [&](GateFailureDialog* dialog) {
            auto* missing = find<QListWidget>(dialog, "missingItemsListWidget");
            QCOMPARE(missing->count(), 1);
            QCOMPARE(missing->item(0)->data(Qt::UserRole).toString(),
                     QStringLiteral("profile_agreement.signed_agreement"));
            // Next: the new-agreement dialog, for this engagement.
            whenModal<NewAgreementDialog>(
                [&](NewAgreementDialog* next) {
                    areaWasCurrent = f.window.currentArea() == agreements;
                    auto* engagement = find<QComboBox>(next, "engagementComboBox");
                    auto* kind = find<QComboBox>(next, "templateComboBox");
                    if (engagement->currentData().toLongLong() == id) {
                        kind->setCurrentIndex(kind->findData(int(AgreementKind::Confidentiality)));
                        click(find<QPushButton>(next, "generateButton"));
                    }
                    if (next->isVisible()) // wrong engagement or not generated
                        next->reject();
                },
                &dialogShown);
            click(find<QPushButton>(dialog, "goToMissingButton"));
        },
        &gateShown);
    click(f.find<QPushButton>("advanceButton"));
    QVERIFY(gateShown);
    QVERIFY(dialogShown);
    QVERIFY(areaWasCurrent);
    QCOMPARE(f.window.currentArea(), agreements);
    QCOMPARE(f.stateOf(id), PipelineState::ProfileAgreement);
    // The new draft is for this engagement, and selected.
    const qint64 agreementId = agreements->currentId();
    QVERIFY(agreementId > 0);
    const Agreement draft = f.agreements().get(agreementId).value();
    QCOMPARE(draft.engagementId, id);
    QCOMPARE(draft.state, AgreementState::Draft);
}

void TestPipelineMoves::prepareAgreementFromTheProfileTab() {
    Fixture f;
    QVERIFY(f.isValid());
    Engagement e;
    e.clientId = f.clientId;
    e.title = QStringLiteral("Agreement first");
    e.startDate = QDate(2026, 3, 2);
    const qint64 id = f.pipeline().addEngagement(e)->id;
    f.area->openEngagement(id);
    qint64 preselected = 0;
    bool shown = false;
    whenModal<NewAgreementDialog>(
        [&](NewAgreementDialog* dialog) {
            preselected = find<QComboBox>(dialog, "engagementComboBox")->currentData().toLongLong();
            dialog->reject();
        },
        &shown);
    click(f.find<QPushButton>("prepareAgreementButton"));
    QVERIFY(shown);
    QCOMPARE(preselected, id);
    QCOMPARE(f.window.currentArea(), f.window.findChild<AgreementsArea*>());
    QVERIFY(f.agreements().list()->isEmpty()); // cancelled: nothing made
}

void TestPipelineMoves::gateDialogShowsTheTitleAsTyped() {
    GateResult gate;
    gate.stage = Stage::Needs;
    gate.missing.append({QStringLiteral("needs.at_least_one_need"),
                         QStringLiteral("Record at least one need."),
                         {Stage::Needs, QStringLiteral("need"), 0}});
    GateFailureDialog dialog(gate, QStringLiteral("R&D <lead> role"));
    auto* heading = find<QLabel>(&dialog, "gateFailureHeadingLabel");
    QVERIFY(heading);
    QCOMPARE(heading->textFormat(), Qt::PlainText);
    QVERIFY2(heading->text().startsWith(QStringLiteral("R&D <lead> role cannot leave")),
             qPrintable(heading->text()));
    QVERIFY(!heading->text().contains(QStringLiteral("&amp;")));
}

QTEST_MAIN(TestPipelineMoves)
#include "tst_pipelinemoves.moc"
