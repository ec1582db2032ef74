// Late cancellations and no-shows are billed only as the cancellation policy
// says: a cancellation by the client is late when it came within the notice
// before the start; the mentor's own cancellations are never billed; one
// whose time was never recorded is not late. The same rule decides the
// invoice lines and the package credits, and the agreement prints the same
// notice. Also the price of a held session: the price list, else the
// engagement's fee, else the settings' session price.

#include "agreements/AgreementService.h"
#include "billing/CancellationPolicy.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "tst_billing_fixture.h"

#include <QSqlQuery>

using namespace md;
using md::test::BillingFixture;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime utc(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestCancellationPolicy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void chargesByStatusAndNotice_data();
    void chargesByStatusAndNotice();
    void lateCancellationsAreBilledOnlyWithinTheNotice();
    void theCancellationTimeIsRecorded();
    void aFutureCancellationTimeIsRefused();
    void packageCreditsFollowThePolicy();
    void theAgreementPrintsTheNotice();
    void heldSessionsUseTheEngagementsFeeElseThePriceList();

private:
    // A session of the engagement at `start` (UTC), with `status`; the
    // cancellation time is given when set.
    qint64 session(const QDateTime& start, SessionStatus status,
                   const QDateTime& cancelledUtc = {});
    QList<qint64> billedSessionIds();
    std::unique_ptr<BillingFixture> m_f;
    qint64 m_client = 0;
    qint64 m_engagement = 0;
};

void TestCancellationPolicy::init() {
    m_f = std::make_unique<BillingFixture>();
    QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    m_client = m_f->addClient(QStringLiteral("Ada Lovelace"));
    m_engagement = m_f->addEngagement(m_client);
    QVERIFY(m_engagement > 0);
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("100")));
}

void TestCancellationPolicy::cleanup() {
    m_f.reset();
}

qint64 TestCancellationPolicy::session(const QDateTime& start, SessionStatus status,
                                       const QDateTime& cancelledUtc) {
    Session s;
    s.engagementId = m_engagement;
    s.start = start.toTimeZone(kBerlin);
    s.durationMinutes = 60;
    s.status = status;
    s.cancelledUtc = cancelledUtc;
    auto added = m_f->workspace()->scheduling().addSession(s);
    if (!added)
        qWarning() << added.message();
    return added ? added->id : 0;
}

QList<qint64> TestCancellationPolicy::billedSessionIds() {
    QList<qint64> ids;
    auto lines = m_f->billing().unbilledSessionLines(m_client);
    if (!lines) {
        qWarning() << lines.message();
        return ids;
    }
    for (const InvoiceLine& line : *lines)
        ids.append(line.sessionId);
    return ids;
}

void TestCancellationPolicy::chargesByStatusAndNotice_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("lateChargeable");
    QTest::addColumn<bool>("noShowChargeable");
    QTest::addColumn<int>("hoursBefore"); // the cancellation, before the start; < 0: unknown
    QTest::addColumn<bool>("charged");
    const QString client = QStringLiteral("cancelled_client");
    QTest::newRow("held, always") << "held" << false << false << -1 << true;
    QTest::newRow("planned, never") << "planned" << true << true << -1 << false;
    QTest::newRow("client, 2 h before") << client << true << false << 2 << true;
    QTest::newRow("client, 23 h before") << client << true << false << 23 << true;
    QTest::newRow("client, exactly 24 h before") << client << true << false << 24 << false;
    QTest::newRow("client, 48 h before") << client << true << false << 48 << false;
    QTest::newRow("client, late, policy off") << client << false << true << 2 << false;
    QTest::newRow("client, time unknown") << client << true << false << -1 << false;
    QTest::newRow("mentor, 1 h before") << "cancelled_mentor" << true << true << 1 << false;
    QTest::newRow("no-show, charged") << "no_show" << false << true << -1 << true;
    QTest::newRow("no-show, not charged") << "no_show" << true << false << -1 << false;
}

void TestCancellationPolicy::chargesByStatusAndNotice() {
    QFETCH(QString, status);
    QFETCH(bool, lateChargeable);
    QFETCH(bool, noShowChargeable);
    QFETCH(int, hoursBefore);
    QFETCH(bool, charged);
    CancellationPolicy policy;
    policy.lateCancellationChargeable = lateChargeable;
    policy.noShowChargeable = noShowChargeable;
    policy.noticeHours = 24;
    const QDateTime start = utc(2, 10, 9);
    const QDateTime cancelled = hoursBefore < 0 ? QDateTime() : start.addSecs(-3600 * hoursBefore);
    QCOMPARE(policy.charges(status, start, cancelled), charged);
}

