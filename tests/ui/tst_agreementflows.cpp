// The agreement flows as a mentor walks them, on the real widgets: signing
// with a typed name that differs from the client's, signing on paper with a
// preview and a date, a draft with details still missing, a new agreement
// for a client without an engagement, and the area's buttons at 1024 px.

#include "../core/tst_agreementfixture.h"
#include "MainWindow.h"
#include "ModalScript.h"
#include "StartFolder.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementsArea.h"
#include "agreements/MentorProfileDialog.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/PaperSigningDialog.h"
#include "agreements/SignaturePad.h"
#include "agreements/SigningDialog.h"
#include "agreements/TemplateRenderer.h"
#include "agreements/VerificationBadge.h"
#include "common/AtomicFile.h"
#include "pipeline/EngagementService.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace md;
using md::test::AgreementFixture;
using md::test::child;
using md::test::click;
using md::test::typeInto;

namespace {

void drawOn(SignaturePad* pad, int variant) {
    const int y = pad->height() / 2;
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, y));
    for (int x = 20; x < pad->width() - 20; x += 8)
        QTest::mouseMove(pad, QPoint(x, y + ((x / 8 + variant) % 2 ? 18 : -18)));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(pad->width() - 20, y));
}

// With MD_SCREENSHOT_DIR set, keeps a picture of `widget` there, to look at.
void keepPicture(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("MD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layouts settle first, as on screen
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QString cell(const QAbstractItemModel* model, qint64 id, int column) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AgreementListModel::IdRole).toLongLong() == id)
            return model->index(row, column).data().toString();
    }
    return QStringLiteral("(no row)");
}

} // namespace

class TestAgreementFlows final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void aDifferentTypedNameIsConfirmedAndShown();
    void paperSigningShowsTheScanAndAsksTheDay();
    void aDraftWithBlanksSaysWhatIsMissing();
    void aClientWithoutEngagementStartsOneInPlace();
    void areaButtonsFitAt1024();
};

