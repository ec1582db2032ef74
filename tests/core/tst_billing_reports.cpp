#include "tst_billing_fixture.h"

#include "billing/BillingReports.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace md;
using md::test::BillingFixture;

class TestBillingReports final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void revenueByMonthAndYear();
    void ageingBuckets_data();
    void ageingBuckets();
    void overviewIsTheReportsOverEveryRecord();
    void keptOverviewFollowsEveryWrite();
};

namespace {
qint64 issueOn(BillingFixture& f, qint64 client, const QDate& day, qint64 cents, int rate = 0) {
    f.clock().set(QDateTime(day, QTime(12, 0), Qt::UTC));
    auto draft = f.billing().createInvoice(
        client, {BillingFixture::line(QStringLiteral("Sessions"), 1000, cents, rate)});
    auto issued = f.billing().issue(draft->id);
    return issued ? issued->id : 0;
}
} // namespace

void TestBillingReports::revenueByMonthAndYear() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 ada = f.addClient(QStringLiteral("Ada"));
    issueOn(f, ada, QDate(2025, 11, 3), 50000, 1900);
    const qint64 jan = issueOn(f, ada, QDate(2026, 1, 10), 10000, 1900);
    issueOn(f, ada, QDate(2026, 1, 20), 20000);
    issueOn(f, ada, QDate(2026, 3, 1), 30000);
    f.clock().set(QDateTime(QDate(2026, 3, 5), QTime(12, 0), Qt::UTC));
    QVERIFY(f.billing().creditInvoice(jan).ok()); // March: −119.00
    QVERIFY(f.billing().addPayment(jan + 1, BillingFixture::eur(20000), QDate(2026, 2, 2)).ok());

    auto invoices = f.billing().list();
    auto payments = f.billing().payments();
    const auto months =
        BillingReports::revenueByMonth(*invoices, *payments, 2026, QStringLiteral("EUR"));
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(0).net.minorUnits(), qint64(30000));
    QCOMPARE(months.at(0).tax.minorUnits(), qint64(1900));
    QCOMPARE(months.at(0).gross.minorUnits(), qint64(31900));
    QCOMPARE(months.at(0).documents, 2);
    QCOMPARE(months.at(1).gross.minorUnits(), qint64(0));
    QCOMPARE(months.at(1).received.minorUnits(), qint64(20000));
    QCOMPARE(months.at(2).gross.minorUnits(), qint64(30000 - 11900));
    QCOMPARE(months.at(2).net.minorUnits(), qint64(30000 - 10000));

    const auto years = BillingReports::revenueByYear(*invoices, *payments, QStringLiteral("EUR"));
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(0).year, 2025);
    QCOMPARE(years.at(0).gross.minorUnits(), qint64(59500));
    QCOMPARE(years.at(1).gross.minorUnits(), qint64(31900 + 30000 - 11900));
    QCOMPARE(years.at(1).received.minorUnits(), qint64(20000));
}

void TestBillingReports::ageingBuckets_data() {
    QTest::addColumn<int>("ageDays");
    QTest::addColumn<int>("bucket");
    QTest::newRow("today") << 0 << 0;
    QTest::newRow("30") << 30 << 0;
    QTest::newRow("31") << 31 << 1;
    QTest::newRow("60") << 60 << 1;
    QTest::newRow("61") << 61 << 2;
    QTest::newRow("90") << 90 << 2;
    QTest::newRow("91") << 91 << 3;
    QTest::newRow("400") << 400 << 3;
}

