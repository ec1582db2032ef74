// SchedulingService's writes as units of work: each announces what it changed
// in one notification, a failure half-way leaves nothing behind, and every
// write that can change whether a session uses a package credit re-assigns
// the credits in the same unit (reads never do).

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "common/FaultInjection.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace md;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

} // namespace

class TestSessionUnits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void writesAnnounceWhatChanged();
    void seriesIsOneUnitOfWork();
    void followingEditIsOneUnitOfWork();
    void heldSessionUsesAPackageCreditAtOnce();
    void moveToAnotherEngagementReassignsBoth();
    void idsFilter();

private:
    SchedulingService& scheduling() { return m_ws->workspace().scheduling(); }
    SessionSeries fortnightly(int count) const;
    qint64 sellPackage(qint64 engagementId, int sessions);
    int creditUses(qint64 sessionId);
    int rowCount(const QString& table);

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_clientId = 0;
    qint64 m_engagementId = 0;
};

void TestSessionUnits::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_ws->clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Client client;
    client.fullName = QStringLiteral("Anna Berg");
    auto added = m_ws->workspace().clients().add(client);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    m_clientId = added->id;
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    Engagement engagement;
    engagement.clientId = m_clientId;
    engagement.title = QStringLiteral("From analyst to product manager");
    engagement.startDate = QDate(2026, 3, 2);
    engagement.plannedSessions = 8;
    auto stored = engagements.add(engagement);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    m_engagementId = stored->id;
}

void TestSessionUnits::cleanup() {
    FaultInjection::disarm();
    m_ws.reset();
}

SessionSeries TestSessionUnits::fortnightly(int count) const {
    SessionSeries series;
    series.engagementId = m_engagementId;
    series.rule = RecurrenceRule::fortnightly(count);
    series.firstStart = berlin(2026, 3, 3, 18);
    series.durationMinutes = 60;
    return series;
}

namespace {

ChangeSet lastChange(QSignalSpy& spy) {
    return spy.isEmpty() ? ChangeSet() : spy.takeLast().at(0).value<ChangeSet>();
}

} // namespace

void TestSessionUnits::writesAnnounceWhatChanged() {
    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    QList<Session> created;
    auto series = scheduling().addSeries(fortnightly(4), &created);
    QVERIFY(series.ok());
    QCOMPARE(changed.count(), 1); // one unit of work, one notification
    ChangeSet set = lastChange(changed);
    QCOMPARE(set.ids(RecordKind::SessionSeries, ChangeOp::Added), QSet<qint64>{series->id});
    QSet<qint64> ids;
    for (const Session& row : std::as_const(created))
        ids.insert(row.id);
    QCOMPARE(set.ids(RecordKind::Session, ChangeOp::Added), ids);

    // Skipping one: that row goes, the series changes.
    QVERIFY(scheduling().removeSession(created.at(1).id).ok());
    set = lastChange(changed);
    QVERIFY(set.removed(RecordKind::Session, created.at(1).id));
    QCOMPARE(set.ids(RecordKind::SessionSeries, ChangeOp::Updated), QSet<qint64>{series->id});

    // This and following, with a new time: a new series takes the tail.
    SessionChange later;
    later.start = created.at(2).start.addSecs(3600);
    QVERIFY(scheduling().editSession(created.at(2).id, EditScope::ThisAndFollowing, later).ok());
    set = lastChange(changed);
    QCOMPARE(set.ids(RecordKind::SessionSeries, ChangeOp::Added).size(), 1);
    QVERIFY(set.ids(RecordKind::Session).contains(created.at(2).id));
    QVERIFY(set.ids(RecordKind::Session).contains(created.at(3).id));
    QVERIFY(!set.ids(RecordKind::Session).contains(created.at(0).id));

    // The whole series goes with its rows.
    QVERIFY(scheduling().removeSeries(series->id).ok());
    set = lastChange(changed);
    QVERIFY(set.removed(RecordKind::SessionSeries, series->id));
    QVERIFY(set.removed(RecordKind::Session, created.at(0).id));

    // A refused write announces nothing.
    Session invalid;
    invalid.engagementId = m_engagementId;
    QVERIFY(!scheduling().addSession(invalid).ok());
    QCOMPARE(changed.count(), 0);
}

