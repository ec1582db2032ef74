#include "tst_billing_fixture.h"

#include "storage/InvoiceRepository.h"
#include "storage/OfferingRepository.h"
#include "storage/PackageRepository.h"

#include <QSqlQuery>

using namespace md;
using md::test::BillingFixture;

class TestInvoice final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void draftKeepsTotals();
    void draftCanBeEditedAndDeleted();
    void invalidLinesAreRefused();
    void fromHeldSessions();
    void chargeableCancellationsFollowPolicy();
    void issuedInvoiceRefusedByService();
    void issuedInvoiceRefusedByDatabase_data();
    void issuedInvoiceRefusedByDatabase();
    void creditNoteCancelsAndFreesSessions();
    void issueFreezesPartyDetails();
    void invoicedClientIsArchivedNotDeleted();
    void smallBusinessExemption();
    void retainerPeriodBilledOnce();

private:
    std::unique_ptr<BillingFixture> m_f;
    qint64 m_client = 0;
};

void TestInvoice::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    QVERIFY(m_client > 0);
}

void TestInvoice::cleanup() {
    m_f.reset();
}

void TestInvoice::draftKeepsTotals() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Coaching"), 1500, 8555, 1900),
                   BillingFixture::line(QStringLiteral("Workbook"), 2000, 999, 700)});
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QVERIFY(!draft->isIssued());
    QCOMPARE(draft->currency, QStringLiteral("EUR"));
    QCOMPARE(draft->lines.size(), 2);
    auto record = m_f->billing().record(draft->id);
    QVERIFY(record.ok());
    // 128.33 + 24.38 tax; 19.98 + 1.40 tax
    QCOMPARE(record->net.minorUnits(), qint64(12833 + 1998));
    QCOMPARE(record->tax.minorUnits(), qint64(2438 + 140));
    QCOMPARE(record->total.minorUnits(), qint64(12833 + 1998 + 2438 + 140));
    QCOMPARE(record->clientName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::Draft);
}

void TestInvoice::draftCanBeEditedAndDeleted() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 1900)});
    QVERIFY(draft.ok());
    Invoice edited = *draft;
    edited.lines.append(BillingFixture::line(QStringLiteral("Travel"), 1000, 2500, 0));
    edited.notes = QStringLiteral("Thanks");
    auto updated = m_f->billing().updateDraft(edited);
    QVERIFY2(updated.ok(), qPrintable(updated.message()));
    QCOMPARE(updated->lines.size(), 2);
    QCOMPARE(updated->notes, QStringLiteral("Thanks"));
    QCOMPARE(m_f->billing().record(draft->id)->total.minorUnits(), qint64(11900 + 2500));
    QVERIFY(m_f->billing().removeDraft(draft->id).ok());
    QCOMPARE(m_f->billing().record(draft->id).code(), ErrorCode::NotFound);
}

void TestInvoice::invalidLinesAreRefused() {
    auto noDescription =
        m_f->billing().createInvoice(m_client, {BillingFixture::line(QString(), 1000, 100, 0)});
    QCOMPARE(noDescription.code(), ErrorCode::InvalidInput);
    auto zeroQuantity = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("x"), 0, 100, 0)});
    QCOMPARE(zeroQuantity.code(), ErrorCode::InvalidInput);
    auto noClient = m_f->billing().createInvoice(999, {});
    QVERIFY(!noClient.ok());
    // An empty draft may exist, but not be issued.
    auto empty = m_f->billing().createInvoice(m_client, {});
    QVERIFY(empty.ok());
    QCOMPARE(m_f->billing().issue(empty->id).code(), ErrorCode::InvalidInput);
    // A negative invoice total is refused at issue (that is a credit note).
    auto negative = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Refund"), -1000, 100, 0)});
    QVERIFY(negative.ok());
    QCOMPARE(m_f->billing().issue(negative->id).code(), ErrorCode::InvalidInput);
    QCOMPARE(m_f->lastNumber(2026), qint64(0));
}

