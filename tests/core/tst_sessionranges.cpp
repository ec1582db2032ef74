// The range queries of scheduling are bounded on both sides: the plan of the
// real statement is an index range search of start_utc (never a scan of
// every session since the first), and it still finds every session and busy
// time that overlaps a window, however it overlaps, and nothing outside it.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/FaultInjection.h"
#include "scheduling/SchedulingService.h"
#include "storage/BusyTimeRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionSpanRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace md;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestSessionRanges final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sessionRangeIsAnIndexRangeSearch_data();
    void sessionRangeIsAnIndexRangeSearch();
    void busyTimeRangeIsAnIndexRangeSearch();
    void calendarSpansAreReadFromTheIndexAlone();
    void overlappingSessionsAreFoundAndNothingElse();
    void longestSessionIsEnforcedForEveryWriter();
    void overlappingBusyTimesAreFoundHoweverLong();
    void visitingStreamsRowsWithNamesAndReportsDamage();

private:
    QStringList plan(const QString& sql, const QVariantList& values);
    qint64 addSession(const QDateTime& startUtc, int minutes);
    QList<qint64> idsIn(const QDateTime& fromUtc, const QDateTime& toUtc);
    QList<qint64> spanIdsIn(const QDateTime& fromUtc, const QDateTime& toUtc);
    SchedulingService& scheduling() { return m_ws->workspace().scheduling(); }
    Database& database() { return m_ws->workspace().database(); }

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_clientId = 0;
    qint64 m_engagementId = 0;
};

void TestSessionRanges::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_ws->clock().set(utc(2026, 3, 1, 9));
    Client client;
    client.fullName = QStringLiteral("Anna Berg");
    client.preferredName = QStringLiteral("Anna");
    auto added = m_ws->workspace().clients().add(client);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    m_clientId = added->id;
    EngagementRepository engagements(database(), m_ws->clock());
    Engagement engagement;
    engagement.clientId = m_clientId;
    engagement.title = QStringLiteral("Next role");
    engagement.startDate = QDate(2026, 3, 2);
    auto stored = engagements.add(engagement);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    m_engagementId = stored->id;
}

void TestSessionRanges::cleanup() {
    m_ws.reset();
}

QStringList TestSessionRanges::plan(const QString& sql, const QVariantList& values) {
    QSqlQuery query(database().connection());
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("failed: ") + query.lastError().text()};
    QStringList details;
    while (query.next())
        details << query.value(query.record().count() - 1).toString();
    if (query.lastError().isValid())
        details << QStringLiteral("failed: ") + query.lastError().text();
    return details;
}

qint64 TestSessionRanges::addSession(const QDateTime& startUtc, int minutes) {
    Session session;
    session.engagementId = m_engagementId;
    session.start = startUtc.toTimeZone(QTimeZone("Europe/Berlin"));
    session.durationMinutes = minutes;
    auto added = scheduling().addSession(session);
    if (!added)
        qWarning() << added.message();
    return added ? added->id : 0;
}

QList<qint64> TestSessionRanges::idsIn(const QDateTime& fromUtc, const QDateTime& toUtc) {
    SessionFilter filter;
    filter.fromUtc = fromUtc;
    filter.toUtc = toUtc;
    QList<qint64> ids;
    const auto rows = scheduling().sessions(filter);
    if (!rows)
        return {-1};
    for (const Session& s : *rows)
        ids << s.id;
    return ids;
}

QList<qint64> TestSessionRanges::spanIdsIn(const QDateTime& fromUtc, const QDateTime& toUtc) {
    const auto spans = scheduling().sessionSpans(fromUtc, toUtc);
    if (!spans)
        return {-1};
    QList<qint64> ids;
    for (const SessionSpan& span : *spans)
        ids << span.sessionId;
    return ids;
}

void TestSessionRanges::sessionRangeIsAnIndexRangeSearch_data() {
    QTest::addColumn<bool>("withCancelled");
    QTest::addColumn<qint64>("client");
    QTest::newRow("calendar") << true << qint64(0);
    QTest::newRow("reminders and conflicts") << false << qint64(0);
    QTest::newRow("one client") << true << qint64(1);
}