void TestBillingReports::ageingBuckets() {
    QFETCH(int, ageDays);
    QFETCH(int, bucket);
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 ada = f.addClient(QStringLiteral("Ada"));
    const qint64 grace = f.addClient(QStringLiteral("Grace"));
    const QDate today(2026, 6, 30);
    const qint64 aged = issueOn(f, ada, today.addDays(-ageDays), 10000);
    issueOn(f, grace, today.addDays(-5), 7000);
    const qint64 paid = issueOn(f, grace, today.addDays(-100), 5000);
    f.clock().set(QDateTime(today, QTime(12, 0), Qt::UTC));
    QVERIFY(f.billing().addPayment(paid, BillingFixture::eur(5000), today).ok());
    QVERIFY(f.billing().addPayment(aged, BillingFixture::eur(2500), today).ok());

    const auto rows =
        BillingReports::owedByClient(*f.billing().list(), today, QStringLiteral("EUR"));
    QCOMPARE(rows.size(), 3); // Ada, Grace, total
    QCOMPARE(rows.at(0).clientName, QStringLiteral("Ada"));
    const Money buckets[] = {rows.at(0).days0to30, rows.at(0).days31to60, rows.at(0).days61to90,
                             rows.at(0).over90};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(buckets[i].minorUnits(), i == bucket ? qint64(7500) : qint64(0));
    QCOMPARE(rows.at(0).overdue.minorUnits(), ageDays > 14 ? qint64(7500) : qint64(0));
    QCOMPARE(rows.at(1).total.minorUnits(), qint64(7000));
    QCOMPARE(rows.at(2).clientId, qint64(0));
    QCOMPARE(rows.at(2).total.minorUnits(), qint64(14500));
    QCOMPARE(rows.at(2).days0to30.minorUnits(), qint64(7000) + (bucket == 0 ? 7500 : 0));
    QCOMPARE(BillingReports::overdue(*f.billing().list(), today).size(), ageDays > 14 ? 1 : 0);
}

// The overview is read by queries shaped for it (sums by month in SQL, only
// the open invoices for the ageing): it must be exactly what the report rules
// give over every invoice and payment; the list's rows are the records
// without their frozen texts.
void TestBillingReports::overviewIsTheReportsOverEveryRecord() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 ada = f.addClient(QStringLiteral("Ada"));
    const qint64 grace = f.addClient(QStringLiteral("Grace"));
    issueOn(f, ada, QDate(2025, 11, 3), 50000, 1900);
    const qint64 jan = issueOn(f, ada, QDate(2026, 1, 10), 10000, 1900);
    const qint64 late = issueOn(f, grace, QDate(2026, 1, 20), 20000);
    const qint64 paid = issueOn(f, grace, QDate(2026, 3, 1), 30000, 700);
    issueOn(f, ada, QDate(2026, 5, 28), 4000);
    f.clock().set(QDateTime(QDate(2026, 6, 5), QTime(12, 0), Qt::UTC));
    QVERIFY(f.billing().creditInvoice(jan).ok());
    QVERIFY(f.billing().addPayment(late, BillingFixture::eur(5000), QDate(2026, 2, 2)).ok());
    QVERIFY(f.billing().addPayment(paid, BillingFixture::eur(40000), QDate(2026, 3, 9)).ok());
    QVERIFY(f.billing()
                .createInvoice(ada, {BillingFixture::line(QStringLiteral("Draft"), 1000, 9900, 0)})
                .ok());

    const auto invoices = f.billing().list();
    const auto payments = f.billing().payments();
    QVERIFY(invoices.ok() && payments.ok());
    const QDate today = f.clock().today();
    for (int year : {2025, 2026, 2027}) {
        const auto overview = f.billing().overview(year);
        QVERIFY2(overview.ok(), qPrintable(overview.message()));
        const auto months =
            BillingReports::revenueByMonth(*invoices, *payments, year, QStringLiteral("EUR"));
        QCOMPARE(overview->months.size(), months.size());
        for (int m = 0; m < 12; ++m) {
            QCOMPARE(overview->months.at(m).net, months.at(m).net);
            QCOMPARE(overview->months.at(m).tax, months.at(m).tax);
            QCOMPARE(overview->months.at(m).gross, months.at(m).gross);
            QCOMPARE(overview->months.at(m).received, months.at(m).received);
            QCOMPARE(overview->months.at(m).documents, months.at(m).documents);
        }
        const auto owed = BillingReports::owedByClient(*invoices, today, QStringLiteral("EUR"));
        QCOMPARE(overview->owed.size(), owed.size());
        for (qsizetype i = 0; i < owed.size(); ++i) {
            QCOMPARE(overview->owed.at(i).clientId, owed.at(i).clientId);
            QCOMPARE(overview->owed.at(i).total, owed.at(i).total);
            QCOMPARE(overview->owed.at(i).overdue, owed.at(i).overdue);
            QCOMPARE(overview->owed.at(i).days0to30, owed.at(i).days0to30);
            QCOMPARE(overview->owed.at(i).over90, owed.at(i).over90);
            QCOMPARE(overview->owed.at(i).invoices, owed.at(i).invoices);
        }
        const auto overdue = BillingReports::overdue(*invoices, today);
        QCOMPARE(overview->overdue.size(), overdue.size());
        for (qsizetype i = 0; i < overdue.size(); ++i)
            QCOMPARE(overview->overdue.at(i).invoice.id, overdue.at(i).invoice.id);
        // The unused credit, summed in SQL, is that of every payment read whole.
        Money unallocated(0, overview->currency);
        for (const PaymentRecord& p : std::as_const(*payments))
            if (p.payment.amount.currency() == overview->currency)
                unallocated += p.unallocated();
        QCOMPARE(overview->unallocated, unallocated);
    }
    QVERIFY(f.billing().overview(2026)->owed.first().total.isPositive());
    QCOMPARE(f.billing().overview(2026)->overdue.size(), 2); // November's and `late`

    const auto rows = f.billing().invoiceRows();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), invoices->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const InvoiceRecord& row = rows->at(i);
        const InvoiceRecord& full = invoices->at(i);
        QCOMPARE(row.invoice.id, full.invoice.id);
        QCOMPARE(row.clientName, full.clientName);
        QCOMPARE(row.total, full.total);
        QCOMPARE(row.paid, full.paid);
        QCOMPARE(row.credited, full.credited);
        QCOMPARE(row.creditOfNumber, full.creditOfNumber);
        QCOMPARE(f.billing().statusOf(row), f.billing().statusOf(full));
        QVERIFY(row.invoice.billTo.isEmpty() && row.invoice.sellerSnapshot.isEmpty());
    }
    InvoiceQuery overdueOnly;
    overdueOnly.status = InvoiceStatus::Overdue;
    const auto overdueRows = f.billing().invoiceRows(overdueOnly);
    QCOMPARE(overdueRows->size(), 2);
    QCOMPARE(overdueRows->last().invoice.id, late);
}

