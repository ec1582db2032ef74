#include "tst_billing_fixture.h"

#include "export/InvoicePdfRenderer.h"
#include "storage/MentorProfileRepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace md;
using md::test::BillingFixture;

// Renders real invoices and reads them back with poppler's pdftotext. Set
// MENTORDESK_KEEP_INVOICE_PDF=<dir> to keep the PDFs for looking at them.
class TestInvoicePdf final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void invoiceHoldsNumberLinesAndTotal();
    void creditNoteAndExemption();
    void manyLinesMakeSeveralPages();
    void draftIsMarked();
    void cancelledInvoiceAsksForNothing();
    void creditNoteRefundsOnlyWhatWasPaid();
    void cancellationPolicyIsPrintedWhenSet();

private:
    QString pdfText(const QByteArray& pdf, const QString& name);
    void setUpBusiness();
    std::unique_ptr<BillingFixture> m_f;
    qint64 m_client = 0;
    QTemporaryDir m_dir;
};

void TestInvoicePdf::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestInvoicePdf::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    setUpBusiness();
}

void TestInvoicePdf::cleanup() {
    m_f.reset();
}

void TestInvoicePdf::setUpBusiness() {
    QImage logo(240, 240, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x23, 0x41, 0x5f));
        p.setPen(Qt::NoPen);
        p.drawEllipse(10, 10, 220, 220);
        p.setBrush(QColor(0xf0, 0xb4, 0x29));
        p.drawRect(70, 70, 100, 100);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");

    MentorProfile profile;
    profile.name = QStringLiteral("Jane Doe");
    profile.businessName = QStringLiteral("Doe Career Mentoring");
    profile.address = QStringLiteral("Friedrichstraße 1\n10117 Berlin\nGermany");
    profile.taxId = QStringLiteral("DE123456789");
    profile.email = QStringLiteral("jane@doe-mentoring.example");
    profile.phone = QStringLiteral("+49 30 1234567");
    profile.logoImage = png;
    QVERIFY(m_f->settings().saveMentorProfile(profile).ok());
    for (const auto& [key, value] : QList<QPair<QString, QString>>{
             {QStringLiteral("billing.tax.standard_rate"), QStringLiteral("19")},
             {QStringLiteral("billing.bank.account_holder"), QStringLiteral("Jane Doe")},
             {QStringLiteral("billing.bank.name"), QStringLiteral("Example Bank Berlin")},
             {QStringLiteral("billing.bank.iban"), QStringLiteral("DE89370400440532013000")},
             {QStringLiteral("billing.bank.bic"), QStringLiteral("COBADEFFXXX")},
             {QStringLiteral("billing.invoice.late_payment_note"),
              QStringLiteral("Late payments incur statutory default interest.")},
             {QStringLiteral("billing.session.price"), QStringLiteral("120")}})
        QVERIFY(m_f->set(key, value));
    InvoiceRecipient recipient;
    recipient.clientId = m_client;
    recipient.billingName = QStringLiteral("Analytical Engines Ltd");
    recipient.address = QStringLiteral("12 St James's Square\nLondon SW1Y 4JH\nUnited Kingdom");
    recipient.taxId = QStringLiteral("GB999999973");
    QVERIFY(m_f->billing().saveRecipient(recipient).ok());
}

