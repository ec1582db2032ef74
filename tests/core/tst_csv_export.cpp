#include "tst_billing_fixture.h"

#include "common/FaultInjection.h"
#include "export/InvoiceCsvExporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace md;
using md::test::BillingFixture;

// The CSV files are read back with Python's csv module (a real, independent
// RFC 4180 parser).
class TestCsvExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void quoting_data();
    void quoting();
    void exportReadsBack();
    void aFullDiskKeepsTheLastExport();

private:
    static QJsonArray parse(const QString& path);
};

void TestCsvExport::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
    // A comma-decimal locale must not leak into the files.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestCsvExport::quoting_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "abc"
                           << "\"abc\"";
    QTest::newRow("empty") << ""
                           << "\"\"";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
}

void TestCsvExport::quoting() {
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(InvoiceCsvExporter::field(value), field);
}

QJsonArray TestCsvExport::parse(const QString& path) {
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                 "    data = f.read()\n"
                                 "assert '\\r\\n' in data\n"
                                 "rows = list(csv.reader(data.splitlines(keepends=True), "
                                 "strict=True))\n"
                                 "print(json.dumps(rows))\n"),
                  path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

void TestCsvExport::exportReadsBack() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 ada = f.addClient(QStringLiteral("Ada \"Countess\" Lovelace"));
    const qint64 grace = f.addClient(QStringLiteral("Hopper, Grace"));
    InvoiceRecipient recipient;
    recipient.clientId = ada;
    recipient.address = QStringLiteral("12 St James's Square\nLondon");
    QVERIFY(f.billing().saveRecipient(recipient).ok());

    auto a = f.billing().createInvoice(
        ada,
        {BillingFixture::line(QStringLiteral("Coaching, 1.5 h; \"deep dive\""), 1500, 8555, 1900),
         BillingFixture::line(QStringLiteral("Münchner Notizbuch"), 1000, 1999, 700)});
    auto issuedA = f.billing().issue(a->id);
    auto b = f.billing().createInvoice(
        grace, {BillingFixture::line(QStringLiteral("Session"), 1000, 100000, 0)});
    auto issuedB = f.billing().issue(b->id);
    QVERIFY(issuedA.ok() && issuedB.ok());
    QVERIFY(f.billing()
                .createInvoice(ada, {BillingFixture::line(QStringLiteral("draft"), 1000, 1, 0)})
                .ok()); // drafts are not exported
    QVERIFY(f.billing()
                .addPayment(issuedA->id, BillingFixture::eur(10000), QDate(2026, 3, 2),
                            PaymentMethod::BankTransfer, QStringLiteral("Ref, \"A\""))
                .ok());
    QVERIFY(f.billing().creditInvoice(issuedB->id).ok());

    QTemporaryDir dir;
    auto written =
        InvoiceCsvExporter::exportAll(f.billing(), dir.path() + "/export", f.clock().today());
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written->size(), 3);

    const QJsonArray invoices = parse(written->at(0));
    QCOMPARE(invoices.size(), 4); // header + 2 invoices + 1 credit note
    const QJsonArray header = invoices.at(0).toArray();
    QCOMPARE(header.at(0).toString(), QStringLiteral("number"));
    auto column = [&](const char* name) {
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).toString() == QLatin1String(name))
                return i;
        return -1;
    };
    const QJsonArray rowA = invoices.at(1).toArray();
    QCOMPARE(rowA.at(0).toString(), QStringLiteral("2026-0001"));
    QCOMPARE(rowA.at(column("client")).toString(), QStringLiteral("Ada \"Countess\" Lovelace"));
    QVERIFY(rowA.at(column("bill_to")).toString().contains(u'\n'));
    // 1.5 × 85.55 = 128.33 (+24.38) and 19.99 (+1.40)
    QCOMPARE(rowA.at(column("net")).toString(), QStringLiteral("148.32"));
    QCOMPARE(rowA.at(column("tax")).toString(), QStringLiteral("25.78"));
    QCOMPARE(rowA.at(column("total")).toString(), QStringLiteral("174.10"));
    QCOMPARE(rowA.at(column("paid")).toString(), QStringLiteral("100.00"));
    QCOMPARE(rowA.at(column("outstanding")).toString(), QStringLiteral("74.10"));
    QCOMPARE(rowA.at(column("status")).toString(), QStringLiteral("partially_paid"));
    const QJsonArray rowB = invoices.at(2).toArray();
    QCOMPARE(rowB.at(column("client")).toString(), QStringLiteral("Hopper, Grace"));
    QCOMPARE(rowB.at(column("total")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(rowB.at(column("status")).toString(), QStringLiteral("cancelled"));
    const QJsonArray rowC = invoices.at(3).toArray();
    QCOMPARE(rowC.at(column("type")).toString(), QStringLiteral("credit_note"));
    QCOMPARE(rowC.at(column("total")).toString(), QStringLiteral("-1000.00"));
    QCOMPARE(rowC.at(column("corrects")).toString(), QStringLiteral("2026-0002"));

    const QJsonArray lines = parse(written->at(1));
    QCOMPARE(lines.size(), 1 + 2 + 1 + 1);
    QCOMPARE(lines.at(1).toArray().at(2).toString(),
             QStringLiteral("Coaching, 1.5 h; \"deep dive\""));
    QCOMPARE(lines.at(1).toArray().at(4).toString(), QStringLiteral("1.5"));
    QCOMPARE(lines.at(1).toArray().at(5).toString(), QStringLiteral("85.55"));
    QCOMPARE(lines.at(1).toArray().at(6).toString(), QStringLiteral("19"));
    QCOMPARE(lines.at(2).toArray().at(2).toString(), QStringLiteral("Münchner Notizbuch"));
    QCOMPARE(lines.at(4).toArray().at(4).toString(), QStringLiteral("-1"));

    const QJsonArray payments = parse(written->at(2));
    QCOMPARE(payments.size(), 2);
    const QJsonArray p = payments.at(1).toArray();
    QCOMPARE(p.at(0).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(p.at(3).toString(), QStringLiteral("100.00"));
    QCOMPARE(p.at(5).toString(), QStringLiteral("bank_transfer"));
    QCOMPARE(p.at(6).toString(), QStringLiteral("Ref, \"A\""));
    QCOMPARE(p.at(7).toString(), QStringLiteral("2026-0001"));
}

// Every file is written in full before any replaces its predecessor: a disk
// that fills up half-way through the second file leaves the last export as it
// was, all three files of it, and no temporary file behind. What is written
// is readable by the mentor's account only.
void TestCsvExport::aFullDiskKeepsTheLastExport() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 ada = f.addClient(QStringLiteral("Ada Lovelace"));
    const auto issue = [&](const QString& what) {
        auto draft = f.billing().createInvoice(ada, {BillingFixture::line(what, 1000, 10000, 0)});
        return draft && f.billing().issue(draft->id).ok();
    };
    QVERIFY(issue(QStringLiteral("First")));
    QTemporaryDir dir;
    auto first = InvoiceCsvExporter::exportAll(f.billing(), dir.path(), f.clock().today());
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QMap<QString, QByteArray> before;
    for (const QString& path : *first) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        before.insert(path, file.readAll());
#ifdef Q_OS_UNIX
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
    }

    QVERIFY(issue(QStringLiteral("Second")));
    // The new invoices.csv fits in full, invoice_lines.csv does not.
    const qint64 room =
        InvoiceCsvExporter::invoicesCsv(*f.billing().list(), f.clock().today()).size() + 10;
    Result<QStringList> second = makeError(ErrorCode::Io, QString());
    {
        ScopedFileWriteFault full(room);
        second = InvoiceCsvExporter::exportAll(f.billing(), dir.path(), f.clock().today());
    }
    QVERIFY(!second.ok());
    QCOMPARE(second.code(), ErrorCode::Io);
    QVERIFY2(second.message().contains(QStringLiteral("disk is full")),
             qPrintable(second.message()));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QFile file(it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), it.value());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

    // With room again, the export replaces all three.
    auto third = InvoiceCsvExporter::exportAll(f.billing(), dir.path(), f.clock().today());
    QVERIFY2(third.ok(), qPrintable(third.message()));
    QFile invoices(third->first());
    QVERIFY(invoices.open(QIODevice::ReadOnly));
    QVERIFY(invoices.readAll().contains("2026-0002"));
}

QTEST_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
