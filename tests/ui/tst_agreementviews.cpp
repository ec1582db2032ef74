// No agreement view shows stale data after a change made elsewhere: the list,
// the details panel with its verification badge and the dashboard's "ending
// soon" panel follow a signing, a renamed client and a change from another
// process; the signing dialog and the profile page follow a mentor profile
// saved elsewhere; the dialogs offer the default end date of the service's
// Clock; and looking at everything writes nothing to the workspace.

#include "../core/tst_agreementfixture.h"
#include "MainWindow.h"
#include "ModalScript.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementDetailsPanel.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementsArea.h"
#include "agreements/DraftEditorDialog.h"
#include "agreements/EndingAgreementsWidget.h"
#include "agreements/MentorProfileDialog.h"
#include "agreements/MentorProfilePage.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/RichTextEditor.h"
#include "agreements/SignaturePad.h"
#include "agreements/SignerPanel.h"
#include "agreements/SigningDialog.h"
#include "agreements/TemplateEditorDialog.h"
#include "agreements/VerificationBadge.h"
#include "common/ChangeNotifier.h"
#include "pipeline/DashboardPage.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
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

// The list's row of an agreement, as the user sees it.
QString cell(const QAbstractItemModel* model, qint64 id, int column) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AgreementListModel::IdRole).toLongLong() == id)
            return model->index(row, column).data().toString();
    }
    return QStringLiteral("(no row)");
}

QStringList endingNumbers(const EndingAgreementsWidget* widget) {
    QStringList numbers;
    for (int row = 0; row < widget->model()->rowCount(); ++row)
        numbers
            << widget->model()->index(row, EndingAgreementsWidget::NumberColumn).data().toString();
    return numbers;
}

QPair<QByteArray, QByteArray> databaseFiles(AgreementFixture& f) {
    const QMap<QString, QByteArray> files = md::test::snapshot(f.workspace().directory());
    const QString db = f.database().path();
    return {files.value(db), files.value(db + QStringLiteral("-wal"))};
}

QByteArray otherSignaturePng() {
    return AgreementFixture::signaturePng(7);
}

} // namespace

class TestAgreementViews final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void listDetailsAndDashboardFollowASigning();
    void viewsReloadAfterAnExternalChange();
    void signingDialogFollowsTheProfileAndTheAgreement();
    void profilePageFollowsSavesElsewhere();
    void dialogsOfferTheServicesDefaultEndDate();
    void lookingWritesNothing();
    void theListVerifiesInTheBackgroundOnlyWhileShown();
    void theListHoldsNoTextsYetEveryActionGetsTheWholeAgreement();
};

