// Signing on screen with the real widgets: a signature drawn with QTest mouse
// events on the SignaturePad (undo, redo, clear), then a complete signing in
// the SigningDialog, and the Verified/Modified badge of the Agreements area.

#include "../core/tst_agreementfixture.h"
#include "ModalScript.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementDetailsPanel.h"
#include "agreements/AgreementListModel.h"
#include "agreements/AgreementsArea.h"
#include "agreements/AuditChainCheck.h"
#include "agreements/SignaturePad.h"
#include "agreements/SigningDialog.h"
#include "agreements/VerificationBadge.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;
using md::test::child;
using md::test::click;
using md::test::typeInto;

namespace {

// A signature-like zigzag drawn as a user would: press, several moves, release.
void drawSignature(QWidget* pad, int seed = 0) {
    const int w = pad->width();
    const int h = pad->height();
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(w / 10, h / 2));
    for (int i = 1; i <= 24; ++i) {
        const int x = w / 10 + i * (w * 8 / 10) / 24;
        const int y = h / 2 + ((i + seed) % 2 ? -h / 5 : h / 6);
        QTest::mouseMove(pad, QPoint(x, y));
    }
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(w * 9 / 10, h / 2));
    // A second stroke, as in a crossed "t".
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(w / 3, h / 3));
    QTest::mouseMove(pad, QPoint(w / 2, h / 3 + 2));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(w * 2 / 3, h / 3));
}

} // namespace

class TestSignaturePad final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }
    void drawUndoRedoClear();
    void signingDialogCompletesSigning();
    void areaShowsVerifiedAndModified();
    void areaWarnsOfBrokenAuditChain();
};

void TestSignaturePad::drawUndoRedoClear() {
    SignaturePad pad;
    pad.resize(460, 160);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QVERIFY(pad.isEmpty());
    QVERIFY(pad.toPng().isEmpty());

    drawSignature(&pad);
    QVERIFY(!pad.isEmpty());
    const QImage image = QImage::fromData(pad.toPng(), "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.hasAlphaChannel());
    QVERIFY(image.width() > 300); // cropped to the ink, at twice the scale

    pad.undo(); // the second stroke
    QVERIFY(!pad.isEmpty());
    pad.undo(); // the first
    QVERIFY(pad.isEmpty());
    QVERIFY(pad.canRedo());
    pad.redo();
    pad.redo();
    QVERIFY(!pad.canRedo());
    QCOMPARE(QImage::fromData(pad.toPng()).size(), image.size());
    pad.clear();
    QVERIFY(pad.isEmpty());
    pad.undo(); // clearing is undoable
    QVERIFY(!pad.isEmpty());
}

void TestSignaturePad::signingDialogCompletesSigning() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));

    SigningDialog dialog(f.workspace(), *draft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* sign = child<QPushButton>(&dialog, "signButton");
    QVERIFY(sign);
    QVERIFY(!sign->isEnabled());

    for (const char* role : {"mentee", "mentor"}) {
        const QByteArray prefix(role);
        auto named = [&](const char* suffix) {
            return QByteArray(prefix + suffix);
        };
        auto* pad = child<SignaturePad>(&dialog, named("SignaturePad").constData());
        auto* name = child<QLineEdit>(&dialog, named("NameLineEdit").constData());
        auto* consent = child<QCheckBox>(&dialog, named("ConsentCheckBox").constData());
        QVERIFY(pad && name && consent);
        drawSignature(pad, prefix == "mentee" ? 0 : 1);
        // Clear and draw again: the stored image is the second drawing.
        click(child<QPushButton>(&dialog, named("ClearButton").constData()));
        QVERIFY(pad->isEmpty());
        drawSignature(pad, 2);
        typeInto(name, prefix == "mentee" ? QString::fromLatin1(AgreementFixture::kClientName)
                                          : QStringLiteral("Jonas Brandt"));
        QVERIFY(!sign->isEnabled() || prefix == "mentor");
        click(consent);
        QVERIFY(consent->isChecked());
    }
    QVERIFY(sign->isEnabled());
    const QByteArray menteePng = child<SignaturePad>(&dialog, "menteeSignaturePad")->toPng();
    // The seal is made only once the mentor accepts that it is final.
    md::test::ModalScript confirm({[](QWidget* modal) {
        auto* freeze = child<QPushButton>(modal, "confirmFreezeButton");
        QVERIFY2(freeze, modal->metaObject()->className());
        freeze->click();
    }});
    confirm.run([&] { click(sign); });
    QCOMPARE(confirm.answered(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto stored = f.service().get(draft->id);
    QCOMPARE(stored->state, AgreementState::Signed);
    QCOMPARE(stored->method, SigningMethod::OnScreen);
    const auto signatures = f.service().signatures(draft->id);
    QCOMPARE(signatures->size(), 2);
    QCOMPARE(signatures->at(0).imagePng, menteePng);
    QCOMPARE(signatures->at(0).fullName, QString::fromLatin1(AgreementFixture::kClientName));
    QCOMPARE(f.service().verify(draft->id)->status, VerificationStatus::Verified);
}

void TestSignaturePad::areaShowsVerifiedAndModified() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY(signedAgreement.ok());
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY(draft.ok());

    AgreementsArea area;
    area.resize(1200, 700);
    area.show();
    area.setWorkspace(&f.workspace());
    auto* view = child<QTableView>(&area, "agreementTableView");
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 2);

    area.select(signedAgreement->id);
    QCOMPARE(area.currentId(), signedAgreement->id);
    auto* badge = child<VerificationBadge>(&area, "verificationBadge");
    QVERIFY(badge);
    QCOMPARE(badge->status(), VerificationStatus::Verified);
    QVERIFY(!child<QAction>(&area, "editDraftAction")->isEnabled());
    QVERIFY(child<QAction>(&area, "exportForClientAction")->isEnabled());
    area.select(draft->id);
    QCOMPARE(badge->status(), VerificationStatus::NotSigned);
    QVERIFY(child<QAction>(&area, "signOnScreenAction")->isEnabled());

    // A new draft made through the workspace's service appears at once.
    const auto another = f.workspace().agreements().createDraft(f.engagementId());
    QVERIFY(another.ok());
    QCOMPARE(view->model()->rowCount(), 3);

    // One byte changed behind the app's back: Modified after a reload.
    QVERIFY(f.exec(QStringLiteral("DROP TRIGGER agreement_seals_no_update")));
    QVERIFY(f.exec(QStringLiteral("UPDATE agreement_seals SET pdf = substr(pdf, 1, 100) || "
                                  "X'00' || substr(pdf, 102) WHERE agreement_id = ?"),
                   {signedAgreement->id}));
    area.setWorkspace(nullptr);
    QCOMPARE(view->model()->rowCount(), 0);
    area.setWorkspace(&f.workspace());
    area.select(signedAgreement->id);
    QCOMPARE(badge->status(), VerificationStatus::Modified);
    QVERIFY(badge->toolTip().contains(QStringLiteral("PDF")));
}