void TestAgreementFlows::aDifferentTypedNameIsConfirmedAndShown() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Client client = *f.workspace().clients().get(f.clientId());
    client.fullName = QStringLiteral("Ana Mueller");
    QVERIFY(f.workspace().clients().update(client).ok());
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());

    SigningDialog dialog(f.workspace(), *draft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* sign = child<QPushButton>(&dialog, "signButton");
    auto* confirmName = child<QCheckBox>(&dialog, "menteeNameDiffersCheckBox");
    QVERIFY(sign && confirmName);
    drawOn(child<SignaturePad>(&dialog, "menteeSignaturePad"), 0);
    drawOn(child<SignaturePad>(&dialog, "mentorSignaturePad"), 1);
    typeInto(child<QLineEdit>(&dialog, "menteeNameLineEdit"), QStringLiteral("Anna Miller"));
    typeInto(child<QLineEdit>(&dialog, "mentorNameLineEdit"), QStringLiteral("Jonas Brandt"));
    click(child<QCheckBox>(&dialog, "menteeConsentCheckBox"));
    click(child<QCheckBox>(&dialog, "mentorConsentCheckBox"));

    // Everything given, but the name is not the client's: asked, not taken.
    QVERIFY(confirmName->isVisible());
    const QString differs = child<QLabel>(&dialog, "menteeNameDiffersLabel")->text();
    QVERIFY2(differs.contains(QStringLiteral("“Anna Miller”")), qPrintable(differs));
    QVERIFY(differs.contains(QStringLiteral("“Ana Mueller”")));
    QVERIFY(!child<QCheckBox>(&dialog, "mentorNameDiffersCheckBox")->isVisible());
    QVERIFY(!sign->isEnabled());
    keepPicture(&dialog, QStringLiteral("signing-name-differs"));
    click(confirmName);
    QVERIFY(sign->isEnabled());

    // Before the seal: said once that the document can no longer change.
    // Cancelled first, then accepted.
    QString said;
    test::ModalScript cancel({[&said](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY2(box, modal->metaObject()->className());
        said = box->text();
        box->button(QMessageBox::Cancel)->click();
    }});
    cancel.run([&] { click(sign); });
    QCOMPARE(cancel.answered(), 1);
    QVERIFY2(said.contains(QStringLiteral("can no longer be changed")), qPrintable(said));
    QCOMPARE(f.service().get(draft->id)->state, AgreementState::Draft);
    QVERIFY(dialog.isVisible());

    test::ModalScript confirm({[](QWidget* modal) {
        auto* freeze = child<QPushButton>(modal, "confirmFreezeButton");
        QVERIFY(freeze);
        freeze->click();
    }});
    confirm.run([&] { click(sign); });
    QCOMPARE(confirm.answered(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto signatures = f.service().signatures(draft->id);
    QCOMPARE(signatures->at(0).fullName, QStringLiteral("Anna Miller"));
    QVERIFY(signatures->at(0).nameDifferenceConfirmed);

    // The details say what was confirmed.
    AgreementsArea area;
    area.resize(1200, 700);
    area.show();
    area.setWorkspace(&f.workspace());
    area.select(draft->id);
    const QString facts = child<QLabel>(&area, "agreementFactsLabel")->text();
    QVERIFY2(facts.contains(QStringLiteral("Signed as “Anna Miller”; the mentor confirmed this "
                                           "differs from the client's name “Ana Mueller”")
                                .toHtmlEscaped()),
             qPrintable(facts));
    auto* badge = child<VerificationBadge>(&area, "verificationBadge");
    QCOMPARE(badge->text(), QStringLiteral("✔ Unchanged since signing"));
}

void TestAgreementFlows::paperSigningShowsTheScanAndAsksTheDay() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    f.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());
    f.clock().set(QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    QTemporaryDir files;
    const QString scanPath = files.filePath(QStringLiteral("signed-scan.png"));
    QVERIFY(QImage::fromData(AgreementFixture::signaturePng(5)).save(scanPath));

    AgreementsArea area;
    area.resize(1200, 700);
    area.show();
    area.setWorkspace(&f.workspace());
    area.select(draft->id);
    QString folder = QStringLiteral("(not asked)");
    QString prefilled = QStringLiteral("(not asked)");
    bool previewShown = false;
    test::ModalScript script({
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<PaperSigningDialog*>(modal);
            QVERIFY2(dialog, modal->metaObject()->className());
            auto* record = child<QPushButton>(dialog, "recordPaperSigningButton");
            auto* day = child<QDateEdit>(dialog, "signedOnDateEdit");
            QVERIFY(record && day);
            QVERIFY(!record->isEnabled()); // no scan yet
            QCOMPARE(day->minimumDate(), QDate(2026, 3, 2));
            QCOMPARE(day->maximumDate(), QDate(2026, 3, 9));
            QCOMPARE(day->date(), QDate(2026, 3, 9));
            QVERIFY(child<QLabel>(dialog, "freezeNoteLabel")
                        ->text()
                        .contains(QStringLiteral("can no longer be changed")));
            click(child<QPushButton>(dialog, "chooseScanButton")); // answered below
            previewShown = !child<QLabel>(dialog, "scanPreviewLabel")->pixmap().isNull();
            keepPicture(dialog, QStringLiteral("paper-signing"));
            day->setDate(QDate(2026, 3, 4));
            QVERIFY(record->isEnabled());
            click(record);
        },
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            QVERIFY2(dialog, modal->metaObject()->className());
            folder = dialog->directory().absolutePath();
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            prefilled = name ? name->text() : QString();
            test::choosePath(dialog, scanPath);
        },
    });
    script.run([&] { child<QAction>(&area, "signOnPaperAction")->trigger(); });
    QCOMPARE(script.answered(), 2);
    // The file dialog opened in the start folder, with no name filled in.
    QCOMPARE(folder, QDir(ui::startFolder()).absolutePath());
    QCOMPARE(prefilled, QString());
    QVERIFY(previewShown);

    const auto stored = f.service().get(draft->id);
    QCOMPARE(stored->method, SigningMethod::OnPaper);
    QCOMPARE((*f.service().scan(draft->id))->signedOn, QDate(2026, 3, 4));
    const QString label = QStringLiteral("Paper signature attached, unchanged since %1")
                              .arg(QLocale().toString(QDate(2026, 3, 9), QLocale::ShortFormat));
    auto* badge = child<VerificationBadge>(&area, "verificationBadge");
    QCOMPARE(badge->text(), QStringLiteral("✔ ") + label);
    QVERIFY(badge->toolTip().contains(QStringLiteral("did not check")));
    const auto* model = child<QTableView>(&area, "agreementTableView")->model();
    QCOMPARE(cell(model, draft->id, AgreementListModel::VerificationColumn), label);
    QVERIFY(child<QLabel>(&area, "agreementFactsLabel")
                ->text()
                .contains(QStringLiteral("Paper signature attached, not checked")));
    QVERIFY(!badge->text().contains(QStringLiteral("Verified")));

    // A PDF scan shows its first page.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm is not installed");
    const auto second = f.service().createDraft(f.engagementId());
    QVERIFY(second.ok());
    const QString pdfPath = files.filePath(QStringLiteral("signed-scan.pdf"));
    QVERIFY(writeFileAtomically(pdfPath, *f.service().pdf(second->id)).ok());
    PaperSigningDialog dialog(f.workspace(), *second);
    dialog.show();
    test::ModalScript pdf({[&](QWidget* modal) {
        test::choosePath(qobject_cast<QFileDialog*>(modal), pdfPath);
    }});
    pdf.run([&] { click(child<QPushButton>(&dialog, "chooseScanButton")); });
    QCOMPARE(pdf.answered(), 1);
    QVERIFY(!child<QLabel>(&dialog, "scanPreviewLabel")->pixmap().isNull());
}