void TestAgreementViews::listDetailsAndDashboardFollowASigning() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    AgreementService::CreateOptions options;
    options.endDate = f.workspace().clock().today().addDays(12);
    const auto draft = f.service().createDraft(f.engagementId(), options);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    window.showWorkspace(&f.workspace());
    auto* area = window.findChild<AgreementsArea*>();
    auto* dashboard = window.findChild<DashboardPage*>();
    auto* ending = dashboard->findChild<EndingAgreementsWidget*>();
    QVERIFY(area && ending);
    // Areas read when shown: the list follows changes from its first show on,
    // the dashboard's panel is read again whenever it is shown after a change.
    window.setCurrentArea(area);
    auto onDashboard = [&] {
        window.setCurrentArea(dashboard);
        const QStringList numbers = endingNumbers(ending);
        window.setCurrentArea(area);
        return numbers;
    };
    auto* view = child<QTableView>(area, "agreementTableView");
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    area->select(draft->id);
    auto* badge = child<VerificationBadge>(area, "verificationBadge");
    QCOMPARE(badge->status(), VerificationStatus::NotSigned);
    QCOMPARE(cell(view->model(), draft->id, AgreementListModel::StateColumn),
             agreementStateLabel(AgreementState::Draft));
    QVERIFY(onDashboard().isEmpty()); // a draft does not end
    QVERIFY(child<QAction>(area, "signOnScreenAction")->isEnabled());

    // Signed elsewhere (the CLI's code path, the service), with the list,
    // the selected agreement and the dashboard on screen.
    const auto signedNow = f.service().signOnPaper(draft->id, QStringLiteral("scan.png"),
                                                   AgreementFixture::signaturePng());
    QVERIFY2(signedNow.ok(), qPrintable(signedNow.message()));
    QCOMPARE(cell(view->model(), draft->id, AgreementListModel::StateColumn),
             agreementStateLabel(AgreementState::Signed));
    QVERIFY(cell(view->model(), draft->id, AgreementListModel::VerificationColumn)
                .startsWith(QStringLiteral("Paper signature attached, unchanged since")));
    QCOMPARE(area->currentId(), draft->id);
    QCOMPARE(badge->status(), VerificationStatus::Verified);
    QVERIFY(child<QLabel>(area, "agreementFactsLabel")->text().contains(QStringLiteral("paper")));
    QVERIFY(!child<QAction>(area, "signOnScreenAction")->isEnabled());
    QVERIFY(child<QAction>(area, "amendAction")->isEnabled());
    QCOMPARE(onDashboard(), QStringList{draft->number()});

    // A new draft from elsewhere appears once, in its place (newest first).
    const auto another = f.service().createDraft(f.engagementId());
    QVERIFY(another.ok());
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(cell(view->model(), another->id, AgreementListModel::StateColumn),
             agreementStateLabel(AgreementState::Draft));

    // The client renamed in the Clients area: the list and the panel follow.
    Client client = *f.workspace().clients().get(f.clientId());
    client.preferredName = QStringLiteral("Amara O.");
    QVERIFY(f.workspace().clients().update(client).ok());
    QCOMPARE(cell(view->model(), draft->id, AgreementListModel::ClientColumn),
             QStringLiteral("Amara O."));
    onDashboard();
    QCOMPARE(ending->model()->index(0, EndingAgreementsWidget::ClientColumn).data().toString(),
             QStringLiteral("Amara O."));

    // Deleted elsewhere: gone from the list.
    QVERIFY(f.service().removeDraft(another->id).ok());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(view->model(), another->id, 0), QStringLiteral("(no row)"));

    // Amended and the amendment signed: the original no longer ends soon.
    const auto amendment = f.service().amend(draft->id, {});
    QVERIFY(amendment.ok());
    QVERIFY(f.service()
                .signOnPaper(amendment->id, QStringLiteral("scan.png"),
                             AgreementFixture::signaturePng(3))
                .ok());
    QCOMPARE(onDashboard(), QStringList{amendment->number()});
}

void TestAgreementViews::viewsReloadAfterAnExternalChange() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY(signedAgreement.ok());
    AgreementsArea area;
    area.resize(1200, 700);
    area.show();
    area.setWorkspace(&f.workspace());
    area.select(signedAgreement->id);
    auto* badge = child<VerificationBadge>(&area, "verificationBadge");
    QCOMPARE(badge->status(), VerificationStatus::Verified);

    // Another process (here: SQL with the key) changes a byte of the frozen
    // PDF and adds a draft; the app learns only "something changed".
    QVERIFY(f.exec(QStringLiteral("DROP TRIGGER agreement_seals_no_update")));
    QVERIFY(f.exec(QStringLiteral("UPDATE agreement_seals SET pdf = substr(pdf, 1, 100) || "
                                  "X'00' || substr(pdf, 102) WHERE agreement_id = ?"),
                   {signedAgreement->id}));
    auto* view = child<QTableView>(&area, "agreementTableView");
    QCOMPARE(view->model()->rowCount(), 1);
    f.workspace().changes().publish(ChangeSet::externalChange());
    area.select(signedAgreement->id);
    QCOMPARE(badge->status(), VerificationStatus::Modified);
    QCOMPARE(cell(view->model(), signedAgreement->id, AgreementListModel::VerificationColumn),
             verificationLabel(AgreementVerification(VerificationStatus::Modified)));
}

