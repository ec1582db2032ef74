// The printed agreement: rendered in memory, readable by pdftotext, with the
// client's name, the confidentiality clause, the signature blocks and a footer
// with number and fingerprint on every page; drawn signatures kept lossless.
#include "tst_agreementfixture.h"

#include "agreements/AgreementPdfRenderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace md;
using md::test::AgreementFixture;

namespace {

// Set MENTORDESK_DUMP_PDF=<folder> to keep the rendered PDFs for a look
// (pdftoppm -png -r 70 …); nothing is written otherwise.
void dump(const QString& name, const QByteArray& pdf) {
    const QString dir = qEnvironmentVariable("MENTORDESK_DUMP_PDF");
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

} // namespace

class TestAgreementPdf final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void draftPdfText();
    void confidentialityAgreementText();
    void signedPdfShowsSignatures();
    void endDateIsPrinted();
    void writesNothingToDisk();

private:
    bool m_havePdfToText = false;
};

void TestAgreementPdf::initTestCase() {
    m_havePdfToText = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

void TestAgreementPdf::draftPdfText() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto draft = f.service().createDraft(f.engagementId());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    const auto pdf = f.service().pdf(draft->id);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    QVERIFY(pdf->startsWith("%PDF-"));
    dump(QStringLiteral("draft-mentoring.pdf"), *pdf);
    if (!m_havePdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = AgreementFixture::pdfText(*pdf);
    QVERIFY(text.contains(QString::fromLatin1(AgreementFixture::kClientName)));
    QVERIFY(text.contains(QStringLiteral("Mentoring Agreement")));
    QVERIFY(text.contains(QStringLiteral("Brandt Career Mentoring")));
    QVERIFY(text.contains(QStringLiteral("7. Confidentiality")));
    QVERIFY(text.contains(QStringLiteral("What is confidential.")));
    QVERIFY(text.contains(QStringLiteral("Exceptions required by law.")));
    QVERIFY(text.contains(QStringLiteral("Signatures")));
    QVERIFY(text.contains(QStringLiteral("Date: ____")));

    // A footer with number, fingerprint and page on every page.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    for (int i = 0; i < pages.size(); ++i) {
        const QString& page = pages.at(i);
        QVERIFY2(page.contains(QStringLiteral("Agreement %1").arg(draft->number())),
                 qPrintable(page.right(300)));
        QVERIFY(page.contains(QStringLiteral("Fingerprint %1").arg(draft->fingerprint())));
        QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
}

void TestAgreementPdf::confidentialityAgreementText() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    AgreementService::CreateOptions options;
    options.kind = AgreementKind::Confidentiality;
    const auto draft = f.service().createDraft(f.engagementId(), options);
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    if (!m_havePdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QByteArray pdf = *f.service().pdf(draft->id);
    dump(QStringLiteral("draft-confidentiality.pdf"), pdf);
    const QString text = AgreementFixture::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Mutual Confidentiality Agreement")));
    QVERIFY(text.contains(QString::fromLatin1(AgreementFixture::kClientName)));
    QVERIFY(text.contains(QStringLiteral("Disclosures required by law")));
    QVERIFY(text.contains(QStringLiteral("3 years after the mentoring relationship ends")));
}

void TestAgreementPdf::signedPdfShowsSignatures() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const auto signedAgreement = f.signedOnScreen();
    QVERIFY2(signedAgreement.ok(), qPrintable(signedAgreement.message()));
    const QByteArray pdf = *f.service().pdf(signedAgreement->id);
    dump(QStringLiteral("signed-mentoring.pdf"), pdf);
    // Signature images go in losslessly (Flate), never as JPEG (DCT).
    QVERIFY(!pdf.contains("/DCTDecode"));
    QVERIFY(pdf.contains("/Subtype /Image") || pdf.contains("/Subtype/Image"));
    if (!m_havePdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = AgreementFixture::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Signed on screen on 2 March 2026, 09:00 UTC")));
    QVERIFY(text.contains(QStringLiteral("Jonas Brandt")));
    QVERIFY(!text.contains(QStringLiteral("Date: ____")));
}

void TestAgreementPdf::endDateIsPrinted() {
    AgreementFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    AgreementService::CreateOptions options;
    options.endDate = QDate(2027, 3, 31);
    const auto ending = f.service().createDraft(f.engagementId(), options);
    QVERIFY2(ending.ok(), qPrintable(ending.message()));
    const auto openEnded = f.service().createDraft(f.engagementId());
    QVERIFY2(openEnded.ok(), qPrintable(openEnded.message()));
    if (!m_havePdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QByteArray pdf = *f.service().pdf(ending->id);
    dump(QStringLiteral("draft-ending.pdf"), pdf);
    // pdftotext breaks lines where the page does; compare the words only.
    const QString text = AgreementFixture::pdfText(pdf).simplified();
    const qsizetype endNote = text.indexOf(QStringLiteral("This agreement ends on 31 March 2027."));
    QVERIFY2(endNote >= 0, qPrintable(text.right(1500)));
    // Stated with the terms, before the parties sign.
    QVERIFY(endNote < text.lastIndexOf(QStringLiteral("Signatures")));
    const QString open = AgreementFixture::pdfText(*f.service().pdf(openEnded->id));
    QVERIFY(!open.contains(QStringLiteral("This agreement ends on")));
}

void TestAgreementPdf::writesNothingToDisk() {
    // Rendering happens in memory: the working and temporary folders stay as
    // they were (nothing unencrypted lands on disk unless exported).
    QTemporaryDir cwd;
    QVERIFY(cwd.isValid());
    const QString previous = QDir::currentPath();
    QDir::setCurrent(cwd.path());
    AgreementLayout layout;
    layout.title = QStringLiteral("Test");
    layout.bodyHtml = QStringLiteral("<h1>Test</h1><p>Confidential words.</p>");
    layout.number = QStringLiteral("AGR-00001");
    layout.signatures = {SignatureSlot{SignerRole::Mentee, QStringLiteral("A"), {}, {}, {}},
                         SignatureSlot{SignerRole::Mentor, QStringLiteral("B"), {}, {}, {}}};
    const auto pdf = AgreementPdfRenderer::renderPdf(layout);
    QDir::setCurrent(previous);
    QVERIFY(pdf.ok());
    QVERIFY(QDir(cwd.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

QTEST_MAIN(TestAgreementPdf)
#include "tst_agreementpdf.moc"