void TestCancellationPolicy::lateCancellationsAreBilledOnlyWithinTheNotice() {
    QVERIFY(m_f->set(QStringLiteral("billing.policy.late_cancellation_chargeable"),
                     QStringLiteral("true")));
    const qint64 held = session(utc(2, 9, 9), SessionStatus::Held);
    const qint64 late =
        session(utc(2, 10, 9), SessionStatus::CancelledByClient, utc(2, 10, 7)); // 2 h ahead
    const qint64 early =
        session(utc(2, 11, 9), SessionStatus::CancelledByClient, utc(2, 9, 9)); // 48 h ahead
    const qint64 byMentor = session(utc(2, 12, 9), SessionStatus::CancelledByMentor, utc(2, 12, 8));
    const qint64 unknown = session(utc(2, 13, 9), SessionStatus::CancelledByClient);
    QVERIFY(held && late && early && byMentor && unknown);
    // As a workspace of an earlier version has it: cancelled, no time known.
    QSqlQuery forget(m_f->database().connection());
    QVERIFY(forget.exec(
        QStringLiteral("UPDATE sessions SET cancelled_utc = NULL WHERE id = %1").arg(unknown)));

    QCOMPARE(billedSessionIds(), (QList<qint64>{held, late}));
    auto lines = m_f->billing().unbilledSessionLines(m_client);
    QVERIFY(lines->at(1).description.startsWith(QStringLiteral("Late-cancelled session")));

    // A longer notice makes the second cancellation late as well.
    QVERIFY(
        m_f->set(QStringLiteral("billing.policy.cancellation_notice_hours"), QStringLiteral("72")));
    QCOMPARE(billedSessionIds(), (QList<qint64>{held, late, early}));

    // The invoice bills exactly those.
    auto invoice = m_f->billing().createFromSessions(m_client);
    QVERIFY2(invoice.ok(), qPrintable(invoice.message()));
    QList<qint64> onInvoice;
    for (const InvoiceLine& line : invoice->lines)
        onInvoice.append(line.sessionId);
    QCOMPARE(onInvoice, (QList<qint64>{held, late, early}));
    QVERIFY(m_f->billing().removeDraft(invoice->id).ok());

    // A policy that does not charge late cancellations bills none.
    QVERIFY(m_f->set(QStringLiteral("billing.policy.late_cancellation_chargeable"),
                     QStringLiteral("false")));
    QCOMPARE(billedSessionIds(), (QList<qint64>{held}));
}

void TestCancellationPolicy::theCancellationTimeIsRecorded() {
    SchedulingService& scheduling = m_f->workspace()->scheduling();
    const qint64 id = session(utc(3, 9, 9), SessionStatus::Planned);
    auto stored = scheduling.session(id);
    QVERIFY(!stored->cancelledUtc.isValid());

    // Cancelled now (the clock's 2 March, 09:00): a week ahead, in time.
    stored->status = SessionStatus::CancelledByClient;
    QVERIFY(scheduling.updateSession(*stored).ok());
    stored = scheduling.session(id);
    QCOMPARE(stored->cancelledUtc, m_f->clock().nowUtc());

    // Saved again later, or turned into the mentor's cancellation: the time
    // stays that of the cancellation.
    m_f->clock().advanceDays(1);
    stored->agenda = QStringLiteral("Moved to April");
    QVERIFY(scheduling.updateSession(*stored).ok());
    QCOMPARE(scheduling.session(id)->cancelledUtc, utc(3, 2, 9));
    stored->cancelledUtc = {};
    stored->status = SessionStatus::CancelledByMentor;
    QVERIFY(scheduling.updateSession(*stored).ok());
    QCOMPARE(scheduling.session(id)->cancelledUtc, utc(3, 2, 9));

    // Planned again: no cancellation.
    stored = scheduling.session(id);
    stored->status = SessionStatus::Planned;
    QVERIFY(scheduling.updateSession(*stored).ok());
    QVERIFY(!scheduling.session(id)->cancelledUtc.isValid());

    // An old cancellation without a time keeps none when saved again (now,
    // after the start, would make it late).
    const qint64 old = session(utc(2, 20, 9), SessionStatus::CancelledByClient);
    QSqlQuery forget(m_f->database().connection());
    QVERIFY(forget.exec(
        QStringLiteral("UPDATE sessions SET cancelled_utc = NULL WHERE id = %1").arg(old)));
    auto oldSession = scheduling.session(old);
    QVERIFY(!oldSession->cancelledUtc.isValid());
    oldSession->privateNotes = QStringLiteral("Called in sick");
    QVERIFY(scheduling.updateSession(*oldSession).ok());
    QVERIFY(!scheduling.session(old)->cancelledUtc.isValid());
}

void TestCancellationPolicy::aFutureCancellationTimeIsRefused() {
    const qint64 id = session(utc(3, 9, 9), SessionStatus::Planned);
    auto stored = m_f->workspace()->scheduling().session(id);
    stored->status = SessionStatus::CancelledByClient;
    stored->cancelledUtc = m_f->clock().nowUtc().addSecs(3600);
    QCOMPARE(m_f->workspace()->scheduling().updateSession(*stored).code(), ErrorCode::InvalidInput);
    QVERIFY(!m_f->workspace()->scheduling().session(id)->isCancelled());
}