void TestAgreementViews::signingDialogFollowsTheProfileAndTheAgreement() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    SigningDialog dialog(f.workspace(), *draft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* mentor = child<SignerPanel>(&dialog, "mentorSignerPanel");
    auto* stored = child<QPushButton>(&dialog, "mentorStoredSignatureButton");
    QVERIFY(mentor && stored);
    QCOMPARE(mentor->title(), QStringLiteral("Mentor: Jonas Brandt"));
    QVERIFY(stored->isHidden()); // no stored signature yet

    // The profile saved elsewhere (the Billing area's dialog, the CLI).
    MentorProfile profile = *f.settings().mentorProfile();
    profile.name = QStringLiteral("Jonas M. Brandt");
    profile.signatureImage = otherSignaturePng();
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    QCOMPARE(mentor->title(), QStringLiteral("Mentor: Jonas M. Brandt"));
    QCOMPARE(child<QLineEdit>(&dialog, "mentorNameLineEdit")->placeholderText(),
             QStringLiteral("Jonas M. Brandt"));
    QVERIFY(!stored->isHidden());
    click(stored);
    QVERIFY(!mentor->pad()->isEmpty());

    // The client renamed elsewhere: the mentee's line follows.
    Client client = *f.workspace().clients().get(f.clientId());
    client.fullName = QStringLiteral("Amara Okonkwo");
    QVERIFY(f.workspace().clients().update(client).ok());
    QCOMPARE(child<SignerPanel>(&dialog, "menteeSignerPanel")->title(),
             QStringLiteral("Mentee: Amara Okonkwo"));

    // Signed on paper elsewhere meanwhile: this dialog cannot sign it again.
    QVERIFY(
        f.service()
            .signOnPaper(draft->id, QStringLiteral("scan.png"), AgreementFixture::signaturePng())
            .ok());
    QVERIFY(!child<QPushButton>(&dialog, "signButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "signingErrorLabel")
                ->text()
                .contains(QStringLiteral("signed elsewhere")));
}

void TestAgreementViews::profilePageFollowsSavesElsewhere() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    MentorProfileDialog dialog(f.workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* name = child<QLineEdit>(&dialog, "mentorNameLineEdit");
    auto* phone = child<QLineEdit>(&dialog, "phoneLineEdit");
    auto* warning = child<QLabel>(&dialog, "changedElsewhereLabel");
    QVERIFY(name && phone && warning);
    QCOMPARE(name->text(), QStringLiteral("Jonas Brandt"));

    // Nothing edited here: the page shows what was saved elsewhere.
    MentorProfile profile = *f.settings().mentorProfile();
    profile.phone = QStringLiteral("+49 30 7654321");
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    QCOMPARE(phone->text(), QStringLiteral("+49 30 7654321"));
    QVERIFY(warning->isHidden());

    // Edited here: the edit stays, the page says what saving will do.
    typeInto(name, QStringLiteral("Jonas Brandt-Weiss"));
    profile.email = QStringLiteral("office@brandt-mentoring.example");
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    QCOMPARE(name->text(), QStringLiteral("Jonas Brandt-Weiss"));
    QVERIFY(!warning->isHidden());
    click(child<QPushButton>(&dialog, "saveButton"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(f.settings().mentorProfile()->name, QStringLiteral("Jonas Brandt-Weiss"));
}

void TestAgreementViews::dialogsOfferTheServicesDefaultEndDate() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    // Far from the wall clock, so a stray QDate::currentDate() would show.
    f.clock().set(QDateTime(QDate(2031, 1, 15), QTime(10, 0), Qt::UTC));
    const QDate expected = f.service().defaultEndDate();
    QCOMPARE(expected, QDate(2031, 7, 15));
    {
        NewAgreementDialog dialog(f.workspace(), f.engagementId());
        QCOMPARE(child<QDateEdit>(&dialog, "endDateEdit")->date(), expected);
        QCOMPARE(child<QComboBox>(&dialog, "engagementComboBox")->currentData().toLongLong(),
                 f.engagementId());
        QCOMPARE(child<QComboBox>(&dialog, "clientComboBox")->currentText(),
                 QString::fromLatin1(AgreementFixture::kClientName));
    }
    const auto openEnded = f.service().createDraft(f.engagementId());
    QVERIFY(openEnded.ok());
    DraftEditorDialog editor(f.workspace(), *openEnded);
    QCOMPARE(child<QDateEdit>(&editor, "endDateEdit")->date(), expected);
    QVERIFY(!child<QCheckBox>(&editor, "endDateCheckBox")->isChecked());

    // Signed elsewhere while it is being edited: nothing can be saved.
    QVERIFY(f.service()
                .signOnPaper(openEnded->id, QStringLiteral("scan.png"),
                             AgreementFixture::signaturePng())
                .ok());
    QVERIFY(!child<QPushButton>(&editor, "saveButton")->isEnabled());
    QVERIFY(!child<QLabel>(&editor, "draftErrorLabel")->text().isEmpty());
}

void TestAgreementViews::lookingWritesNothing() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    const auto before = databaseFiles(f);
    {
        AgreementsArea area;
        EndingAgreementsWidget ending;
        area.attach(&ending);
        area.resize(1200, 700);
        area.show();
        area.setWorkspace(&f.workspace());
        area.select(draft->id);
        TemplateEditorDialog templates(f.service());
        templates.show();
        SigningDialog signing(f.workspace(), *draft);
        signing.show();
        MentorProfileDialog profile(f.workspace());
        profile.show();
        NewAgreementDialog create(f.workspace(), f.engagementId());
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
    }
    QCOMPARE(databaseFiles(f), before);
    // The first signing is what makes the key; looking never did.
    QVERIFY(f.service().publicKey()->isEmpty());
}

// Verifying reads and hashes every signed document, a few milliseconds each:
// reading the list never does it (a practice has a thousand agreements), the
// selected one is verified at once, the rest while the list is on screen.
void TestAgreementViews::theListVerifiesInTheBackgroundOnlyWhileShown() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    for (int i = 0; i < 4; ++i)
        QVERIFY(f.signedOnScreen().ok());

    AgreementListModel model;
    model.setWorkspace(&f.workspace());
    QCOMPARE(model.rowCount(), 4);
    auto badges = [&] {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, AgreementListModel::VerificationColumn).data().toString();
        return texts;
    };
    const QString checking = AgreementListModel::checkingLabel();
    const QString verified = QStringLiteral("Unchanged since signing");
    QCOMPARE(badges(), QStringList(4, checking));
    QVERIFY(!model.index(0, 0).data(AgreementListModel::VerificationRole).isValid());

    // The one the mentor looks at is verified when asked for.
    QCOMPARE(model.verificationAt(2).status, VerificationStatus::Verified);
    QCOMPARE(badges(), (QStringList{checking, checking, verified, checking}));
    QTest::qWait(100);
    QCOMPARE(badges().count(checking), 3); // not in the background while off screen

    model.setVerifyingInBackground(true);
    QTRY_COMPARE(badges(), QStringList(4, verified));
    QVERIFY(model.allVerified());

    // The area turns it on while it is shown, and off when it is hidden.
    AgreementsArea area;
    area.setWorkspace(&f.workspace());
    auto* listModel = area.findChild<AgreementListModel*>();
    QVERIFY(listModel);
    area.show();
    QVERIFY(listModel->isVerifyingInBackground());
    area.hide();
    QVERIFY(!listModel->isVerifyingInBackground());
}

