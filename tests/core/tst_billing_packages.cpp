#include "tst_billing_fixture.h"

using namespace md;
using md::test::BillingFixture;

class TestBillingPackages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void heldSessionsUseCredits();
    void fifoByExpiry();
    void expiredCreditsAreNotUsed();
    void correctedSessionGivesCreditBack();
    void warnings();
    void packageSaleInvoice();
    void saleWithoutItsInvoiceIsTakenBack();

private:
    qint64 package(int sessions, int months, qint64 cents);
    std::unique_ptr<BillingFixture> m_f;
    qint64 m_client = 0;
    qint64 m_engagement = 0;
};

void TestBillingPackages::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    m_engagement = m_f->addEngagement(m_client);
    QVERIFY(m_engagement > 0);
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("150")));
}

void TestBillingPackages::cleanup() {
    m_f.reset();
}

qint64 TestBillingPackages::package(int sessions, int months, qint64 cents) {
    Offering offering;
    offering.kind = OfferingKind::Package;
    offering.name = QStringLiteral("%1-session package").arg(sessions);
    offering.price = BillingFixture::eur(cents);
    offering.sessionCount = sessions;
    offering.validityMonths = months;
    offering.taxRateBasisPoints = 1900;
    auto added = m_f->billing().addOffering(offering);
    if (!added)
        qWarning() << added.message();
    return added ? added->id : 0;
}

void TestBillingPackages::heldSessionsUseCredits() {
    const qint64 offering = package(3, 6, 40000);
    auto sale = m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 1, 10));
    QVERIFY2(sale.ok(), qPrintable(sale.message()));
    QCOMPARE(sale->validUntil, QDate(2026, 7, 9));
    QCOMPARE(sale->sessionCount, 3);
    for (int day : {12, 19, 26, 28})
        m_f->addSession(m_engagement, QDate(2026, 1, day));
    m_f->addSession(m_engagement, QDate(2026, 2, 2), SessionStatus::Planned);

    auto credits = m_f->billing().credits(m_engagement);
    QVERIFY2(credits.ok(), qPrintable(credits.message()));
    QCOMPARE(credits->size(), 1);
    QCOMPARE(credits->first().used, 3);
    QCOMPARE(credits->first().remaining(), 0);
    QVERIFY(credits->first()
                .usageText(QLocale(QLocale::English))
                .startsWith(QStringLiteral("3 of 3 used, valid until")));
    // Only the fourth held session is billed on its own.
    auto lines = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().serviceDate, QDate(2026, 1, 28));
}

void TestBillingPackages::fifoByExpiry() {
    // Sold later but expiring sooner: used first.
    const qint64 longOne = package(5, 12, 50000);
    const qint64 shortOne = package(2, 1, 20000);
    auto first = m_f->billing().sellPackage(m_engagement, longOne, QDate(2026, 1, 1));
    auto second = m_f->billing().sellPackage(m_engagement, shortOne, QDate(2026, 1, 5));
    QVERIFY(first.ok() && second.ok());
    for (int day : {6, 13, 20})
        m_f->addSession(m_engagement, QDate(2026, 1, day));
    auto credits = m_f->billing().credits(m_engagement);
    QCOMPARE(credits->size(), 2);
    QCOMPARE(credits->at(0).sale.id, first->id);
    QCOMPARE(credits->at(0).used, 1);
    QCOMPARE(credits->at(1).used, 2);
    QVERIFY(m_f->billing().unbilledSessionLines(m_client)->isEmpty());
}

void TestBillingPackages::expiredCreditsAreNotUsed() {
    const qint64 offering = package(4, 1, 30000);
    QVERIFY(m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 1, 1)).ok());
    m_f->addSession(m_engagement, QDate(2026, 1, 20));
    m_f->addSession(m_engagement, QDate(2026, 2, 3));   // after 2026-01-31
    m_f->addSession(m_engagement, QDate(2025, 12, 20)); // before the sale
    auto credits = m_f->billing().credits(m_engagement);
    QCOMPARE(credits->first().used, 1);
    QCOMPARE(m_f->billing().unbilledSessionLines(m_client)->size(), 2);
}

