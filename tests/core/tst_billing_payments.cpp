#include "tst_billing_fixture.h"

using namespace md;
using md::test::BillingFixture;

class TestBillingPayments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void partialThenFull();
    void overpaymentBecomesCreditForNextInvoice();
    void creditNeverPaysAnotherCurrency();
    void overdueFollowsTheClock_data();
    void overdueFollowsTheClock();
    void paymentWithoutInvoiceSettlesOldestFirst();
    void creditNoteAfterPaymentReturnsMoneyAsCredit();
    void refusedPayments();
    void removingAPaymentReopensTheInvoice();
    void clientBalance();

private:
    Invoice issued(qint64 cents);
    std::unique_ptr<BillingFixture> m_f;
    qint64 m_client = 0;
};

void TestBillingPayments::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
}

void TestBillingPayments::cleanup() {
    m_f.reset();
}

Invoice TestBillingPayments::issued(qint64 cents) {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Sessions"), 1000, cents, 0)});
    auto done = m_f->billing().issue(draft->id);
    if (!done)
        qWarning() << done.message();
    return done ? *done : Invoice();
}

void TestBillingPayments::partialThenFull() {
    const Invoice invoice = issued(30000);
    QCOMPARE(m_f->billing().statusOf(*m_f->billing().record(invoice.id)), InvoiceStatus::Issued);
    auto first =
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(10000), QDate(2026, 3, 2),
                                  PaymentMethod::Cash, QStringLiteral("receipt 17"));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    auto record = m_f->billing().record(invoice.id);
    QCOMPARE(record->paid.minorUnits(), qint64(10000));
    QCOMPARE(record->outstanding().minorUnits(), qint64(20000));
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::PartiallyPaid);

    QVERIFY(
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(20000), QDate(2026, 3, 2)).ok());
    record = m_f->billing().record(invoice.id);
    QCOMPARE(record->outstanding().minorUnits(), qint64(0));
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::Paid);
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(), qint64(0));
    // Paid stays paid however late it gets.
    m_f->clock().advanceDays(365);
    QCOMPARE(m_f->billing().statusOf(*m_f->billing().record(invoice.id)), InvoiceStatus::Paid);
}

void TestBillingPayments::overpaymentBecomesCreditForNextInvoice() {
    const Invoice first = issued(10000);
    QVERIFY(
        m_f->billing().addPayment(first.id, BillingFixture::eur(15000), QDate(2026, 3, 3)).ok());
    auto record = m_f->billing().record(first.id);
    QCOMPARE(record->paid.minorUnits(), qint64(10000)); // never more than owed
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::Paid);
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(),
             qint64(5000));

    // The next invoice uses the credit when it is issued.
    const Invoice second = issued(8000);
    auto next = m_f->billing().record(second.id);
    QCOMPARE(next->paid.minorUnits(), qint64(5000));
    QCOMPARE(next->outstanding().minorUnits(), qint64(3000));
    QCOMPARE(m_f->billing().statusOf(*next), InvoiceStatus::PartiallyPaid);
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(), qint64(0));
    // The PDF shows it as paid / credit applied.
    auto doc = m_f->billing().document(second.id);
    QCOMPARE(doc->paid.minorUnits(), qint64(5000));

    // Credit larger than the next invoice: it is fully covered and the rest remains.
    QVERIFY(
        m_f->billing().addPayment(second.id, BillingFixture::eur(13000), QDate(2026, 3, 3)).ok());
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(),
             qint64(10000));
    const Invoice third = issued(4000);
    QCOMPARE(m_f->billing().statusOf(*m_f->billing().record(third.id)), InvoiceStatus::Paid);
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(),
             qint64(6000));
}

// After a change of the workspace currency, euros left over as credit do not
// pay a franc invoice as if the amounts were the same.
void TestBillingPayments::creditNeverPaysAnotherCurrency() {
    const Invoice first = issued(10000);
    QVERIFY(
        m_f->billing().addPayment(first.id, BillingFixture::eur(15000), QDate(2026, 3, 3)).ok());
    QVERIFY(m_f->set(QStringLiteral("billing.currency"), QStringLiteral("CHF")));
    const Invoice francs = issued(8000);
    QCOMPARE(francs.currency, QStringLiteral("CHF"));
    auto record = m_f->billing().record(francs.id);
    QCOMPARE(record->paid.minorUnits(), qint64(0));
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::Issued);
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("CHF"))->minorUnits(), qint64(0));
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(),
             qint64(5000));
}

void TestBillingPayments::overdueFollowsTheClock_data() {
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<qint64>("paidCents");
    QTest::addColumn<int>("status");
    // Issued 2026-03-02 with 14 days of terms: due 2026-03-16.
    QTest::newRow("issue day") << 0 << qint64(0) << int(InvoiceStatus::Issued);
    QTest::newRow("due day") << 14 << qint64(0) << int(InvoiceStatus::Issued);
    QTest::newRow("day after") << 15 << qint64(0) << int(InvoiceStatus::Overdue);
    QTest::newRow("partly paid, late") << 40 << qint64(100) << int(InvoiceStatus::Overdue);
    QTest::newRow("partly paid, in time") << 3 << qint64(100) << int(InvoiceStatus::PartiallyPaid);
    QTest::newRow("paid, late") << 40 << qint64(10000) << int(InvoiceStatus::Paid);
}