// The list reads no agreement texts (a thousand of them weigh megabytes):
// the details, the draft editor and the signing dialog read the one chosen,
// whole, so none of them ever sees or saves an empty text.
void TestAgreementViews::theListHoldsNoTextsYetEveryActionGetsTheWholeAgreement() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    const QString name = QString::fromLatin1(AgreementFixture::kClientName);
    QVERIFY(draft->bodyHtml.contains(name));

    AgreementsArea area;
    area.resize(1200, 700);
    area.setWorkspace(&f.workspace());
    area.show();
    area.select(draft->id);
    auto* model = area.findChild<AgreementListModel*>();
    QVERIFY(model);
    QVERIFY(model->agreementAt(model->rowOf(draft->id))->bodyHtml.isEmpty());
    QCOMPARE(cell(child<QTableView>(&area, "agreementTableView")->model(), draft->id,
                  AgreementListModel::ClientColumn),
             name);
    QVERIFY(child<QTextBrowser>(&area, "agreementTextBrowser")->toPlainText().contains(name));

    QString edited;
    test::ModalScript script({[&edited](QWidget* modal) {
        auto* editor = qobject_cast<DraftEditorDialog*>(modal);
        QVERIFY2(editor, modal->metaObject()->className());
        edited = child<RichTextEditor>(editor, "draftRichTextEditor")->html();
        editor->reject();
    }});
    script.run([&] { area.editDraft(); });
    QCOMPARE(script.answered(), 1);
    QVERIFY2(edited.contains(name), qPrintable(edited));
    QCOMPARE(f.service().get(draft->id)->bodyHtml, draft->bodyHtml); // nothing saved over it
}

QTEST_MAIN(TestAgreementViews)
#include "tst_agreementviews.moc"