void TestAgreementFlows::aDraftWithBlanksSaysWhatIsMissing() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    MentorProfile profile = *f.settings().mentorProfile();
    profile.address.clear();
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    Client client = *f.workspace().clients().get(f.clientId());
    client.email.clear();
    QVERIFY(f.workspace().clients().update(client).ok());

    NewAgreementDialog dialog(f.workspace(), f.engagementId());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* missing = child<QLabel>(&dialog, "missingDetailsLabel");
    QVERIFY(missing);
    QVERIFY2(missing->text().contains(
                 QStringLiteral("your business address (set it in the mentor profile)")),
             qPrintable(missing->text()));
    QVERIFY(missing->text().contains(QStringLiteral("the client's email address (set it on the "
                                                    "client)")));
    QVERIFY(!missing->text().contains(QStringLiteral("{{")));
    QVERIFY(child<QPushButton>(&dialog, "openMentorProfileButton")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "openClientButton")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "openEngagementButton")->isVisible());
    auto* generate = child<QPushButton>(&dialog, "generateButton");
    QVERIFY(generate->isEnabled()); // blanks do not stop a draft
    keepPicture(&dialog, QStringLiteral("new-agreement-blanks"));

    // The mentor profile opens on top; the address saved there is no longer
    // missing.
    test::ModalScript script({[](QWidget* modal) {
        auto* profileDialog = qobject_cast<MentorProfileDialog*>(modal);
        QVERIFY2(profileDialog, modal->metaObject()->className());
        auto* address = child<QPlainTextEdit>(profileDialog, "addressPlainTextEdit");
        address->setFocus();
        QTest::keyClicks(address, QStringLiteral("Lindenstraße 12, Berlin"));
        click(child<QPushButton>(profileDialog, "saveButton"));
    }});
    script.run([&] { click(child<QPushButton>(&dialog, "openMentorProfileButton")); });
    QCOMPARE(script.answered(), 1);
    QVERIFY2(!missing->text().contains(QStringLiteral("business address")),
             qPrintable(missing->text()));
    QVERIFY(!child<QPushButton>(&dialog, "openMentorProfileButton")->isVisible());

    click(generate);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.created().bodyHtml.contains(TemplateRenderer::blankLine()));
    QVERIFY(!dialog.created().bodyHtml.contains(QStringLiteral("{{")));

    // "Go to the client" leaves the dialog for the client's page.
    AgreementsArea area;
    area.setWorkspace(&f.workspace());
    area.show();
    QSignalSpy wanted(&area, &AgreementsArea::clientRequested);
    test::ModalScript goTo({[](QWidget* modal) {
        click(child<QPushButton>(modal, "openClientButton"));
    }});
    goTo.run([&] { area.newAgreement(f.engagementId()); });
    QCOMPARE(goTo.answered(), 1);
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.at(0).at(0).toLongLong(), f.clientId());

    // Without the mentor's name nothing can be generated, and it says why.
    profile = *f.settings().mentorProfile();
    profile.name.clear();
    QVERIFY(f.settings().saveMentorProfile(profile).ok());
    NewAgreementDialog nameless(f.workspace(), f.engagementId());
    QVERIFY(!child<QPushButton>(&nameless, "generateButton")->isEnabled());
    QVERIFY(child<QLabel>(&nameless, "missingDetailsLabel")
                ->text()
                .contains(QStringLiteral("your name (set it in the mentor profile)")));
}

