// Every billing write is one unit of work: a statement failing in the middle
// (as a disk would) leaves nothing of it in the database and announces
// nothing; a write that succeeds announces what it changed, once, after the
// commit.

#include "tst_billing_fixture.h"

#include "common/ChangeNotifier.h"
#include "common/FaultInjection.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace md;
using md::test::BillingFixture;

namespace {

// Rows of a table (or of a WHERE clause over it); -1 when the query fails.
qint64 count(Database& database, const QString& tableAndWhere) {
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + tableAndWhere) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestBillingUnits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sellPackageAndBill_data();
    void sellPackageAndBill();
    void soldAndBilledIsAnnouncedOnce();
    void issue_data();
    void issue();
    void issueAnnouncesTheCreditItUsed();
    void creditNote_data();
    void creditNote();
    void paymentSpreadOverInvoices();
    void draftWithSessionsGivesCreditsBack();

private:
    qint64 package(int sessions);
    Invoice issued(qint64 cents);
    QSignalSpy* spy() { return m_published.get(); }

    std::unique_ptr<BillingFixture> m_f;
    std::unique_ptr<QSignalSpy> m_published;
    qint64 m_client = 0;
    qint64 m_engagement = 0;
};

void TestBillingUnits::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    m_engagement = m_f->addEngagement(m_client);
    QVERIFY(m_engagement > 0);
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("100")));
    m_published =
        std::make_unique<QSignalSpy>(&m_f->workspace()->changes(), &ChangeNotifier::changed);
}

void TestBillingUnits::cleanup() {
    FaultInjection::disarm();
    m_published.reset();
    m_f.reset();
}

qint64 TestBillingUnits::package(int sessions) {
    Offering offering;
    offering.kind = OfferingKind::Package;
    offering.name = QStringLiteral("Package of %1").arg(sessions);
    offering.price = BillingFixture::eur(40000);
    offering.sessionCount = sessions;
    offering.validityMonths = 6;
    auto added = m_f->billing().addOffering(offering);
    return added ? added->id : 0;
}

Invoice TestBillingUnits::issued(qint64 cents) {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Sessions"), 1000, cents, 0)});
    auto done = draft ? m_f->billing().issue(draft->id) : Result<Invoice>(draft.error());
    return done ? *done : Invoice();
}

// Selling a package and drafting its invoice: the sale, the credits it gives
// to a session already held and the draft commit together or not at all.
void TestBillingUnits::sellPackageAndBill_data() {
    QTest::addColumn<QString>("statement");
    QTest::newRow("the sale") << "^INSERT INTO package_sales";
    QTest::newRow("a credit used") << "^INSERT INTO package_credit_uses";
    QTest::newRow("the draft") << "^INSERT INTO invoices";
    QTest::newRow("its line") << "^INSERT INTO invoice_lines";
    QTest::newRow("its totals") << "^UPDATE invoices SET net_minor";
}

void TestBillingUnits::sellPackageAndBill() {
    QFETCH(QString, statement);
    const qint64 offering = package(4);
    QVERIFY(offering > 0);
    QVERIFY(m_f->addSession(m_engagement, QDate(2026, 3, 2)) > 0);
    spy()->clear();
    {
        ScopedStatementFault fault{QRegularExpression(statement)};
        auto sold = m_f->billing().sellPackageAndBill(m_engagement, offering, QDate(2026, 3, 1));
        QVERIFY(FaultInjection::fired());
        QVERIFY(!sold.ok());
    }
    Database& db = m_f->database();
    QCOMPARE(count(db, QStringLiteral("package_sales")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("package_credit_uses")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("invoices")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("invoice_lines")), qint64(0));
    QCOMPARE(spy()->count(), 0);

    // Nothing half-done blocks the next attempt.
    auto sold = m_f->billing().sellPackageAndBill(m_engagement, offering, QDate(2026, 3, 1));
    QVERIFY2(sold.ok(), qPrintable(sold.message()));
    QCOMPARE(count(db, QStringLiteral("package_sales")), qint64(1));
    QCOMPARE(count(db, QStringLiteral("package_credit_uses")), qint64(1));
    QCOMPARE(count(db, QStringLiteral("invoices")), qint64(1));
}