int TestSessionUnits::rowCount(const QString& table) {
    QSqlQuery query(m_ws->workspace().database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSessionUnits::seriesIsOneUnitOfWork() {
    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    {
        // The fourth occurrence fails as if the disk had failed at that moment.
        ScopedStatementFault fault(QRegularExpression(QStringLiteral("^INSERT INTO sessions ")), 3);
        const auto added = scheduling().addSeries(fortnightly(8));
        QVERIFY(FaultInjection::fired());
        QVERIFY(!added.ok());
    }
    QCOMPARE(rowCount(QStringLiteral("session_series")), 0);
    QCOMPARE(rowCount(QStringLiteral("sessions")), 0);
    QVERIFY(scheduling().seriesList()->isEmpty());
    QCOMPARE(changed.count(), 0);
    // The same series without the fault: all of it.
    QVERIFY(scheduling().addSeries(fortnightly(8)).ok());
    QCOMPARE(rowCount(QStringLiteral("sessions")), 8);
}

void TestSessionUnits::followingEditIsOneUnitOfWork() {
    auto series = scheduling().addSeries(fortnightly(8));
    QVERIFY(series.ok());
    const QList<Session> before = *scheduling().seriesMembers(series->id);
    SessionChange following;
    following.start = berlin(2026, 4, 30, 17);
    following.durationMinutes = 90;
    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    {
        // The split series is stored and some rows moved when the third
        // row update fails.
        ScopedStatementFault fault(QRegularExpression(QStringLiteral("^UPDATE sessions ")), 2);
        const Status edited =
            scheduling().editSession(before.at(4).id, EditScope::ThisAndFollowing, following);
        QVERIFY(FaultInjection::fired());
        QVERIFY(!edited.ok());
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(rowCount(QStringLiteral("session_series")), 1);
    const auto all = *scheduling().seriesList();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().rule.count, 8);
    const QList<Session> after = *scheduling().seriesMembers(series->id);
    QCOMPARE(after.size(), 8);
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).start, before.at(i).start);
        QCOMPARE(after.at(i).durationMinutes, 60);
    }
    // Without the fault the same edit splits the series.
    QVERIFY(scheduling().editSession(before.at(4).id, EditScope::ThisAndFollowing, following).ok());
    QCOMPARE(scheduling().seriesList()->size(), 2);
}