void TestAgreementFlows::aClientWithoutEngagementStartsOneInPlace() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    Client newcomer;
    newcomer.fullName = QStringLiteral("Priya Raman");
    const auto added = f.workspace().clients().add(newcomer);
    QVERIFY(added.ok());

    NewAgreementDialog dialog(f.workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* clients = child<QComboBox>(&dialog, "clientComboBox");
    auto* form = child<QGroupBox>(&dialog, "newEngagementGroupBox");
    auto* generate = child<QPushButton>(&dialog, "generateButton");
    QVERIFY(clients && form && generate);
    QVERIFY(!form->isVisible()); // the first client has an engagement
    clients->setCurrentIndex(clients->findData(added->id));
    QVERIFY(form->isVisible());
    QVERIFY(!generate->isEnabled());
    keepPicture(&dialog, QStringLiteral("new-agreement-no-engagement"));
    auto* start = child<QPushButton>(&dialog, "createEngagementButton");
    QVERIFY(!start->isEnabled());
    typeInto(child<QLineEdit>(&dialog, "newEngagementTitleLineEdit"),
             QStringLiteral("Returning to work after parental leave"));
    child<QDateEdit>(&dialog, "newEngagementStartDateEdit")->setDate(QDate(2026, 4, 1));
    click(start);

    const auto engagements = f.workspace().engagements().engagements();
    QVERIFY(engagements.ok());
    const auto made = std::find_if(engagements->cbegin(), engagements->cend(),
                                   [&](const Engagement& e) { return e.clientId == added->id; });
    QVERIFY(made != engagements->cend());
    QCOMPARE(made->title, QStringLiteral("Returning to work after parental leave"));
    QCOMPARE(made->startDate, QDate(2026, 4, 1));
    QVERIFY(!form->isVisible());
    QCOMPARE(child<QComboBox>(&dialog, "engagementComboBox")->currentData().toLongLong(), made->id);
    QVERIFY(generate->isEnabled());
    click(generate);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.created().engagementId, made->id);
    QCOMPARE(dialog.created().clientId, added->id);
}

void TestAgreementFlows::areaButtonsFitAt1024() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showWorkspace(&f.workspace());
    auto* area = window.findChild<AgreementsArea*>();
    QVERIFY(area);
    window.setCurrentArea(area);
    QCOMPARE(window.width(), 1024);
    keepPicture(&window, QStringLiteral("agreements-1024"));
    for (const char* name : {"templatesToolButton", "mentorProfileToolButton"}) {
        auto* button = child<QToolButton>(area, name);
        QVERIFY2(button, name);
        QVERIFY2(button->isVisible(), name);
        // Whole, inside the window, and not in a toolbar's overflow menu.
        const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
        QVERIFY2(window.rect().contains(inWindow), name);
        QVERIFY(!qobject_cast<QToolBar*>(button->parentWidget()));
    }
    // The area's toolbar shows every action it holds, with no overflow.
    auto* toolBar = child<QToolBar>(area, "agreementsToolBar");
    for (QAction* action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget* widget = toolBar->widgetForAction(action);
        QVERIFY2(widget && widget->isVisible(), qPrintable(action->objectName()));
    }
}

QTEST_MAIN(TestAgreementFlows)
#include "tst_agreementflows.moc"
