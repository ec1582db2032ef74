// Reads never write: every billing read path the UI and the CLI use (each
// list, the client balance, the packages and their warnings, the reports, an
// invoice document, the sessions left to bill) leaves the database file and
// its write-ahead log byte for byte as they were, and announces nothing.
// Credits in particular are only assigned by writes: a session held behind
// the billing code's back stays without one however often its page is read.

#include "tst_billing_fixture.h"

#include "common/ChangeNotifier.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentAllocations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

using namespace md;
using md::test::BillingFixture;

namespace {

// The SHA-256 of the database file and of its -wal (empty when absent).
QPair<QByteArray, QByteArray> fingerprint(const QString& dbPath) {
    const auto hash = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray("<none>");
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    return {hash(dbPath), hash(dbPath + QStringLiteral("-wal"))};
}

} // namespace

class TestBillingReads final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readPathsLeaveTheFilesAsTheyWere_data();
    void readPathsLeaveTheFilesAsTheyWere();
    void creditsAreNotAssignedByReading();
    void overviewReadsIndexesNotInvoiceRows();

private:
    std::unique_ptr<BillingFixture> m_f;
    qint64 m_client = 0;
    qint64 m_engagement = 0;
    qint64 m_offering = 0;
    qint64 m_unassignedSession = 0;
    QList<qint64> m_invoices;
};

// One workspace with something of everything: a package sold, sessions held,
// invoices issued, paid and cancelled, a draft, a payment with credit left.
void TestBillingReads::initTestCase() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    BillingService& billing = m_f->billing();
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    m_engagement = m_f->addEngagement(m_client);
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("120")));
    Offering offering;
    offering.kind = OfferingKind::Package;
    offering.name = QStringLiteral("Two sessions");
    offering.price = BillingFixture::eur(20000);
    offering.sessionCount = 2;
    offering.validityMonths = 1;
    m_offering = billing.addOffering(offering)->id;
    QVERIFY(billing.sellPackageAndBill(m_engagement, m_offering, QDate(2026, 3, 1)).ok());
    m_f->addSession(m_engagement, QDate(2026, 3, 2));
    // Held without the billing code: a read that assigned credits would
    // give this one the package's second credit.
    {
        SessionRepository sessions(m_f->database(), m_f->clock());
        Session session;
        session.engagementId = m_engagement;
        session.uid = newSessionUid();
        session.start = QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);
        session.durationMinutes = 60;
        session.status = SessionStatus::Held;
        auto stored = sessions.add(session);
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        m_unassignedSession = stored->id;
    }
    auto issued = billing.issue(
        billing
            .createInvoice(m_client,
                           {BillingFixture::line(QStringLiteral("Workshop"), 1000, 30000, 1900)})
            ->id);
    QVERIFY(issued.ok());
    // Partly paid: overdue once the clock moves on.
    QVERIFY(billing.addPayment(issued->id, BillingFixture::eur(10000), QDate(2026, 3, 2)).ok());
    auto cancelled = billing.issue(
        billing
            .createInvoice(m_client,
                           {BillingFixture::line(QStringLiteral("Mistake"), 1000, 5000, 0)})
            ->id);
    QVERIFY(cancelled.ok());
    // Paid and then cancelled: the money stays as the client's credit.
    QVERIFY(billing.addPayment(cancelled->id, BillingFixture::eur(5000), QDate(2026, 3, 2)).ok());
    QVERIFY(billing.creditInvoice(cancelled->id).ok());
    QCOMPARE(billing.clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(), qint64(5000));
    QVERIFY(
        billing
            .createInvoice(m_client, {BillingFixture::line(QStringLiteral("Draft"), 1000, 100, 0)})
            .ok());
    InvoiceRecipient recipient;
    recipient.clientId = m_client;
    recipient.address = QStringLiteral("12 St James's Square");
    QVERIFY(billing.saveRecipient(recipient).ok());
    // Held in a variable: a range-for over `*billing.list()` would iterate a
    // list owned by a temporary already destroyed.
    const auto records = billing.list();
    QVERIFY(records.ok());
    for (const InvoiceRecord& r : *records)
        m_invoices.append(r.invoice.id);
    QCOMPARE(m_invoices.size(), 5);
    m_f->clock().advanceDays(40); // something is overdue and a package expired
}