void TestBillingUnits::soldAndBilledIsAnnouncedOnce() {
    const qint64 offering = package(4);
    QVERIFY(m_f->addSession(m_engagement, QDate(2026, 3, 2)) > 0);
    spy()->clear();
    auto invoice = m_f->billing().sellPackageAndBill(m_engagement, offering, QDate(2026, 3, 1));
    QVERIFY2(invoice.ok(), qPrintable(invoice.message()));
    QCOMPARE(spy()->count(), 1);
    const ChangeSet changes = spy()->at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.ids(RecordKind::Invoice, ChangeOp::Added), QSet<qint64>{invoice->id});
    const qint64 sale = m_f->billing().credits(m_engagement)->first().sale.id;
    QCOMPARE(changes.ids(RecordKind::PackageSale, ChangeOp::Added), QSet<qint64>{sale});
    // The held session took a credit in the same unit of work.
    QCOMPARE(changes.ids(RecordKind::PackageSale, ChangeOp::Updated), QSet<qint64>{sale});
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);
}

// Issuing: the number, the counter, the frozen details and the client's
// credit applied are one step.
void TestBillingUnits::issue_data() {
    QTest::addColumn<QString>("statement");
    QTest::newRow("counter row") << "^INSERT OR IGNORE INTO invoice_number_counters";
    QTest::newRow("counter") << "^UPDATE invoice_number_counters";
    QTest::newRow("number and snapshot") << "^UPDATE invoices SET number";
    QTest::newRow("credit applied") << "^INSERT INTO payment_allocations";
}

void TestBillingUnits::issue() {
    QFETCH(QString, statement);
    // An overpaid first invoice leaves 50.00 of credit for the next one.
    const Invoice first = issued(10000);
    QVERIFY(m_f->billing().addPayment(first.id, BillingFixture::eur(15000), QDate(2026, 3, 2)));
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("More"), 1000, 8000, 0)});
    QVERIFY(draft.ok());
    Database& db = m_f->database();
    const qint64 allocations = count(db, QStringLiteral("payment_allocations"));
    spy()->clear();
    {
        ScopedStatementFault fault{QRegularExpression(statement)};
        QVERIFY(!m_f->billing().issue(draft->id).ok());
        QVERIFY(FaultInjection::fired());
    }
    QVERIFY(!m_f->billing().invoice(draft->id)->isIssued());
    QCOMPARE(m_f->lastNumber(2026), qint64(1));
    QCOMPARE(count(db, QStringLiteral("payment_allocations")), allocations);
    QCOMPARE(count(db, QStringLiteral("invoices WHERE seller IS NOT NULL AND seller <> ''")),
             qint64(1));
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(),
             qint64(5000));
    QCOMPARE(spy()->count(), 0);

    auto again = m_f->billing().issue(draft->id);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->number, QStringLiteral("2026-0002"));
    QCOMPARE(m_f->billing().record(draft->id)->paid.minorUnits(), qint64(5000));
}

void TestBillingUnits::issueAnnouncesTheCreditItUsed() {
    const Invoice first = issued(10000);
    auto payment =
        m_f->billing().addPayment(first.id, BillingFixture::eur(15000), QDate(2026, 3, 2));
    QVERIFY(payment.ok());
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("More"), 1000, 8000, 0)});
    spy()->clear();
    QVERIFY(m_f->billing().issue(draft->id).ok());
    QCOMPARE(spy()->count(), 1);
    const ChangeSet changes = spy()->at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.ids(RecordKind::Invoice, ChangeOp::Updated), QSet<qint64>{draft->id});
    QCOMPARE(changes.ids(RecordKind::Payment, ChangeOp::Updated), QSet<qint64>{payment->id});
}

