// SchedulingService::conflictsForEdit: an edit of a series is checked at every
// occurrence it moves, against the other sessions at their times after the
// edit (the series' own old places do not count).

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/TimeFormat.h"
#include "scheduling/ZonedTime.h"
#include "storage/EngagementRepository.h"

#include <QTest>

#include <memory>

using namespace md;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

SessionChange startAt(const QDateTime& start) {
    SessionChange change;
    change.start = start;
    return change;
}

} // namespace

class TestSeriesConflicts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void wholeSeriesChecksEveryOccurrence();
    void followingChecksOnlyFromTheEditedOne();
    void oldPlacesOfTheSeriesDoNotCount();
    void nothingMovedNothingToCheck();
    void unknownSessionIsAnError();

private:
    SchedulingService& scheduling() { return m_ws->workspace().scheduling(); }

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_engagementId = 0;
    QList<Session> m_members; // Tuesdays 10:00 from 3 March, four weeks
    qint64 m_blockerId = 0;   // Wednesday 18 March 10:00
};

void TestSeriesConflicts::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_ws->clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Client client;
    client.fullName = QStringLiteral("Anna Berg");
    const auto clientAdded = m_ws->workspace().clients().add(client);
    QVERIFY2(clientAdded.ok(), qPrintable(clientAdded.message()));
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    Engagement engagement;
    engagement.clientId = clientAdded->id;
    engagement.title = QStringLiteral("Product move");
    engagement.startDate = QDate(2026, 3, 2);
    engagement.plannedSessions = 8;
    const auto stored = engagements.add(engagement);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    m_engagementId = stored->id;

    Availability availability = Availability::standardWeek(kBerlin); // Mon–Fri 09–17
    availability.bufferMinutes = 0;
    QVERIFY(scheduling().saveAvailability(availability).ok());

    SessionSeries series;
    series.engagementId = m_engagementId;
    series.rule = RecurrenceRule::weekly(4);
    series.firstStart = berlin(2026, 3, 3, 10);
    series.durationMinutes = 60;
    m_members.clear();
    QVERIFY(scheduling().addSeries(series, &m_members).ok());
    QCOMPARE(m_members.size(), 4);
    Session blocker;
    blocker.engagementId = m_engagementId;
    blocker.start = berlin(2026, 3, 18, 10);
    const auto added = scheduling().addSession(blocker);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    m_blockerId = added->id;
}

void TestSeriesConflicts::cleanup() {
    m_ws.reset();
}

void TestSeriesConflicts::wholeSeriesChecksEveryOccurrence() {
    // The first one moves to a free Wednesday; the third lands on the blocker.
    const SessionChange change = startAt(berlin(2026, 3, 4, 10));
    const auto one =
        scheduling().conflictsForEdit(m_members.first().id, EditScope::ThisOccurrence, change);
    QVERIFY2(one.ok(), qPrintable(one.message()));
    QVERIFY(one->isEmpty());

    const auto all =
        scheduling().conflictsForEdit(m_members.first().id, EditScope::WholeSeries, change);
    QVERIFY2(all.ok(), qPrintable(all.message()));
    QCOMPARE(all->size(), 1);
    const ConflictWarning& warning = all->first();
    QCOMPARE(warning.kind, ConflictWarning::Kind::SessionOverlap);
    // Named by the occurrence's new date, and the other session's client.
    QVERIFY2(warning.message.startsWith(TimeFormat::shortDate(QDate(2026, 3, 18))),
             qPrintable(warning.message));
    QVERIFY2(warning.message.contains(QLatin1String("Anna Berg")), qPrintable(warning.message));
    // Only a check: nothing was stored.
    const auto members = scheduling().seriesMembers(m_members.first().seriesId);
    QVERIFY(members.ok());
    for (const Session& member : *members)
        QCOMPARE(member.start.date().dayOfWeek(), int(Qt::Tuesday));
}

void TestSeriesConflicts::followingChecksOnlyFromTheEditedOne() {
    // From the second (10 March): the 18th is among the moved ones.
    const auto fromSecond = scheduling().conflictsForEdit(
        m_members.at(1).id, EditScope::ThisAndFollowing, startAt(berlin(2026, 3, 11, 10)));
    QVERIFY2(fromSecond.ok(), qPrintable(fromSecond.message()));
    QCOMPARE(fromSecond->size(), 1);
    QVERIFY(fromSecond->first().message.startsWith(TimeFormat::shortDate(QDate(2026, 3, 18))));

    // From the last (24 March): the 18th stays a Tuesday away from the clash.
    const auto fromLast = scheduling().conflictsForEdit(
        m_members.last().id, EditScope::ThisAndFollowing, startAt(berlin(2026, 3, 25, 10)));
    QVERIFY2(fromLast.ok(), qPrintable(fromLast.message()));
    QVERIFY(fromLast->isEmpty());
}

void TestSeriesConflicts::oldPlacesOfTheSeriesDoNotCount() {
    // Half an hour later overlaps every old place, which all leave.
    const auto later = scheduling().conflictsForEdit(m_members.first().id, EditScope::WholeSeries,
                                                     startAt(berlin(2026, 3, 3, 10, 30)));
    QVERIFY2(later.ok(), qPrintable(later.message()));
    QVERIFY2(later->isEmpty(), qPrintable(later->isEmpty() ? QString() : later->first().message));

    // Past closing time: each moved occurrence is named.
    const auto evening = scheduling().conflictsForEdit(m_members.first().id, EditScope::WholeSeries,
                                                       startAt(berlin(2026, 3, 3, 18)));
    QVERIFY2(evening.ok(), qPrintable(evening.message()));
    QCOMPARE(evening->size(), 4);
    for (const ConflictWarning& warning : *evening)
        QCOMPARE(warning.kind, ConflictWarning::Kind::OutsideWorkingHours);
}

void TestSeriesConflicts::nothingMovedNothingToCheck() {
    SessionChange change;
    change.location = QStringLiteral("https://meet.example/anna");
    const auto found =
        scheduling().conflictsForEdit(m_members.first().id, EditScope::WholeSeries, change);
    QVERIFY2(found.ok(), qPrintable(found.message()));
    QVERIFY(found->isEmpty());
}

void TestSeriesConflicts::unknownSessionIsAnError() {
    const auto found = scheduling().conflictsForEdit(m_blockerId + 1000, EditScope::WholeSeries,
                                                     startAt(berlin(2026, 3, 4, 10)));
    QVERIFY(!found.ok());
    QVERIFY(!found.message().isEmpty());
}

QTEST_GUILESS_MAIN(TestSeriesConflicts)
#include "tst_series_conflicts.moc"
