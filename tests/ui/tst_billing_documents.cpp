// The Billing area's document actions through the real widgets: "Save PDF…"
// writes the selected invoice (its number and total in the PDF's text), and
// "Print preview…" lays it out on at least one page.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"

#include "agreements/MentorProfileDialog.h"
#include "billing/BillingArea.h"
#include "billing/BillingService.h"
#include "clients/ClientService.h"
#include "settings/SettingsService.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace md;

class TestBillingDocuments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savesTheSelectedInvoiceAsPdf();
    void previewShowsTheInvoice();
    void exportsCsvForTheAccountant();
    void settingsMenuEditsWhoBills();

private:
    QAction* action(const char* name) const;

    std::unique_ptr<md::test::TemporaryWorkspace> m_ws;
    std::unique_ptr<BillingArea> m_area;
    QString m_number;
    qint64 m_invoiceId = 0;
};

void TestBillingDocuments::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_ws = std::make_unique<md::test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    Client ada;
    ada.fullName = QStringLiteral("Ada Lovelace");
    const qint64 client = m_ws->workspace().clients().add(ada)->id;
    BillingService& billing = m_ws->workspace().billing();
    QVERIFY(m_ws->workspace().settings().setValue(QStringLiteral("billing.tax.standard_rate"),
                                                  QStringLiteral("19")));
    InvoiceLine line;
    line.description = QStringLiteral("Career strategy session");
    line.quantityMilli = 2000;
    line.unitPriceMinor = 12000;
    line.taxRateBasisPoints = 1900;
    auto draft = billing.createInvoice(client, {line});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    auto issued = billing.issue(draft->id);
    QVERIFY2(issued.ok(), qPrintable(issued.message()));
    m_invoiceId = issued->id;
    m_number = issued->number;

    m_area = std::make_unique<BillingArea>();
    m_area->setWorkspace(&m_ws->workspace());
    m_area->resize(1000, 700);
    m_area->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    QVERIFY(m_area->selectInvoice(m_invoiceId));
}

void TestBillingDocuments::cleanup() {
    m_area.reset();
    m_ws.reset();
}

QAction* TestBillingDocuments::action(const char* name) const {
    return m_area->findChild<QAction*>(QString::fromLatin1(name));
}

void TestBillingDocuments::savesTheSelectedInvoiceAsPdf() {
    QAction* save = action("exportPdfAction");
    QVERIFY(save);
    auto* button = m_area->findChild<QPushButton*>(QStringLiteral("documentButton"));
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), "no document actions for a selected invoice");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    bool answered = false;
    // The save dialog is modal: answer it as a user would, with a file name.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        answered = true;
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
    });
    save->trigger();
    QVERIFY2(answered, "no file dialog asked where to save");

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QVERIFY(file.read(5) == "%PDF-");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString& expected : {m_number, QStringLiteral("Career strategy session"),
                                    QStringLiteral("Ada Lovelace"), QStringLiteral("285.60")})
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
}

void TestBillingDocuments::previewShowsTheInvoice() {
    QAction* preview = action("printPreviewAction");
    QVERIFY(preview);
    preview->trigger();
    QPointer<QPrintPreviewDialog> dialog =
        m_area->findChild<QPrintPreviewDialog*>(QStringLiteral("invoicePrintPreviewDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* pages = dialog->findChild<QPrintPreviewWidget*>();
    QVERIFY(pages);
    QTRY_VERIFY(pages->pageCount() >= 1);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestBillingDocuments::exportsCsvForTheAccountant() {
    auto* exportButton = m_area->findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    QTemporaryDir dir;
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setDirectory(dir.path());
        dialog->selectFile(dir.path());
        answered = true;
        static_cast<QDialog*>(dialog)->accept();
    });
    md::test::click(exportButton);
    QVERIFY2(answered, "no dialog asked for the folder");
    QFile invoices(QDir(dir.path()).filePath(QStringLiteral("invoices.csv")));
    QVERIFY2(invoices.open(QIODevice::ReadOnly), qPrintable(invoices.fileName()));
    const QByteArray csv = invoices.readAll();
    QVERIFY2(csv.contains(m_number.toUtf8()) && csv.contains("\"285.60\""), csv.constData());
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("payments.csv"))));
}

// Billing › Settings › "Your name and address…" edits the mentor profile that
// invoices print (the same one agreements use).
void TestBillingDocuments::settingsMenuEditsWhoBills() {
    QAction* profile = action("mentorProfileAction");
    QVERIFY(profile);
    profile->trigger();
    QPointer<MentorProfileDialog> dialog = m_area->findChild<MentorProfileDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    md::test::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("mentorNameLineEdit")),
                       QStringLiteral("Elena Rivera"));
    auto* address = dialog->findChild<QPlainTextEdit*>(QStringLiteral("addressPlainTextEdit"));
    QVERIFY(address);
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("12 Harbour Lane"));
    md::test::click(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")));
    QTRY_VERIFY(dialog.isNull());
    auto saved = m_ws->workspace().settings().mentorProfile();
    QVERIFY(saved.ok());
    QCOMPARE(saved->name, QStringLiteral("Elena Rivera"));
    QCOMPARE(saved->address, QStringLiteral("12 Harbour Lane"));
    QVERIFY(action("businessSettingsAction"));
}

QTEST_MAIN(TestBillingDocuments)
#include "tst_billing_documents.moc"