// A credit note: the note, its number and the money moved off the cancelled
// invoice as client credit are one step.
void TestBillingUnits::creditNote_data() {
    QTest::addColumn<QString>("statement");
    QTest::newRow("the note") << "^INSERT INTO invoices";
    QTest::newRow("its number") << "^UPDATE invoices SET number";
    QTest::newRow("money released") << "^(DELETE FROM|UPDATE) payment_allocations";
}

void TestBillingUnits::creditNote() {
    QFETCH(QString, statement);
    const Invoice invoice = issued(12000);
    QVERIFY(m_f->billing().addPayment(invoice.id, BillingFixture::eur(12000), QDate(2026, 3, 2)));
    Database& db = m_f->database();
    spy()->clear();
    {
        ScopedStatementFault fault{QRegularExpression(statement)};
        QVERIFY(!m_f->billing().creditInvoice(invoice.id).ok());
        QVERIFY(FaultInjection::fired());
    }
    QCOMPARE(count(db, QStringLiteral("invoices")), qint64(1));
    QCOMPARE(m_f->lastNumber(2026), qint64(1));
    QCOMPARE(m_f->billing().record(invoice.id)->paid.minorUnits(), qint64(12000));
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(), qint64(0));
    QCOMPARE(spy()->count(), 0);
    QVERIFY(m_f->billing().creditInvoice(invoice.id).ok());
}

// A payment for the client settles two invoices: both allocations or none.
void TestBillingUnits::paymentSpreadOverInvoices() {
    const Invoice older = issued(10000);
    const Invoice newer = issued(10000);
    spy()->clear();
    {
        ScopedStatementFault fault{QRegularExpression(QStringLiteral("^INSERT INTO "
                                                                     "payment_allocations")),
                                   1};
        QVERIFY(!m_f->billing()
                     .addClientPayment(m_client, BillingFixture::eur(15000), QDate(2026, 3, 2))
                     .ok());
        QVERIFY(FaultInjection::fired());
    }
    QCOMPARE(count(m_f->database(), QStringLiteral("payments")), qint64(0));
    QCOMPARE(count(m_f->database(), QStringLiteral("payment_allocations")), qint64(0));
    QCOMPARE(spy()->count(), 0);

    auto paid =
        m_f->billing().addClientPayment(m_client, BillingFixture::eur(15000), QDate(2026, 3, 2));
    QVERIFY(paid.ok());
    QCOMPARE(spy()->count(), 1);
    const ChangeSet changes = spy()->at(0).at(0).value<ChangeSet>();
    QCOMPARE(changes.ids(RecordKind::Payment, ChangeOp::Added), QSet<qint64>{paid->id});
    QCOMPARE(changes.ids(RecordKind::Invoice, ChangeOp::Updated),
             (QSet<qint64>{older.id, newer.id}));
}

// Billing a session a package paid for gives its credit back, in the
// draft's own unit of work; deleting the draft lets the package pay again.
void TestBillingUnits::draftWithSessionsGivesCreditsBack() {
    const qint64 offering = package(1);
    QVERIFY(m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 3, 1)).ok());
    const qint64 session = m_f->addSession(m_engagement, QDate(2026, 3, 2));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);
    InvoiceLine line = BillingFixture::line(QStringLiteral("That session"), 1000, 10000, 0);
    line.sessionId = session;
    {
        ScopedStatementFault fault{QRegularExpression(QStringLiteral("^DELETE FROM "
                                                                     "package_credit_uses"))};
        QVERIFY(!m_f->billing().createInvoice(m_client, {line}).ok());
        QVERIFY(FaultInjection::fired());
    }
    QCOMPARE(count(m_f->database(), QStringLiteral("invoices")), qint64(0));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);

    auto draft = m_f->billing().createInvoice(m_client, {line});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 0);
    QVERIFY(m_f->billing().removeDraft(draft->id).ok());
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);
}

QTEST_GUILESS_MAIN(TestBillingUnits)
#include "tst_billing_units.moc"
