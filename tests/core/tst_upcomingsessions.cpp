// SchedulingService::upcoming, the read model of the dashboard's upcoming
// panel: the sessions starting in a window with whose they are (joined in
// SQL), found by a bounded index range on the start time, and the tallies
// counted in SQL exactly as SessionTally::count counts whole sessions.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "storage/Database.h"
#include "storage/UpcomingSessionRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <random>

using namespace md;

class TestUpcomingSessions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowNamesAndTalliesAgreeWithTheWholeSessions();
    void theQueryIsABoundedIndexRange();
};

void TestUpcomingSessions::windowNamesAndTalliesAgreeWithTheWholeSessions() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ws.clock().set(now);
    std::mt19937 random(7);
    auto pick = [&random](int n) {
        return int(std::uniform_int_distribution<int>(0, n - 1)(random));
    };

    QHash<qint64, QString> names;  // engagement -> client display name
    QHash<qint64, QString> titles; // engagement -> title
    QList<qint64> engagements;
    for (int i = 0; i < 4; ++i) {
        Client client;
        client.fullName = QStringLiteral("Client %1").arg(i);
        if (i == 1)
            client.preferredName = QStringLiteral("Kim");
        if (i == 2)
            client.timeZone = QStringLiteral("America/New_York");
        const qint64 clientId = ws->clients().add(client)->id;
        Engagement e;
        e.clientId = clientId;
        e.title = QStringLiteral("Plan %1").arg(i);
        e.startDate = QDate(2026, 1, 5);
        e.plannedSessions = i == 3 ? 0 : 4 + i;
        const qint64 id = ws->engagements().addEngagement(e)->id;
        engagements << id;
        names.insert(id, i == 1 ? QStringLiteral("Kim") : client.fullName);
        titles.insert(id, e.title);
    }
    const QList<SessionStatus> statuses = {SessionStatus::Planned, SessionStatus::Held,
                                           SessionStatus::CancelledByClient,
                                           SessionStatus::CancelledByMentor, SessionStatus::NoShow};
    for (int i = 0; i < 60; ++i) {
        Session session;
        session.engagementId = engagements.at(pick(int(engagements.size())));
        // From three weeks ago to three weeks ahead, some exactly at "now".
        session.start = i == 0 ? now : now.addSecs(qint64(pick(42 * 24) - 21 * 24) * 3600);
        session.durationMinutes = 30 + 15 * pick(4);
        session.location = i % 3 ? QString() : QStringLiteral("Room %1").arg(i);
        session.status = statuses.at(pick(int(statuses.size())));
        if (session.startUtc() > now && statusNeedsStart(session.status))
            session.status = SessionStatus::Planned; // held only once begun
        const auto added = ws->scheduling().addSession(session);
        QVERIFY2(added, qPrintable(added.message()));
    }

    const QDateTime to = now.addDays(7);
    for (int limit : {1000, 5}) {
        const auto upcoming = ws->scheduling().upcoming(now, to, limit);
        QVERIFY2(upcoming, qPrintable(upcoming.message()));
        // The same sessions as the whole-session list, filtered by start.
        SessionFilter filter;
        filter.fromUtc = now;
        filter.toUtc = to;
        filter.includeCancelled = false;
        QList<Session> expected;
        for (const Session& s : ws->scheduling().sessions(filter).value()) {
            if (s.startUtc() >= now)
                expected << s;
        }
        expected = expected.mid(0, limit);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(upcoming->sessions.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const SessionRow& row = upcoming->sessions.at(i);
            const Session& s = expected.at(i);
            QCOMPARE(row.sessionId, s.id);
            QCOMPARE(row.engagementId, s.engagementId);
            QCOMPARE(row.startUtc, s.startUtc());
            QCOMPARE(row.endUtc, s.endUtc());
            QCOMPARE(row.format, s.format);
            QCOMPARE(row.location, s.location);
            QCOMPARE(row.status, s.status);
            QCOMPARE(row.clientName, names.value(s.engagementId));
            QCOMPARE(row.engagementTitle, titles.value(s.engagementId));
            QCOMPARE(row.clientTimeZone,
                     ws->scheduling().engagementInfo(s.engagementId)->clientTimeZone);
        }
        // One tally per engagement shown, equal to SessionTally::count.
        QSet<qint64> shown;
        for (const SessionRow& row : upcoming->sessions)
            shown.insert(row.engagementId);
        QCOMPARE(QSet<qint64>(upcoming->tallies.keyBegin(), upcoming->tallies.keyEnd()), shown);
        for (qint64 id : shown) {
            const SessionTally want = ws->scheduling().tally(id).value();
            const SessionTally got = upcoming->tallies.value(id);
            QCOMPARE(got.planned, want.planned);
            QCOMPARE(got.held, want.held);
            QCOMPARE(got.upcoming, want.upcoming);
            QCOMPARE(got.cancelled, want.cancelled);
            QCOMPARE(got.noShows, want.noShows);
            QCOMPARE(got.text(), want.text());
        }
    }
    // A session that started a minute ago is no longer upcoming.
    ws.clock().set(now.addSecs(60));
    const auto later = ws->scheduling().upcoming(now.addSecs(60), to, 1000).value();
    for (const SessionRow& row : later.sessions)
        QVERIFY(row.startUtc >= now.addSecs(60));
    QVERIFY(ws->scheduling().upcoming({}, to, 10)->sessions.isEmpty());
}

void TestUpcomingSessions::theQueryIsABoundedIndexRange() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QSqlQuery query(ws->database().connection());
    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                          UpcomingSessionRepository::startingSql()));
    query.addBindValue(QStringLiteral("2026-03-02T09:00:00.000Z"));
    query.addBindValue(QStringLiteral("2026-03-09T09:00:00.000Z"));
    query.addBindValue(50);
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next())
        plan << query.value(3).toString();
    QVERIFY(!query.lastError().isValid());
    const QString text = plan.join(QLatin1Char('\n'));
    // Sessions are searched by an index on both bounds of the start time and
    // come in its order (no sort of the whole window), the names by key.
    QVERIFY2(text.contains(QLatin1String("start_utc>? AND start_utc<?")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("SEARCH TABLE sessions")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN TABLE")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestUpcomingSessions)
#include "tst_upcomingsessions.moc"