void TestBillingPayments::overdueFollowsTheClock() {
    QFETCH(int, daysLater);
    QFETCH(qint64, paidCents);
    QFETCH(int, status);
    const Invoice invoice = issued(10000);
    QCOMPARE(invoice.dueDate, QDate(2026, 3, 16));
    if (paidCents > 0)
        QVERIFY(m_f->billing()
                    .addPayment(invoice.id, BillingFixture::eur(paidCents), QDate(2026, 3, 2))
                    .ok());
    m_f->clock().advanceDays(daysLater);
    const auto record = m_f->billing().record(invoice.id);
    QCOMPARE(int(m_f->billing().statusOf(*record)), status);
    if (status == int(InvoiceStatus::Overdue)) {
        QCOMPARE(InvoiceStatusRules::daysOverdue(*record, m_f->clock().today()), daysLater - 14);
        InvoiceQuery query;
        query.status = InvoiceStatus::Overdue;
        QCOMPARE(m_f->billing().list(query)->size(), 1);
    }
}

void TestBillingPayments::paymentWithoutInvoiceSettlesOldestFirst() {
    const Invoice older = issued(10000);
    m_f->clock().advanceDays(3);
    const Invoice newer = issued(10000);
    auto paid =
        m_f->billing().addClientPayment(m_client, BillingFixture::eur(15000), QDate(2026, 3, 5));
    QVERIFY2(paid.ok(), qPrintable(paid.message()));
    QVERIFY(paid.ok());
    QCOMPARE(m_f->billing().statusOf(*m_f->billing().record(older.id)), InvoiceStatus::Paid);
    QCOMPARE(m_f->billing().record(newer.id)->paid.minorUnits(), qint64(5000));
    auto payments = m_f->billing().payments();
    QCOMPARE(payments->size(), 1);
    QCOMPARE(payments->first().invoiceNumbers,
             (QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0002")}));
}

void TestBillingPayments::creditNoteAfterPaymentReturnsMoneyAsCredit() {
    const Invoice invoice = issued(12000);
    QVERIFY(
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(12000), QDate(2026, 3, 3)).ok());
    QVERIFY(m_f->billing().creditInvoice(invoice.id).ok());
    auto record = m_f->billing().record(invoice.id);
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::Cancelled);
    QCOMPARE(record->paid.minorUnits(), qint64(0));
    QCOMPARE(m_f->billing().clientCredit(m_client, QStringLiteral("EUR"))->minorUnits(),
             qint64(12000));
}

void TestBillingPayments::refusedPayments() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("x"), 1000, 100, 0)});
    QCOMPARE(
        m_f->billing().addPayment(draft->id, BillingFixture::eur(100), QDate(2026, 3, 2)).code(),
        ErrorCode::Refused);
    const Invoice invoice = issued(100);
    QCOMPARE(
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(0), QDate(2026, 3, 2)).code(),
        ErrorCode::InvalidInput);
    QCOMPARE(
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(-5), QDate(2026, 3, 2)).code(),
        ErrorCode::InvalidInput);
    QCOMPARE(m_f->billing()
                 .addPayment(invoice.id, Money(100, QStringLiteral("USD")), QDate(2026, 3, 2))
                 .code(),
             ErrorCode::InvalidInput);
    QCOMPARE(
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(100), QDate(2027, 1, 1)).code(),
        ErrorCode::InvalidInput);
    auto credit = m_f->billing().creditInvoice(invoice.id);
    QCOMPARE(
        m_f->billing().addPayment(credit->id, BillingFixture::eur(100), QDate(2026, 3, 2)).code(),
        ErrorCode::Refused);
    QVERIFY(m_f->billing().payments()->isEmpty());
}

void TestBillingPayments::removingAPaymentReopensTheInvoice() {
    const Invoice invoice = issued(5000);
    auto payment =
        m_f->billing().addPayment(invoice.id, BillingFixture::eur(5000), QDate(2026, 3, 2));
    QCOMPARE(m_f->billing().statusOf(*m_f->billing().record(invoice.id)), InvoiceStatus::Paid);
    QVERIFY(m_f->billing().removePayment(payment->id).ok());
    QCOMPARE(m_f->billing().statusOf(*m_f->billing().record(invoice.id)), InvoiceStatus::Issued);
}

void TestBillingPayments::clientBalance() {
    const Invoice a = issued(10000);
    m_f->clock().advanceDays(20);
    const Invoice b = issued(5000);
    QVERIFY(m_f->billing().addPayment(a.id, BillingFixture::eur(2500), QDate(2026, 3, 20)).ok());
    auto balance = m_f->billing().clientBalance(m_client);
    QVERIFY(balance.ok());
    QCOMPARE(balance->outstanding.minorUnits(), qint64(12500));
    QCOMPARE(balance->overdue.minorUnits(), qint64(7500)); // a is due 2026-03-16
    QCOMPARE(balance->openInvoices, 2);
    QCOMPARE(balance->credit.minorUnits(), qint64(0));
    QVERIFY(m_f->billing().addPayment(b.id, BillingFixture::eur(6000), QDate(2026, 3, 22)).ok());
    balance = m_f->billing().clientBalance(m_client);
    QCOMPARE(balance->outstanding.minorUnits(), qint64(7500));
    QCOMPARE(balance->credit.minorUnits(), qint64(1000));
    QCOMPARE(balance->net().minorUnits(), qint64(6500));
}

QTEST_GUILESS_MAIN(TestBillingPayments)
#include "tst_billing_payments.moc"