void TestSignaturePad::areaWarnsOfBrokenAuditChain() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QVERIFY(f.signedOnScreen().ok());
    QVERIFY(f.signedOnScreen(AgreementKind::Confidentiality).ok());

    AgreementsArea area;
    area.resize(1200, 700);
    area.show();
    QString summary;
    connect(&area, &AreaPage::summaryChanged, this, [&summary](const QString& s) { summary = s; });
    area.setWorkspace(&f.workspace());
    auto* warning = child<QLabel>(&area, "auditChainWarningLabel");
    QVERIFY(warning);
    auto* check = area.findChild<AuditChainCheck*>();
    QVERIFY(check);
    QTRY_VERIFY(!check->isRunning());
    QVERIFY(warning->isHidden()); // an intact chain: no warning
    QVERIFY(!summary.contains(QStringLiteral("AUDIT")));

    // The second entry no longer links to the first.
    QVERIFY(f.exec(QStringLiteral("DROP TRIGGER agreement_audit_log_no_update")));
    QVERIFY(f.exec(QStringLiteral("UPDATE agreement_audit_log SET prev_hash = ? WHERE seq = 2"),
                   {QString(64, QLatin1Char('a'))}));
    area.setWorkspace(nullptr);
    QVERIFY(warning->isHidden());
    area.setWorkspace(&f.workspace());
    // Checked on a worker thread: the warning follows.
    QTRY_VERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("audit log")) &&
                 warning->text().contains(QStringLiteral("Audit log entry 2")),
             qPrintable(warning->text()));
    QTRY_VERIFY2(summary.contains(QStringLiteral("AUDIT LOG BROKEN")), qPrintable(summary));
}

QTEST_MAIN(TestSignaturePad)
#include "tst_signaturepad.moc"
