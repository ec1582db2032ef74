#include "tst_billing_fixture.h"

#include "billing/InvoiceNumberPattern.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace md;
using md::test::BillingFixture;

class TestInvoiceNumbering final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pattern_data();
    void pattern();
    void invalidPatterns_data();
    void invalidPatterns();
    void gaplessAcrossCrashAndCreditNote();
    void crashInsideIssuingTransaction();
    void failedIssueUsesNoNumber();
    void sequenceRestartsEachYear();
    void patternChangeKeepsSequence();
    void creditAfterSwitchToExemption();
    void failedCreditNoteLeavesNothing();
    void leftoverDraftCreditNoteIsIssued();

private:
    static Invoice draft(BillingFixture& f, qint64 client, const QString& what);
    static QStringList numbersInOrder(BillingFixture& f);
};

void TestInvoiceNumbering::pattern_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("number");
    QTest::newRow("default") << "{YYYY}-{NNNN}" << 2026 << qint64(1) << "2026-0001";
    QTest::newRow("grows") << "{YYYY}-{NNNN}" << 2026 << qint64(12345) << "2026-12345";
    QTest::newRow("prefix") << "RE-{YY}/{NNN}" << 2027 << qint64(42) << "RE-27/042";
    QTest::newRow("no padding") << "{N}-{YYYY}" << 2026 << qint64(7) << "7-2026";
}

void TestInvoiceNumbering::pattern() {
    QFETCH(QString, pattern);
    QFETCH(int, year);
    QFETCH(qint64, sequence);
    QFETCH(QString, number);
    QVERIFY(InvoiceNumberPattern::validate(pattern).ok());
    QCOMPARE(InvoiceNumberPattern::format(pattern, year, sequence), number);
}

void TestInvoiceNumbering::invalidPatterns_data() {
    QTest::addColumn<QString>("pattern");
    QTest::newRow("no year") << "INV-{NNNN}";
    QTest::newRow("no sequence") << "{YYYY}";
    QTest::newRow("two sequences") << "{YYYY}-{NN}-{NN}";
    QTest::newRow("unknown token") << "{YYYY}-{MM}-{NNNN}";
    QTest::newRow("slash is fine but backslash not") << "{YYYY}\\{NNNN}";
    QTest::newRow("empty") << "";
}

void TestInvoiceNumbering::invalidPatterns() {
    QFETCH(QString, pattern);
    QVERIFY(!InvoiceNumberPattern::validate(pattern).ok());
}

Invoice TestInvoiceNumbering::draft(BillingFixture& f, qint64 client, const QString& what) {
    auto created = f.billing().createInvoice(client, {BillingFixture::line(what, 1000, 5000, 0)});
    if (!created)
        qWarning() << created.message();
    return created ? *created : Invoice();
}

QStringList TestInvoiceNumbering::numbersInOrder(BillingFixture& f) {
    QStringList numbers;
    QSqlQuery q(f.database().connection());
    q.exec(QStringLiteral(
        "SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number_year, number_seq"));
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

void TestInvoiceNumbering::gaplessAcrossCrashAndCreditNote() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    const qint64 a = draft(f, client, QStringLiteral("A")).id;
    const qint64 b = draft(f, client, QStringLiteral("B")).id;
    QVERIFY(a > 0 && b > 0);

    // The program dies between creating and issuing: drafts hold no number.
    QVERIFY(f.reopen());
    QCOMPARE(f.lastNumber(2026), qint64(0));

    QCOMPARE(f.billing().issue(b)->number, QStringLiteral("2026-0001"));
    const qint64 c = draft(f, client, QStringLiteral("C")).id;
    // A credit note in between takes the next number of the same sequence.
    auto credit = f.billing().creditInvoice(b);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    QCOMPARE(credit->number, QStringLiteral("2026-0002"));
    QVERIFY(f.reopen());
    QCOMPARE(f.billing().issue(a)->number, QStringLiteral("2026-0003"));
    // A draft deleted before issue never had a number to lose.
    QVERIFY(f.billing().removeDraft(c).ok());
    const qint64 d = draft(f, client, QStringLiteral("D")).id;
    QCOMPARE(f.billing().issue(d)->number, QStringLiteral("2026-0004"));

    QCOMPARE(numbersInOrder(f),
             (QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0002"),
                          QStringLiteral("2026-0003"), QStringLiteral("2026-0004")}));
    QCOMPARE(f.lastNumber(2026), qint64(4));
}

void TestInvoiceNumbering::crashInsideIssuingTransaction() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("first")).id)->number,
             QStringLiteral("2026-0001"));
    const qint64 second = draft(f, client, QStringLiteral("second")).id;

    // Half an issue: the counter moved and the invoice got its number, but
    // the process dies before COMMIT.
    {
        QSqlDatabase db = f.database().connection();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE invoice_number_counters SET last_number = 2 "
                                      "WHERE year = 2026")));
        QVERIFY(q.exec(QStringLiteral("UPDATE invoices SET number = '2026-0002', "
                                      "number_year = 2026, number_seq = 2, "
                                      "issue_date = '2026-03-02' WHERE id = %1")
                           .arg(second)));
    }
    QVERIFY(f.reopen()); // closes without commit

    QCOMPARE(f.lastNumber(2026), qint64(1));
    QVERIFY(!f.billing().invoice(second)->isIssued());
    QCOMPARE(f.billing().issue(second)->number, QStringLiteral("2026-0002"));
}

void TestInvoiceNumbering::failedIssueUsesNoNumber() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    auto empty = f.billing().createInvoice(client, {});
    QVERIFY(!f.billing().issue(empty->id).ok());
    QCOMPARE(f.lastNumber(2026), qint64(0));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("x")).id)->number,
             QStringLiteral("2026-0001"));
}