void TestBillingPackages::correctedSessionGivesCreditBack() {
    const qint64 offering = package(2, 0, 30000);
    QVERIFY(m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 1, 1)).ok());
    const qint64 session = m_f->addSession(m_engagement, QDate(2026, 1, 20));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);
    QVERIFY(m_f->setSessionStatus(session, SessionStatus::CancelledByMentor));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 0);
    QVERIFY(m_f->setSessionStatus(session, SessionStatus::Held));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);
    QVERIFY(!m_f->billing().credits(m_engagement)->first().sale.validUntil.isValid());
}

void TestBillingPackages::warnings() {
    const qint64 offering = package(3, 1, 30000);
    QVERIFY(m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 2, 10)).ok());
    // 2026-03-02: expires 2026-03-09, within two weeks.
    m_f->addSession(m_engagement, QDate(2026, 2, 24));
    m_f->addSession(m_engagement, QDate(2026, 2, 27));
    auto warnings = m_f->billing().creditWarnings(m_engagement);
    QVERIFY(warnings.ok());
    QStringList kinds;
    for (const CreditWarning& w : *warnings)
        kinds << QString::number(int(w.kind));
    QVERIFY(kinds.contains(QString::number(int(CreditWarning::Kind::ExpiringSoon))));
    QVERIFY(kinds.contains(QString::number(int(CreditWarning::Kind::RunningLow))));

    m_f->addSession(m_engagement, QDate(2026, 3, 1));
    warnings = m_f->billing().creditWarnings(m_engagement);
    QCOMPARE(warnings->size(), 1);
    QCOMPARE(warnings->first().kind, CreditWarning::Kind::UsedUp);

    // A new package with one unused credit that then expires.
    QVERIFY(m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 3, 2)).ok());
    m_f->clock().set(QDateTime(QDate(2026, 4, 5), QTime(9, 0), Qt::UTC));
    warnings = m_f->billing().creditWarnings(m_engagement);
    bool expired = false;
    for (const CreditWarning& w : *warnings)
        expired = expired || w.kind == CreditWarning::Kind::ExpiredUnused;
    QVERIFY(expired);
}

void TestBillingPackages::packageSaleInvoice() {
    const qint64 offering = package(8, 6, 96000);
    auto sale = m_f->billing().sellPackage(m_engagement, offering, QDate(2026, 3, 2));
    auto invoice = m_f->billing().createFromPackageSale(sale->id);
    QVERIFY2(invoice.ok(), qPrintable(invoice.message()));
    QCOMPARE(invoice->lines.size(), 1);
    QCOMPARE(invoice->lines.first().packageSaleId, sale->id);
    QCOMPARE(invoice->totals().total.minorUnits(), qint64(96000 + 18240));
    QCOMPARE(m_f->billing().createFromPackageSale(sale->id).code(), ErrorCode::AlreadyExists);
    QVERIFY(m_f->billing().issue(invoice->id).ok());
    QCOMPARE(m_f->billing().credits(m_engagement)->first().invoiceId, invoice->id);
    // A billed sale cannot be removed.
    QCOMPARE(m_f->billing().removePackageSale(sale->id).code(), ErrorCode::Refused);
}

// sellPackageAndBill: when the draft cannot be made (here the workspace
// currency changed since the package was priced), no sale stays behind that
// nothing could bill.
void TestBillingPackages::saleWithoutItsInvoiceIsTakenBack() {
    const qint64 offering = package(4, 6, 40000);
    QVERIFY(m_f->set(QStringLiteral("billing.currency"), QStringLiteral("CHF")));
    auto refused = m_f->billing().sellPackageAndBill(m_engagement, offering, QDate(2026, 3, 2));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("priced in EUR")),
             qPrintable(refused.message()));
    QVERIFY(m_f->billing().credits(m_engagement)->isEmpty());

    QVERIFY(m_f->set(QStringLiteral("billing.currency"), QStringLiteral("EUR")));
    auto sold = m_f->billing().sellPackageAndBill(m_engagement, offering, QDate(2026, 3, 2));
    QVERIFY2(sold.ok(), qPrintable(sold.message()));
    auto credits = m_f->billing().credits(m_engagement);
    QCOMPARE(credits->size(), 1);
    QCOMPARE(credits->first().invoiceId, sold->id);
}

QTEST_GUILESS_MAIN(TestBillingPackages)
#include "tst_billing_packages.moc"