// The statement the calendar, the upcoming panel, the reminders, the
// conflict checks and `session list --from --to` run.
void TestSessionRanges::sessionRangeIsAnIndexRangeSearch() {
    QFETCH(bool, withCancelled);
    QFETCH(qint64, client);
    SessionFilter filter;
    filter.fromUtc = utc(2026, 3, 9, 0);
    filter.toUtc = utc(2026, 3, 16, 0);
    filter.includeCancelled = withCancelled;
    filter.clientId = client;
    const SessionRepository::Statement statement = SessionRepository::statement(filter);
    const QStringList details = plan(statement.sql, statement.values);
    const QString text = details.join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(QStringLiteral("failed")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN TABLE sessions")), qPrintable(text));
    static const QRegularExpression search(
        QStringLiteral(R"(SEARCH TABLE sessions AS s USING INDEX \w+ \((engagement_id=\? AND )?)"
                       R"(start_utc>\? AND start_utc<\?\))"));
    QVERIFY2(search.match(text).hasMatch(), qPrintable(text));
}

void TestSessionRanges::busyTimeRangeIsAnIndexRangeSearch() {
    const BusyTimeRepository::Statement statement =
        BusyTimeRepository::statement(utc(2026, 3, 9, 0), utc(2026, 3, 16, 0));
    const QString text = plan(statement.sql, statement.values).join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(QStringLiteral("failed")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("SCAN TABLE busy_times")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SEARCH TABLE busy_times USING INDEX busy_times_by_start "
                                          "(start_utc>? AND start_utc<?)")),
             qPrintable(text));
}

// The week and month views: the rows come from the covering index
// sessions_spans, so no session row (with its notes) is read at all.
void TestSessionRanges::calendarSpansAreReadFromTheIndexAlone() {
    const SessionSpanRepository::Statement statement =
        SessionSpanRepository::statement(utc(2026, 3, 9, 0), utc(2026, 3, 16, 0));
    const QString text = plan(statement.sql, statement.values).join(QLatin1Char('\n'));
    QVERIFY2(!text.contains(QStringLiteral("failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SEARCH TABLE sessions USING COVERING INDEX "
                                          "sessions_spans (start_utc>? AND start_utc<?)")),
             qPrintable(text));
}

void TestSessionRanges::overlappingSessionsAreFoundAndNothingElse() {
    const QDateTime from = utc(2026, 3, 10, 10);
    const QDateTime to = utc(2026, 3, 10, 12);
    // Long ago and far ahead: must not be read as part of the window.
    const qint64 old = addSession(utc(2023, 1, 2, 9), 60);
    const qint64 later = addSession(utc(2027, 1, 2, 9), 60);
    const qint64 overStart = addSession(from.addSecs(-30 * 60), 60);           // 09:30–10:30
    const qint64 spanning = addSession(utc(2026, 3, 10, 2), 24 * 60);          // 02:00–02:00
    const qint64 longest = addSession(from.addSecs(-24 * 3600 + 60), 24 * 60); // ends 10:01
    const qint64 inside = addSession(from, 30);
    const qint64 overEnd = addSession(to.addSecs(-60), 90);
    const qint64 endsAtStart = addSession(from.addSecs(-3600), 60);         // 09:00–10:00
    const qint64 dayBefore = addSession(from.addSecs(-24 * 3600), 24 * 60); // ends at 10:00
    const qint64 startsAtEnd = addSession(to, 60);
    for (qint64 id : {old, later, overStart, spanning, longest, inside, overEnd, endsAtStart,
                      dayBefore, startsAtEnd})
        QVERIFY(id > 0);

    QList<qint64> found = idsIn(from, to);
    std::sort(found.begin(), found.end());
    QList<qint64> expected{overStart, spanning, longest, inside, overEnd};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(found, expected);
    // The calendar's spans find the same sessions, by start.
    QCOMPARE(spanIdsIn(from, to), idsIn(from, to));
    // Cancelled ones are drawn too, with their status and format.
    auto cancelled = scheduling().session(inside);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
    cancelled->status = SessionStatus::CancelledByClient;
    cancelled->format = SessionFormat::Phone;
    const auto updated = scheduling().updateSession(*cancelled);
    QVERIFY2(updated.ok(), qPrintable(updated.message()));
    QVERIFY(spanIdsIn(from, to).contains(inside));
    const auto spans = scheduling().sessionSpans(from, to);
    QVERIFY2(spans.ok(), qPrintable(spans.message()));
    for (const SessionSpan& span : *spans) {
        const auto session = scheduling().session(span.sessionId);
        QVERIFY2(session.ok(), qPrintable(session.message()));
        QCOMPARE(span.engagementId, session->engagementId);
        QCOMPARE(span.startUtc, session->startUtc());
        QCOMPARE(span.endUtc, session->endUtc());
        QCOMPARE(span.status, session->status);
        QCOMPARE(span.format, session->format);
        QCOMPARE(span.seriesMember, session->isSeriesMember());
    }

    // Open-ended filters keep their meaning.
    QCOMPARE(idsIn({}, {}).size(), 10);
    QVERIFY(idsIn(from, {}).contains(later));
    QVERIFY(!idsIn(from, {}).contains(old));
    QVERIFY(idsIn({}, to).contains(old));
    QVERIFY(!idsIn({}, to).contains(startsAtEnd));
}