void TestBillingReads::cleanupTestCase() {
    m_f.reset();
}

void TestBillingReads::readPathsLeaveTheFilesAsTheyWere_data() {
    QTest::addColumn<int>("path");
    const char* names[] = {"invoice list",
                           "overdue invoices",
                           "one client's invoices",
                           "records",
                           "invoices with lines",
                           "documents",
                           "client balance",
                           "client credit",
                           "payments",
                           "overview",
                           "packages",
                           "credits and warnings",
                           "sessions to bill",
                           "price list",
                           "line from price list",
                           "billing details",
                           "seller and bill-to"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TestBillingReads::readPathsLeaveTheFilesAsTheyWere() {
    QFETCH(int, path);
    const BillingService& billing = m_f->billing();
    InvoiceQuery overdue;
    overdue.status = InvoiceStatus::Overdue;
    InvoiceQuery ofClient;
    ofClient.clientId = m_client;
    const QList<std::function<bool()>> reads{
        [&] { return billing.list().ok(); },
        [&] { return billing.list(overdue).ok() && !billing.list(overdue)->isEmpty(); },
        [&] { return billing.list(ofClient).ok(); },
        [&] {
            for (qint64 id : std::as_const(m_invoices)) {
                auto r = billing.record(id);
                if (!r)
                    return false;
                (void)billing.statusOf(*r);
            }
            return true;
        },
        [&] {
            for (qint64 id : std::as_const(m_invoices))
                if (!billing.invoice(id))
                    return false;
            return true;
        },
        [&] {
            for (qint64 id : std::as_const(m_invoices))
                if (!billing.document(id))
                    return false;
            return true;
        },
        [&] { return billing.clientBalance(m_client).ok(); },
        [&] { return billing.clientCredit(m_client, QStringLiteral("EUR")).ok(); },
        [&] {
            return billing.payments().ok() && billing.payments({m_client, 0, {}, {}}).ok();
        },
        [&] { return billing.overview(2026).ok() && billing.overview(2025).ok(); },
        [&] { return billing.clientPackages(m_client).ok(); },
        [&] {
            return billing.credits(m_engagement).ok() && billing.creditWarnings(m_engagement).ok();
        },
        [&] { return billing.unbilledSessionLines(m_client).ok(); },
        [&] { return billing.offerings(true).ok() && billing.offering(m_offering).ok(); },
        [&] { return billing.lineFromOffering(m_offering).ok(); },
        [&] { return billing.recipient(m_client).ok(); },
        [&] { return billing.sellerDetails().ok() && billing.billTo(m_client).ok(); },
    };
    QCOMPARE(reads.size(), 17);
    const QString db = Workspace::databasePath(m_f->workspace().directory());
    QSignalSpy published(&m_f->workspace()->changes(), &ChangeNotifier::changed);
    const auto before = fingerprint(db);
    QVERIFY2(reads.at(path)(), "the read failed");
    QVERIFY2(fingerprint(db) == before, "a read changed the database file or its -wal");
    QCOMPARE(published.count(), 0);
}

// The session written behind the billing code's back keeps no credit however
// often the package pages are read; the next billing write settles it.
void TestBillingReads::creditsAreNotAssignedByReading() {
    BillingService& billing = m_f->billing();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(billing.credits(m_engagement)->first().used, 1);
        QVERIFY(billing.clientPackages(m_client).ok());
        QVERIFY(billing.creditWarnings(m_engagement).ok());
    }
    auto lines = billing.unbilledSessionLines(m_client);
    QVERIFY(lines.ok());
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().sessionId, m_unassignedSession);
    // Billing the client's sessions is a write: it settles the credits first,
    // so the package pays for that session and only the extra line is billed.
    auto invoice = billing.createFromSessions(
        m_client, {BillingFixture::line(QStringLiteral("Workbook"), 1000, 2000, 0)});
    QVERIFY2(invoice.ok(), qPrintable(invoice.message()));
    QCOMPARE(invoice->lines.size(), 1);
    QCOMPARE(invoice->lines.first().sessionId, qint64(0));
    QCOMPARE(billing.credits(m_engagement)->first().used, 2);
    QVERIFY(billing.unbilledSessionLines(m_client)->isEmpty());
}