void TestInvoice::fromHeldSessions() {
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("120")));
    QVERIFY(m_f->set(QStringLiteral("billing.tax.standard_rate"), QStringLiteral("19")));
    const qint64 engagement = m_f->addEngagement(m_client);
    QVERIFY(engagement > 0);
    const qint64 held1 = m_f->addSession(engagement, QDate(2026, 2, 3));
    const qint64 held2 = m_f->addSession(engagement, QDate(2026, 2, 17), SessionStatus::Held, 90);
    m_f->addSession(engagement, QDate(2026, 3, 3), SessionStatus::Planned);
    m_f->addSession(engagement, QDate(2026, 2, 10), SessionStatus::CancelledByMentor);
    // Marked held ahead of time (an older version allowed it): billed only
    // once it has begun.
    const qint64 ahead = m_f->addSession(engagement, QDate(2026, 3, 9));
    // Another client's session is never billed to this one.
    const qint64 other = m_f->addClient(QStringLiteral("Grace Hopper"));
    m_f->addSession(m_f->addEngagement(other), QDate(2026, 2, 5));

    auto lines = m_f->billing().unbilledSessionLines(m_client);
    QVERIFY2(lines.ok(), qPrintable(lines.message()));
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).sessionId, held1);
    QCOMPARE(lines->at(1).sessionId, held2);
    QCOMPARE(lines->at(0).unitPriceMinor, qint64(12000));
    QCOMPARE(lines->at(0).taxRateBasisPoints, 1900);
    QCOMPARE(lines->at(0).serviceDate, QDate(2026, 2, 3));
    QVERIFY(lines->at(1).description.contains(QStringLiteral("90")));

    auto invoice = m_f->billing().createFromSessions(m_client);
    QVERIFY2(invoice.ok(), qPrintable(invoice.message()));
    QCOMPARE(invoice->lines.size(), 2);
    // Already on a draft: nothing left to bill.
    QVERIFY(m_f->billing().unbilledSessionLines(m_client)->isEmpty());
    QCOMPARE(m_f->billing().createFromSessions(m_client).code(), ErrorCode::InvalidInput);
    // Deleting the draft frees them again.
    QVERIFY(m_f->billing().removeDraft(invoice->id).ok());
    QCOMPARE(m_f->billing().unbilledSessionLines(m_client)->size(), 2);
    m_f->clock().set(QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC));
    lines = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(lines->size(), 3);
    QCOMPARE(lines->at(2).sessionId, ahead);

    // With a single session on the price list, its price wins.
    Offering single;
    single.kind = OfferingKind::SingleSession;
    single.name = QStringLiteral("Mentoring session");
    single.price = BillingFixture::eur(15000);
    single.taxRateBasisPoints = 700;
    QVERIFY(m_f->billing().addOffering(single).ok());
    lines = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(lines->at(0).unitPriceMinor, qint64(15000));
    QCOMPARE(lines->at(0).taxRateBasisPoints, 700);
}

void TestInvoice::chargeableCancellationsFollowPolicy() {
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("100")));
    const qint64 engagement = m_f->addEngagement(m_client);
    m_f->addSession(engagement, QDate(2026, 2, 3), SessionStatus::NoShow);
    m_f->addSession(engagement, QDate(2026, 2, 4), SessionStatus::CancelledByClient);
    QVERIFY(m_f->billing().unbilledSessionLines(m_client)->isEmpty());
    QVERIFY(m_f->set(QStringLiteral("billing.policy.no_show_chargeable"), QStringLiteral("yes")));
    QCOMPARE(m_f->billing().unbilledSessionLines(m_client)->size(), 1);
    QVERIFY(m_f->set(QStringLiteral("billing.policy.late_cancellation_chargeable"),
                     QStringLiteral("true")));
    auto lines = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(lines->size(), 2);
    QVERIFY(lines->at(0).description.contains(QStringLiteral("no-show")));
}