// The overview is kept while nothing is written (two panels show it): a
// payment made here, an invoice issued through another connection to the
// file (the CLI, a second window) and a new day each give a new one.
void TestBillingReports::keptOverviewFollowsEveryWrite() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 ada = f.addClient(QStringLiteral("Ada"));
    const qint64 first = issueOn(f, ada, QDate(2026, 2, 2), 10000);
    f.clock().set(QDateTime(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC));
    const auto owed = [&f] {
        const auto overview = f.billing().overview(2026);
        return overview ? overview->owed.last().total.minorUnits() : qint64(-1);
    };
    QCOMPARE(owed(), qint64(10000));
    QCOMPARE(owed(), qint64(10000));

    QVERIFY(f.billing().addPayment(first, BillingFixture::eur(4000), QDate(2026, 2, 9)).ok());
    QCOMPARE(owed(), qint64(6000));

    {
        auto other = Database::open(f.database().path(), f.database().copyOfKey(),
                                    Database::OpenMode::MustExist);
        QVERIFY2(other, qPrintable(other.message()));
        QSqlQuery write((*other)->connection());
        // A payment written by the other connection: the issued invoice's
        // own row is frozen, what is owed on it is not.
        QVERIFY2(
            write.exec(QStringLiteral("INSERT INTO payments (client_id, received_on, "
                                      "amount_minor, currency, method, created_utc) "
                                      "VALUES (%1, '2026-02-10', 1000, 'EUR', 'bank_transfer', "
                                      "'2026-02-10T12:00:00.000Z')")
                           .arg(ada)),
            qPrintable(write.lastError().text()));
        const qint64 payment = write.lastInsertId().toLongLong();
        QVERIFY2(write.exec(QStringLiteral("INSERT INTO payment_allocations (payment_id, "
                                           "invoice_id, amount_minor, created_utc) VALUES (%1, "
                                           "%2, 1000, '2026-02-10T12:00:00.000Z')")
                                .arg(payment)
                                .arg(first)),
                 qPrintable(write.lastError().text()));
    }
    QCOMPARE(owed(), qint64(5000));

    // Overdue from the day after its due date: a new day, a new overview.
    const auto overdue = [&f] {
        const auto overview = f.billing().overview(2026);
        return overview ? overview->owed.last().overdue.minorUnits() : qint64(-1);
    };
    const qint64 before = overdue();
    f.clock().advanceDays(60);
    QVERIFY(overdue() != before);
    QCOMPARE(overdue(), qint64(5000));
}

QTEST_GUILESS_MAIN(TestBillingReports)
#include "tst_billing_reports.moc"