void TestCancellationPolicy::packageCreditsFollowThePolicy() {
    QVERIFY(m_f->set(QStringLiteral("billing.policy.late_cancellation_chargeable"),
                     QStringLiteral("true")));
    Offering package;
    package.kind = OfferingKind::Package;
    package.name = QStringLiteral("Five sessions");
    package.price = BillingFixture::eur(50000);
    package.sessionCount = 5;
    auto offering = m_f->billing().addOffering(package);
    QVERIFY2(offering.ok(), qPrintable(offering.message()));
    QVERIFY(m_f->billing().sellPackage(m_engagement, offering->id, QDate(2026, 2, 1)).ok());

    session(utc(2, 10, 9), SessionStatus::CancelledByClient, utc(2, 10, 8)); // late
    session(utc(2, 11, 9), SessionStatus::CancelledByClient, utc(2, 8, 9));  // in time
    session(utc(2, 12, 9), SessionStatus::CancelledByMentor, utc(2, 12, 8));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 1);

    QVERIFY(
        m_f->set(QStringLiteral("billing.policy.cancellation_notice_hours"), QStringLiteral("96")));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 2);
    QVERIFY(m_f->set(QStringLiteral("billing.policy.late_cancellation_chargeable"),
                     QStringLiteral("false")));
    QCOMPARE(m_f->billing().credits(m_engagement)->first().used, 0);
}

void TestCancellationPolicy::theAgreementPrintsTheNotice() {
    QVERIFY(
        m_f->set(QStringLiteral("billing.policy.cancellation_notice_hours"), QStringLiteral("48")));
    auto context = m_f->workspace()->agreements().context(m_engagement, {});
    QVERIFY2(context.ok(), qPrintable(context.message()));
    QCOMPARE(context->placeholderValues().value(QStringLiteral("terms.cancellation_notice_hours")),
             QStringLiteral("48"));
    QCOMPARE(m_f->settings().businessSettings()->cancellationNoticeHours, 48);
    QCOMPARE(m_f->settings()
                 .setValue(QStringLiteral("billing.policy.cancellation_notice_hours"),
                           QStringLiteral("-3"))
                 .code(),
             ErrorCode::InvalidInput);
}

void TestCancellationPolicy::heldSessionsUseTheEngagementsFeeElseThePriceList() {
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("0")));
    const qint64 held = session(utc(2, 9, 9), SessionStatus::Held);
    QVERIFY(held > 0);
    // No price anywhere: the message names where to set one, not a key.
    auto none = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(none.code(), ErrorCode::InvalidInput);
    QVERIFY2(none.message().contains(QStringLiteral("Billing › Price list")),
             qPrintable(none.message()));
    QVERIFY2(none.message().contains(QStringLiteral("on the engagement")),
             qPrintable(none.message()));
    QVERIFY(!none.message().contains(QStringLiteral("billing.")));

    // The engagement's fee, stored with it.
    EngagementService& engagements = m_f->workspace()->engagements();
    Engagement engagement = *engagements.engagement(m_engagement);
    engagement.sessionFeeMinor = 13500;
    QVERIFY(engagements.updateEngagement(engagement).ok());
    QCOMPARE(engagements.engagement(m_engagement)->sessionFeeMinor, qint64(13500));
    auto lines = m_f->billing().unbilledSessionLines(m_client);
    QVERIFY2(lines.ok(), qPrintable(lines.message()));
    QCOMPARE(lines->first().unitPriceMinor, qint64(13500));
    QCOMPARE(lines->first().offeringId, qint64(0));

    // A second engagement of the client is billed at its own fee, or at the
    // settings' price when it has none.
    QVERIFY(m_f->set(QStringLiteral("billing.session.price"), QStringLiteral("90")));
    const qint64 other = m_f->addEngagement(m_client, QStringLiteral("Leadership"));
    Session s;
    s.engagementId = other;
    s.start = utc(2, 16, 9).toTimeZone(kBerlin);
    s.status = SessionStatus::Held;
    QVERIFY(m_f->workspace()->scheduling().addSession(s).ok());
    lines = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).unitPriceMinor, qint64(13500));
    QCOMPARE(lines->at(1).unitPriceMinor, qint64(9000));

    // The price list's single session prices the engagement without a fee of
    // its own; the agreed fee stays.
    Offering single;
    single.kind = OfferingKind::SingleSession;
    single.name = QStringLiteral("Mentoring session");
    single.price = BillingFixture::eur(15000);
    auto entry = m_f->billing().addOffering(single);
    QVERIFY(entry.ok());
    lines = m_f->billing().unbilledSessionLines(m_client);
    QCOMPARE(lines->at(0).unitPriceMinor, qint64(13500));
    QCOMPARE(lines->at(0).offeringId, qint64(0));
    QCOMPARE(lines->at(1).unitPriceMinor, qint64(15000));
    QCOMPARE(lines->at(1).offeringId, entry->id);

    // A negative fee is refused.
    engagement = *engagements.engagement(m_engagement);
    engagement.sessionFeeMinor = -1;
    QCOMPARE(engagements.updateEngagement(engagement).code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestCancellationPolicy)
#include "tst_cancellation_policy.moc"