qint64 TestSessionUnits::sellPackage(qint64 engagementId, int sessions) {
    // Straight into the table: this test is about the scheduling side, so it
    // reads and writes no billing through its service.
    QSqlQuery query(m_ws->workspace().database().connection());
    query.prepare(QStringLiteral(
        "INSERT INTO package_sales (engagement_id, description, session_count, price_minor, "
        "currency, sold_on, created_utc) VALUES (?, 'Package', ?, 40000, 'EUR', '2026-03-01', "
        "'2026-03-01T09:00:00.000Z')"));
    query.addBindValue(engagementId);
    query.addBindValue(sessions);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

int TestSessionUnits::creditUses(qint64 sessionId) {
    QSqlQuery query(m_ws->workspace().database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM package_credit_uses WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSessionUnits::heldSessionUsesAPackageCreditAtOnce() {
    const qint64 sale = sellPackage(m_engagementId, 2);
    QVERIFY(sale > 0);
    Session session;
    session.engagementId = m_engagementId;
    session.start = berlin(2026, 3, 3, 18);
    auto added = scheduling().addSession(session);
    QVERIFY(added.ok());
    QCOMPARE(creditUses(added->id), 0); // planned: no credit

    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    Session held = *added;
    held.status = SessionStatus::Held;
    m_ws->clock().set(held.endUtc());
    QVERIFY(scheduling().updateSession(held).ok());
    QCOMPARE(creditUses(added->id), 1);
    QCOMPARE(lastChange(changed).ids(RecordKind::PackageSale), QSet<qint64>{sale});

    // Reading changes nothing.
    QVERIFY(scheduling().sessions().ok());
    QVERIFY(scheduling().tally(m_engagementId).ok());
    QCOMPARE(changed.count(), 0);

    Session planned = held;
    planned.status = SessionStatus::Planned;
    QVERIFY(scheduling().updateSession(planned).ok());
    QCOMPARE(creditUses(added->id), 0); // given back
    QCOMPARE(lastChange(changed).ids(RecordKind::PackageSale), QSet<qint64>{sale});

    // A series member marked held through the series status, and a held
    // session removed, give their credits back in the same unit.
    QList<Session> created;
    QVERIFY(scheduling().addSeries(fortnightly(3), &created).ok());
    Session first = created.first();
    first.status = SessionStatus::Held;
    QVERIFY(scheduling().updateSession(first).ok());
    QCOMPARE(creditUses(first.id), 1);
    QVERIFY(scheduling().removeSeries(first.seriesId).ok());
    QCOMPARE(creditUses(first.id), 0);

    // Entered as held after the fact.
    Session after = session;
    after.start = berlin(2026, 3, 5, 18);
    after.status = SessionStatus::Held;
    m_ws->clock().set(after.endUtc());
    auto entered = scheduling().addSession(after);
    QVERIFY(entered.ok());
    QCOMPARE(creditUses(entered->id), 1);
    QVERIFY(scheduling().removeSession(entered->id).ok());
    QCOMPARE(creditUses(entered->id), 0);
}

void TestSessionUnits::moveToAnotherEngagementReassignsBoth() {
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    Engagement other;
    other.clientId = m_clientId;
    other.title = QStringLiteral("Second engagement");
    other.startDate = QDate(2026, 3, 2);
    const qint64 otherId = engagements.add(other)->id;
    QVERIFY(sellPackage(m_engagementId, 1) > 0);
    QVERIFY(sellPackage(otherId, 1) > 0);
    Session session;
    session.engagementId = m_engagementId;
    session.start = berlin(2026, 3, 3, 18);
    session.status = SessionStatus::Held;
    m_ws->clock().set(session.endUtc()); // held once it took place
    auto added = scheduling().addSession(session);
    QVERIFY(added.ok());
    QSqlQuery query(m_ws->workspace().database().connection());
    auto saleOfUse = [&](qint64 sessionId) -> qint64 {
        query.prepare(QStringLiteral("SELECT s.engagement_id FROM package_credit_uses u JOIN "
                                     "package_sales s ON s.id = u.sale_id WHERE u.session_id = ?"));
        query.addBindValue(sessionId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    };
    QCOMPARE(saleOfUse(added->id), m_engagementId);
    Session moved = *added;
    moved.engagementId = otherId;
    QVERIFY(scheduling().updateSession(moved).ok());
    QCOMPARE(saleOfUse(added->id), otherId); // the old credit back, the new one used
}

void TestSessionUnits::idsFilter() {
    QList<Session> created;
    QVERIFY(scheduling().addSeries(fortnightly(4), &created).ok());
    SessionFilter filter;
    filter.ids = {created.at(0).id, created.at(2).id, 424242};
    QCOMPARE(scheduling().sessions(filter)->size(), 2);
    filter.fromUtc = created.at(1).startUtc();
    QCOMPARE(scheduling().sessions(filter)->size(), 1);
    QCOMPARE(scheduling().sessions(filter)->first().id, created.at(2).id);
}

QTEST_GUILESS_MAIN(TestSessionUnits)
#include "tst_session_units.moc"