QString TestInvoicePdf::pdfText(const QByteArray& pdf, const QString& name) {
    const QString keep = qEnvironmentVariable("MENTORDESK_KEEP_INVOICE_PDF");
    const QString path = (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name + ".pdf";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestInvoicePdf::invoiceHoldsNumberLinesAndTotal() {
    const qint64 engagement = m_f->addEngagement(m_client, QStringLiteral("Move into leadership"));
    m_f->addSession(engagement, QDate(2026, 2, 3));
    m_f->addSession(engagement, QDate(2026, 2, 17), SessionStatus::Held, 90);
    auto draft = m_f->billing().createFromSessions(
        m_client,
        {BillingFixture::line(QStringLiteral("Leadership workbook (print)"), 2000, 2450, 700),
         BillingFixture::line(QStringLiteral("CV review, \"senior\" track"), 1500, 8000, 1900)});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    auto doc = m_f->billing().document(issued->id);
    QVERIFY(doc.ok());
    auto pdf = InvoicePdfRenderer::render(*doc);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString text = pdfText(*pdf, QStringLiteral("invoice"));
    QVERIFY(!text.isEmpty());

    const InvoiceTotals totals = issued->totals();
    for (const QString& expected :
         {QStringLiteral("2026-0001"), QStringLiteral("Invoice"),
          QStringLiteral("Doe Career Mentoring"), QStringLiteral("Analytical Engines Ltd"),
          QStringLiteral("London SW1Y 4JH"), QStringLiteral("Leadership workbook (print)"),
          QStringLiteral("CV review, \"senior\" track"), QStringLiteral("Mentoring session on"),
          QStringLiteral("Move into leadership"), QStringLiteral("DE89 3704 0044 0532 0130 00"),
          QStringLiteral("COBADEFFXXX"), QStringLiteral("DE123456789"),
          QStringLiteral("Late payments incur"), totals.total.format(), totals.net.format(),
          totals.tax.format(), QStringLiteral("Page 1 of 1")}) {
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
    }
    // No policy set: no heading for it.
    QVERIFY(!text.contains(QStringLiteral("CANCELLATION POLICY")));
    // 2 × 120.00 + 2 × 24.50 + 1.5 × 80.00 = 409.00 net
    QCOMPARE(totals.net.minorUnits(), qint64(40900));
    QVERIFY(text.contains(QStringLiteral("€409.00")));
    // The per-rate breakdown is printed.
    QVERIFY(text.contains(QStringLiteral("Tax 7 % on €49.00")));
    QVERIFY(text.contains(QStringLiteral("Tax 19 % on €360.00")));
}

void TestInvoicePdf::creditNoteAndExemption() {
    QVERIFY(m_f->set(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")));
    QVERIFY(m_f->set(QStringLiteral("billing.tax.exemption_text"),
                     QStringLiteral("No VAT is charged under the small business scheme.")));
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Mentoring package"), 1000, 60000, 0)});
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    const QString invoiceText =
        pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(issued->id)),
                QStringLiteral("exempt-invoice"));
    QVERIFY(invoiceText.contains(QStringLiteral("No VAT is charged under the small business")));
    QVERIFY(!invoiceText.contains(QStringLiteral("Tax 0 %")));

    auto credit = m_f->billing().creditInvoice(issued->id);
    QVERIFY(credit.ok());
    const QString text = pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(credit->id)),
                                 QStringLiteral("credit-note"));
    QVERIFY2(text.contains(QStringLiteral("Credit note")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2026-0002")));
    QVERIFY(text.contains(QStringLiteral("2026-0001")));
    // Negative as the locale writes it: "-€600.00" or, in en_GB, "(€600.00)".
    QVERIFY(text.contains(Money(-60000, QStringLiteral("EUR")).format()));
    QVERIFY(!text.contains(QStringLiteral("Please transfer")));
}

void TestInvoicePdf::manyLinesMakeSeveralPages() {
    QList<InvoiceLine> lines;
    for (int i = 1; i <= 70; ++i)
        lines << BillingFixture::line(QStringLiteral("Line number %1").arg(i), 1000, 1000 + i,
                                      1900);
    auto draft = m_f->billing().createInvoice(m_client, lines);
    auto issued = m_f->billing().issue(draft->id);
    const QString text = pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(issued->id)),
                                 QStringLiteral("long-invoice"));
    QVERIFY(text.contains(QStringLiteral("Line number 70")));
    QVERIFY(text.contains(QStringLiteral("Page 2 of")));
    QVERIFY(text.contains(issued->totals().total.format()));
}

void TestInvoicePdf::draftIsMarked() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 12000, 1900)});
    const QString text = pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(draft->id)),
                                 QStringLiteral("draft"));
    QVERIFY(text.contains(QStringLiteral("DRAFT")));
    QCOMPARE(InvoicePdfRenderer::suggestedFileName(*draft),
             QStringLiteral("Draft invoice %1.pdf").arg(draft->id));
}