void TestInvoice::issuedInvoiceRefusedByService() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 1900)});
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY2(issued.ok(), qPrintable(issued.message()));
    QCOMPARE(issued->number, QStringLiteral("2026-0001"));
    QCOMPARE(issued->issueDate, QDate(2026, 3, 2));
    QCOMPARE(issued->dueDate, QDate(2026, 3, 16)); // 14 days by default
    Invoice changed = *issued;
    changed.lines.first().unitPriceMinor = 1;
    QCOMPARE(m_f->billing().updateDraft(changed).code(), ErrorCode::Refused);
    QCOMPARE(m_f->billing().removeDraft(issued->id).code(), ErrorCode::Refused);
    QCOMPARE(m_f->billing().issue(issued->id).code(), ErrorCode::Refused);
    QCOMPARE(m_f->billing().invoice(issued->id)->lines.first().unitPriceMinor, qint64(10000));
}

void TestInvoice::issuedInvoiceRefusedByDatabase_data() {
    QTest::addColumn<QString>("sql");
    QTest::newRow("update header") << "UPDATE invoices SET notes = 'x' WHERE id = :id";
    QTest::newRow("update total") << "UPDATE invoices SET total_minor = 1 WHERE id = :id";
    QTest::newRow("renumber") << "UPDATE invoices SET number = '2026-0099' WHERE id = :id";
    QTest::newRow("delete") << "DELETE FROM invoices WHERE id = :id";
    QTest::newRow("update line")
        << "UPDATE invoice_lines SET unit_price_minor = 1 WHERE invoice_id = :id";
    QTest::newRow("move line away")
        << "UPDATE invoice_lines SET invoice_id = :draft WHERE invoice_id = :id";
    QTest::newRow("delete line") << "DELETE FROM invoice_lines WHERE invoice_id = :id";
    QTest::newRow("add line")
        << "INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, "
           "unit_price_minor, tax_rate_bp, net_minor, tax_minor) "
           "VALUES (:id, 9, 'extra', 1000, 100, 0, 100, 0)";
    QTest::newRow("born issued")
        << "INSERT INTO invoices (client_id, currency, number, number_year, number_seq, "
           "issue_date, created_utc, updated_utc) VALUES ((SELECT client_id FROM invoices "
           "WHERE id = :id), 'EUR', 'X-1', 2026, 99, '2026-03-02', 'now', 'now')";
    QTest::newRow("counter back") << "UPDATE invoice_number_counters SET last_number = 0";
    QTest::newRow("counter skip")
        << "UPDATE invoice_number_counters SET last_number = last_number + 2";
    QTest::newRow("counter delete") << "DELETE FROM invoice_number_counters";
    QTest::newRow("number not from counter")
        << "UPDATE invoices SET number = 'X', number_year = 2026, number_seq = 7, "
           "issue_date = '2026-03-02' WHERE id = :draft";
}

void TestInvoice::issuedInvoiceRefusedByDatabase() {
    QFETCH(QString, sql);
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 1900)});
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    auto other = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Other"), 1000, 500, 0)});
    QVERIFY(other.ok());
    sql.replace(QStringLiteral(":id"), QString::number(issued->id));
    sql.replace(QStringLiteral(":draft"), QString::number(other->id));
    QSqlQuery query(m_f->database().connection());
    QVERIFY2(!query.exec(sql), "the database accepted a change to an issued invoice");
    // Still exactly as issued.
    auto after = m_f->billing().invoice(issued->id);
    QVERIFY(after.ok());
    QCOMPARE(after->number, QStringLiteral("2026-0001"));
    QCOMPARE(after->lines.size(), 1);
    QCOMPARE(after->lines.first().unitPriceMinor, qint64(10000));
    QCOMPARE(m_f->lastNumber(2026), qint64(1));
    // Drafts stay editable in SQL too (the triggers only guard issued rows).
    QSqlQuery draftEdit(m_f->database().connection());
    QVERIFY(draftEdit.exec(
        QStringLiteral("UPDATE invoices SET notes = 'ok' WHERE id = %1").arg(other->id)));
}