void TestInvoiceNumbering::sequenceRestartsEachYear() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    f.clock().set(QDateTime(QDate(2026, 12, 31), QTime(12, 0), Qt::UTC));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("x")).id)->number,
             QStringLiteral("2026-0001"));
    f.clock().set(QDateTime(QDate(2027, 1, 2), QTime(12, 0), Qt::UTC));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("y")).id)->number,
             QStringLiteral("2027-0001"));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("z")).id)->number,
             QStringLiteral("2027-0002"));
}

void TestInvoiceNumbering::patternChangeKeepsSequence() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("x")).id)->number,
             QStringLiteral("2026-0001"));
    QVERIFY(
        f.set(QStringLiteral("billing.invoice.number_pattern"), QStringLiteral("MD{YY}-{NNN}")));
    QVERIFY(!f.set(QStringLiteral("billing.invoice.number_pattern"), QStringLiteral("{NNN}")));
    QCOMPARE(f.billing().issue(draft(f, client, QStringLiteral("y")).id)->number,
             QStringLiteral("MD26-002"));
}

// The audit's reproduction: a taxed invoice, then the tax mode switched to
// the exemption. The credit note mirrors the invoice's tax (it used to be
// refused, leaving an orphan draft that blocked every later credit).
void TestInvoiceNumbering::creditAfterSwitchToExemption() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    auto taxed = f.billing().createInvoice(
        client, {BillingFixture::line(QStringLiteral("Coaching"), 1000, 10000, 1900)});
    QVERIFY2(taxed.ok(), qPrintable(taxed.message()));
    auto issued = f.billing().issue(taxed->id);
    QVERIFY2(issued.ok(), qPrintable(issued.message()));
    QCOMPARE(issued->number, QStringLiteral("2026-0001"));

    QVERIFY(f.set(QStringLiteral("billing.tax.mode"), QStringLiteral("exempt")));
    auto credit = f.billing().creditInvoice(issued->id);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    QCOMPARE(credit->number, QStringLiteral("2026-0002"));
    QCOMPARE(credit->lines.size(), 1);
    QCOMPARE(credit->lines.first().taxRateBasisPoints, 1900);
    QCOMPARE(credit->totals().total, -issued->totals().total);
    QCOMPARE(credit->totals().tax.minorUnits(), qint64(-1900));
    // The credit note prints the original's (non-)exemption, not today's.
    QVERIFY(!credit->sellerSnapshot.contains(QStringLiteral("small business")));
    auto doc = f.billing().document(credit->id);
    QVERIFY(doc.ok());
    QVERIFY(!doc->seller.taxExempt);
    QCOMPARE(f.billing().statusOf(*f.billing().record(issued->id)), InvoiceStatus::Cancelled);

    // A second credit is refused, and refusing takes no number.
    auto again = f.billing().creditInvoice(issued->id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(InvoiceRepository(f.database(), f.clock()).creditNotesOf(issued->id)->size(), 1);

    // Invoices under the exemption go on with the same sequence.
    auto exempt = f.billing().createInvoice(
        client, {BillingFixture::line(QStringLiteral("Session"), 1000, 8000, 0)});
    QCOMPARE(f.billing().issue(exempt->id)->number, QStringLiteral("2026-0003"));
    QCOMPARE(numbersInOrder(f),
             (QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0002"),
                          QStringLiteral("2026-0003")}));
}

// Creating and issuing a credit note is one transaction: when issuing fails,
// no draft stays behind and no number is used, so the next attempt works.
void TestInvoiceNumbering::failedCreditNoteLeavesNothing() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    const qint64 invoice = draft(f, client, QStringLiteral("A")).id;
    QCOMPARE(f.billing().issue(invoice)->number, QStringLiteral("2026-0001"));
    {
        QSqlQuery q(f.database().connection());
        QVERIFY2(q.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER fail_credit_note BEFORE UPDATE OF number ON invoices "
                     "WHEN NEW.kind = 'credit_note' BEGIN SELECT RAISE(ABORT, 'simulated'); "
                     "END")),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY(!f.billing().creditInvoice(invoice).ok());
    QVERIFY(InvoiceRepository(f.database(), f.clock()).creditNotesOf(invoice)->isEmpty());
    QCOMPARE(f.lastNumber(2026), qint64(1));
    {
        QSqlQuery q(f.database().connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_credit_note")));
    }
    auto credit = f.billing().creditInvoice(invoice);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    QCOMPARE(credit->number, QStringLiteral("2026-0002"));
}

// A draft credit note left by an older version is issued, not refused.
void TestInvoiceNumbering::leftoverDraftCreditNoteIsIssued() {
    BillingFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    const qint64 client = f.addClient(QStringLiteral("Ada"));
    auto original = f.billing().issue(draft(f, client, QStringLiteral("A")).id);
    QVERIFY(original.ok());
    Invoice orphan;
    orphan.kind = InvoiceKind::CreditNote;
    orphan.clientId = client;
    orphan.currency = original->currency;
    orphan.creditOfId = original->id;
    InvoiceLine line = original->lines.first();
    line.id = 0;
    line.quantityMilli = -line.quantityMilli;
    orphan.lines = {line};
    auto stored = InvoiceRepository(f.database(), f.clock()).createDraft(orphan);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));

    auto credit = f.billing().creditInvoice(original->id);
    QVERIFY2(credit.ok(), qPrintable(credit.message()));
    QCOMPARE(credit->id, stored->id);
    QCOMPARE(credit->number, QStringLiteral("2026-0002"));
    QCOMPARE(InvoiceRepository(f.database(), f.clock()).creditNotesOf(original->id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestInvoiceNumbering)
#include "tst_invoice_numbering.moc"