void TestSessionRanges::longestSessionIsEnforcedForEveryWriter() {
    QCOMPARE(addSession(utc(2026, 3, 10, 10), Session::kMaxDurationMinutes + 1), qint64(0));
    const qint64 id = addSession(utc(2026, 3, 10, 10), Session::kMaxDurationMinutes);
    QVERIFY(id > 0);
    // Any other writer (an older program, a script) meets the trigger.
    QSqlQuery raw(database().connection());
    QVERIFY(!raw.exec(QStringLiteral("UPDATE sessions SET duration_minutes = 1441, end_utc = "
                                     "'2026-03-11T10:01:00.000Z' WHERE id = %1")
                          .arg(id)));
    QVERIFY2(raw.lastError().text().contains(QStringLiteral("at most 24 hours")),
             qPrintable(raw.lastError().text()));
    // A series edit is held to the same rule.
    SessionChange change;
    change.durationMinutes = Session::kMaxDurationMinutes + 1;
    SessionSeries series;
    series.engagementId = m_engagementId;
    series.rule = RecurrenceRule::fortnightly(3);
    series.firstStart = utc(2026, 4, 1, 9).toTimeZone(QTimeZone("Europe/Berlin"));
    QList<Session> created;
    QVERIFY(scheduling().addSeries(series, &created).ok());
    QVERIFY(!scheduling().editSession(created.first().id, EditScope::WholeSeries, change).ok());
    series.durationMinutes = Session::kMaxDurationMinutes + 1;
    QVERIFY(!scheduling().addSeries(series).ok());
}

void TestSessionRanges::overlappingBusyTimesAreFoundHoweverLong() {
    const QDateTime from = utc(2026, 3, 10, 10);
    const QDateTime to = utc(2026, 3, 10, 12);
    BusyTimeRepository busy(database(), m_ws->clock());
    const auto add = [&](const QDateTime& start, const QDateTime& end) {
        BusyTime time;
        time.uid = QStringLiteral("u");
        time.summary = QStringLiteral("Busy");
        time.startUtc = start;
        time.endUtc = end;
        const Result<qint64> id = busy.add(QStringLiteral("work.ics"), time);
        return id ? *id : 0;
    };
    const qint64 holiday = add(utc(2026, 3, 1, 0), utc(2026, 3, 20, 0)); // three weeks
    const qint64 overStart = add(from.addSecs(-600), from.addSecs(600));
    const qint64 endsAtStart = add(from.addSecs(-3600), from);
    const qint64 startsAtEnd = add(to, to.addSecs(3600));
    const qint64 old = add(utc(2024, 3, 1, 0), utc(2024, 3, 20, 0));
    for (qint64 id : {holiday, overStart, endsAtStart, startsAtEnd, old})
        QVERIFY(id > 0);
    const auto found = scheduling().busyTimes(from, to);
    QVERIFY2(found.ok(), qPrintable(found.message()));
    QList<qint64> ids;
    for (const BusyTime& time : *found)
        ids << time.id;
    QCOMPARE(ids, (QList<qint64>{holiday, overStart}));
    QCOMPARE(scheduling().busyTimes().value().size(), 5);
}

void TestSessionRanges::visitingStreamsRowsWithNamesAndReportsDamage() {
    for (int day = 1; day <= 6; ++day)
        QVERIFY(addSession(utc(2026, 3, day, 9), 60) > 0);
    QList<ClientSession> rows;
    Status read = scheduling().forEachSession({}, [&rows](const ClientSession& row) {
        rows.append(row);
        return true;
    });
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first().clientName, QStringLiteral("Anna"));
    QCOMPARE(rows.last().session.startUtc(), utc(2026, 3, 6, 9));

    // A visitor may stop early: that is not an error.
    int seen = 0;
    read = scheduling().forEachSession({}, [&seen](const ClientSession&) { return ++seen < 2; });
    QVERIFY(read.ok());
    QCOMPARE(seen, 2);

    // A damaged page at the fourth row: three rows, then an error, never a
    // quiet end of the rows.
    rows.clear();
    {
        ScopedStepFault fault(QRegularExpression(QStringLiteral("FROM sessions s")), 3);
        read = scheduling().forEachSession({}, [&rows](const ClientSession& row) {
            rows.append(row);
            return true;
        });
    }
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Corrupted);
    QCOMPARE(rows.size(), 3);
}

QTEST_GUILESS_MAIN(TestSessionRanges)
#include "tst_sessionranges.moc"