void TestInvoice::creditNoteCancelsAndFreesSessions() {
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("99.99")));
    QVERIFY(m_f->set(QStringLiteral("billing.tax.standard_rate"), QStringLiteral("19")));
    const qint64 engagement = m_f->addEngagement(m_client);
    m_f->addSession(engagement, QDate(2026, 2, 3));
    auto invoice = m_f->billing().createFromSessions(
        m_client, {BillingFixture::line(QStringLiteral("Workbook"), 3000, 1050, 700)});
    QVERIFY(invoice.ok());
    auto issued = m_f->billing().issue(invoice->id);
    QVERIFY(issued.ok());
    QVERIFY(m_f->billing().unbilledSessionLines(m_client)->isEmpty());

    auto credit = m_f->billing().creditInvoice(issued->id);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    QVERIFY(credit->isCreditNote());
    QCOMPARE(credit->number, QStringLiteral("2026-0002"));
    QCOMPARE(credit->creditOfId, issued->id);
    const InvoiceTotals original = issued->totals();
    const InvoiceTotals negated = credit->totals();
    QCOMPARE(negated.total, -original.total);
    QCOMPARE(negated.tax, -original.tax);
    QCOMPARE(negated.byRate.size(), original.byRate.size());
    for (int i = 0; i < negated.byRate.size(); ++i)
        QCOMPARE(negated.byRate.at(i).tax, -original.byRate.at(i).tax);

    auto record = m_f->billing().record(issued->id);
    QCOMPARE(m_f->billing().statusOf(*record), InvoiceStatus::Cancelled);
    QCOMPARE(record->outstanding().minorUnits(), qint64(0));
    QCOMPARE(m_f->billing().record(credit->id)->creditOfNumber, QStringLiteral("2026-0001"));
    // A second credit note for the same invoice is refused.
    QCOMPARE(m_f->billing().creditInvoice(issued->id).code(), ErrorCode::AlreadyExists);
    // A credit note cannot itself be credited, nor a draft.
    const auto creditOfCredit = m_f->billing().creditInvoice(credit->id);
    QCOMPARE(creditOfCredit.code(), ErrorCode::Refused);
    // ... and says so, rather than calling the issued credit note a draft.
    QVERIFY2(creditOfCredit.message().contains(QStringLiteral("2026-0002 is itself a credit note")),
             qPrintable(creditOfCredit.message()));
    // The cancelled invoice's session can be billed again.
    QCOMPARE(m_f->billing().unbilledSessionLines(m_client)->size(), 1);
}

void TestInvoice::issueFreezesPartyDetails() {
    QVERIFY(m_f->settings().setValue(QStringLiteral("billing.bank.iban"),
                                     QStringLiteral("DE89 3704 0044 0532 0130 00")));
    InvoiceRecipient recipient;
    recipient.clientId = m_client;
    recipient.billingName = QStringLiteral("Analytical Engines Ltd");
    recipient.address = QStringLiteral("12 St James's Square\nLondon");
    QVERIFY(m_f->billing().saveRecipient(recipient).ok());
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 0)});
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    QVERIFY(issued->billTo.contains(QStringLiteral("Analytical Engines Ltd")));
    QVERIFY(issued->billTo.contains(QStringLiteral("London")));

    // Later changes of address and bank do not alter the issued invoice.
    recipient.address = QStringLiteral("Somewhere else");
    QVERIFY(m_f->billing().saveRecipient(recipient).ok());
    QVERIFY(m_f->settings().setValue(QStringLiteral("billing.bank.iban"),
                                     QStringLiteral("GB29 NWBK 6016 1331 9268 19")));
    auto doc = m_f->billing().document(issued->id);
    QVERIFY(doc.ok());
    QVERIFY(doc->invoice.billTo.contains(QStringLiteral("London")));
    QCOMPARE(doc->seller.iban, QStringLiteral("DE89370400440532013000"));
    // A draft shows the current details.
    auto next = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 0)});
    auto draftDoc = m_f->billing().document(next->id);
    QVERIFY(draftDoc->invoice.billTo.contains(QStringLiteral("Somewhere else")));
    QCOMPARE(draftDoc->seller.iban, QStringLiteral("GB29NWBK60161331926819"));
}