// Billing's overview and list at a large practice: which invoices are open,
// the list itself, the year's sums and the unused credit come from covering
// indexes, so no invoice row (and no client's profile) is read.
void TestBillingReads::overviewReadsIndexesNotInvoiceRows() {
    const auto plan = [this](const QString& sql) {
        QSqlQuery query(m_f->database().connection());
        if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                        QString(sql).replace(QLatin1Char('?'), "'x'")))
            return QStringLiteral("failed: ") + query.lastError().text();
        QStringList details;
        while (query.next())
            details << query.value(query.record().count() - 1).toString();
        return details.join(QLatin1Char('\n'));
    };
    const QString open =
        plan(InvoiceRepository::listSql(InvoiceRepository::openInvoicesCondition(), false));
    QVERIFY2(open.contains(QStringLiteral("SCAN TABLE invoices AS i USING COVERING INDEX "
                                          "invoices_list")),
             qPrintable(open));
    QVERIFY2(open.contains(QStringLiteral("SEARCH TABLE clients AS cl USING COVERING INDEX "
                                          "clients_names (id=?)")),
             qPrintable(open));
    // The whole list, too, reads its index and the clients' names alone.
    const QString list = plan(InvoiceRepository::listSql(QStringLiteral("1"), false));
    QVERIFY2(list.contains(QStringLiteral("SCAN TABLE invoices AS i USING COVERING INDEX "
                                          "invoices_list")) &&
                 !list.contains(QStringLiteral("TEMP B-TREE")),
             qPrintable(list));
    QVERIFY2(open.contains(QStringLiteral("TABLE payment_allocations AS a USING COVERING INDEX "
                                          "payment_allocations_by_invoice_amount (invoice_id=?)")),
             qPrintable(open));
    const QString revenue = plan(InvoiceRepository::invoicedByMonthSql());
    QVERIFY2(revenue.contains(QStringLiteral("SEARCH TABLE invoices USING COVERING INDEX "
                                             "invoices_totals (issue_date>? AND issue_date<?)")),
             qPrintable(revenue));
    const QString received = plan(InvoiceRepository::receivedByMonthSql());
    QVERIFY2(received.contains(QStringLiteral("SEARCH TABLE payments USING COVERING INDEX "
                                              "payments_by_currency_day (currency=? AND "
                                              "received_on>? AND received_on<?)")),
             qPrintable(received));
    // One client's credit (opening a client) reads that client's payments.
    const QString clientCredit = plan(billingsql::clientCreditSql(true));
    QVERIFY2(clientCredit.contains(QStringLiteral("SEARCH TABLE payments AS p USING COVERING INDEX "
                                                  "payments_by_client_currency (client_id=? AND "
                                                  "currency=?)")),
             qPrintable(clientCredit));
    const QString credit = plan(billingsql::clientCreditSql(false));
    QVERIFY2(credit.contains(QStringLiteral("SEARCH TABLE payments AS p USING COVERING INDEX "
                                            "payments_by_currency (currency=?)")),
             qPrintable(credit));
    QVERIFY2(credit.contains(QStringLiteral("COVERING INDEX payment_allocations_by_payment_amount "
                                            "(payment_id=?)")),
             qPrintable(credit));
    // The open invoices themselves are still exactly those with money owed.
    const auto invoices = m_f->billing().list();
    QVERIFY2(invoices.ok(), qPrintable(invoices.message()));
    QSet<qint64> owing;
    for (const InvoiceRecord& r : *invoices) {
        if (r.invoice.isIssued() && r.invoice.kind == InvoiceKind::Invoice &&
            r.total.minorUnits() - r.credited.minorUnits() - r.paid.minorUnits() > 0)
            owing.insert(r.invoice.id);
    }
    const auto openRecords = InvoiceRepository(m_f->database(), m_f->clock()).openInvoices();
    QVERIFY2(openRecords.ok(), qPrintable(openRecords.message()));
    QSet<qint64> found;
    for (const InvoiceRecord& r : *openRecords)
        found.insert(r.invoice.id);
    QCOMPARE(found, owing);
    QVERIFY(!found.isEmpty());
}

QTEST_GUILESS_MAIN(TestBillingReads)
#include "tst_billing_reads.moc"