// A reprint of a credited invoice: nothing is due, so no transfer request,
// and the credit note of an unpaid invoice promises no refund.
void TestInvoicePdf::cancelledInvoiceAsksForNothing() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 12000, 1900)});
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    const QString before =
        pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(issued->id)),
                QStringLiteral("before-credit"));
    QVERIFY2(before.contains(QStringLiteral("Please transfer")), qPrintable(before));

    auto credit = m_f->billing().creditInvoice(issued->id);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    const QString reprint =
        pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(issued->id)),
                QStringLiteral("cancelled-invoice"));
    QVERIFY(!reprint.isEmpty());
    QVERIFY2(!reprint.contains(QStringLiteral("Please transfer")), qPrintable(reprint));
    QVERIFY2(reprint.contains(QStringLiteral("cancelled by a credit note")), qPrintable(reprint));
    QVERIFY(reprint.contains(QStringLiteral("Balance due")));
    QVERIFY(reprint.contains(Money(0, QStringLiteral("EUR")).format()));

    const QString note = pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(credit->id)),
                                 QStringLiteral("unpaid-credit-note"));
    QVERIFY2(!note.contains(QStringLiteral("refunded")) ||
                 note.contains(QStringLiteral("Nothing is to be paid or refunded")),
             qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("credited to your account")));
    QVERIFY(!note.contains(QStringLiteral("Please transfer")));
}

void TestInvoicePdf::creditNoteRefundsOnlyWhatWasPaid() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 1900)});
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    QVERIFY(m_f->billing()
                .addPayment(issued->id, BillingFixture::eur(5000), m_f->clock().today())
                .ok());
    auto credit = m_f->billing().creditInvoice(issued->id);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    const QString note = pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(credit->id)),
                                 QStringLiteral("paid-credit-note"));
    // 50.00 of 119.00 was paid: that, not the credit note's total, comes back.
    const QString refund = QStringLiteral("The amount of %1 is credited to your account")
                               .arg(BillingFixture::eur(5000).format());
    QVERIFY2(note.simplified().contains(refund), qPrintable(note));
    const QString reprint =
        pdfText(*InvoicePdfRenderer::render(*m_f->billing().document(issued->id)),
                QStringLiteral("paid-cancelled-invoice"));
    QVERIFY2(!reprint.contains(QStringLiteral("Please transfer")), qPrintable(reprint));
    // The payment moved to the client's credit when the credit note was issued.
    QVERIFY(reprint.contains(QStringLiteral("Cancelled by credit note")));
    QCOMPARE(m_f->billing().clientBalance(m_client)->credit, BillingFixture::eur(5000));
}

void TestInvoicePdf::cancellationPolicyIsPrintedWhenSet() {
    const QString policy =
        QStringLiteral("Sessions cancelled less than 24 hours ahead are charged in full.");
    QVERIFY(m_f->set(QStringLiteral("billing.policy.cancellation_text"), policy));
    auto draft = m_f->billing().createFromSessions(
        m_client, {BillingFixture::line(QStringLiteral("CV review"), 1000, 8000, 1900)});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    // Changed after the issue: the issued invoice keeps the wording it was issued with.
    QVERIFY(m_f->set(QStringLiteral("billing.policy.cancellation_text"),
                     QStringLiteral("A later policy.")));
    auto doc = m_f->billing().document(issued->id);
    QVERIFY(doc.ok());
    auto pdf = InvoicePdfRenderer::render(*doc);
    QVERIFY2(pdf.ok(), qPrintable(pdf.message()));
    const QString text = pdfText(*pdf, QStringLiteral("invoice-policy"));
    QVERIFY2(text.contains(QStringLiteral("CANCELLATION POLICY")), qPrintable(text));
    QVERIFY2(text.simplified().contains(policy), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("A later policy.")));
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoice_pdf.moc"