void TestInvoice::smallBusinessExemption() {
    QVERIFY(m_f->set(QStringLiteral("billing.tax.standard_rate"), QStringLiteral("19")));
    QVERIFY(m_f->set(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")));
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 1900)});
    QVERIFY(draft.ok());
    QCOMPARE(draft->lines.first().taxRateBasisPoints, 0);
    QCOMPARE(draft->totals().tax.minorUnits(), qint64(0));
    // A line with tax slipped in through an edit is refused at issue.
    Invoice edited = *draft;
    edited.lines.first().taxRateBasisPoints = 1900;
    QVERIFY(m_f->billing().updateDraft(edited).ok());
    QCOMPARE(m_f->billing().issue(draft->id).code(), ErrorCode::InvalidInput);
    edited.lines.first().taxRateBasisPoints = 0;
    QVERIFY(m_f->billing().updateDraft(edited).ok());
    auto issued = m_f->billing().issue(draft->id);
    QVERIFY(issued.ok());
    auto doc = m_f->billing().document(issued->id);
    QVERIFY(doc->seller.taxExempt);
    QVERIFY(!doc->seller.exemptionText.isEmpty());
}

void TestInvoice::retainerPeriodBilledOnce() {
    Offering retainer;
    retainer.kind = OfferingKind::Retainer;
    retainer.name = QStringLiteral("Executive retainer");
    retainer.price = BillingFixture::eur(90000);
    retainer.taxRateBasisPoints = 1900;
    auto offering = m_f->billing().addOffering(retainer);
    QVERIFY(offering.ok());
    auto march = m_f->billing().createForRetainer(m_client, offering->id, QDate(2026, 3, 15));
    QVERIFY2(march.ok(), qPrintable(march.message()));
    QCOMPARE(march->lines.first().period, QStringLiteral("2026-03"));
    QCOMPARE(march->lines.first().unitPriceMinor, qint64(90000));
    QCOMPARE(m_f->billing().createForRetainer(m_client, offering->id, QDate(2026, 3, 1)).code(),
             ErrorCode::AlreadyExists);
    QVERIFY(m_f->billing().createForRetainer(m_client, offering->id, QDate(2026, 4, 1)).ok());
}

// Deleting a client with invoices is refused in words, not with the
// database's "FOREIGN KEY constraint failed", and nothing is removed.
void TestInvoice::invoicedClientIsArchivedNotDeleted() {
    auto draft = m_f->billing().createInvoice(
        m_client, {BillingFixture::line(QStringLiteral("Session"), 1000, 10000, 0)});
    QVERIFY(draft.ok());
    Status removed = m_f->workspace()->clients().remove(m_client);
    QCOMPARE(removed.code(), ErrorCode::Refused);
    QVERIFY2(removed.message().contains(QStringLiteral("1 invoice")) &&
                 removed.message().contains(QStringLiteral("Archive")),
             qPrintable(removed.message()));
    QVERIFY(m_f->workspace()->clients().get(m_client).ok());
    QVERIFY(m_f->billing().invoice(draft->id).ok());

    // A client without such records is deleted as before.
    const qint64 other = m_f->addClient(QStringLiteral("Grace"));
    QVERIFY(m_f->workspace()->clients().remove(other).ok());
    QCOMPARE(m_f->workspace()->clients().get(other).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestInvoice)
#include "tst_invoice.moc"
