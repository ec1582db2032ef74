// SchedulingService, the scheduling area's only door: sessions and series,
// availability, busy times, the .ics export and import, the auto-export, and
// what each write announces.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/EngagementRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace md;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

QByteArray sample(const QString& name) {
    const QString relative = QStringLiteral("data/ics/") + name;
    QString path =
        qEnvironmentVariable("MENTORDESK_SOURCE_DIR") + QStringLiteral("/tests/") + relative;
    if (!QFile::exists(path))
        path = QFINDTESTDATA(relative);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSessionService final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void singleSessionLifecycle();
    void validation();
    void seriesIsStoredOccurrenceByOccurrence();
    void editOneFollowingAll();
    void skipAndRemoveSeries();
    void heldCountsAgainstThePlan();
    void engagementDeletionCascades();
    void availabilityRoundTrip();
    void busyTimesImportAndMalformedChangesNothing();
    void icsExportReimportRoundTrip();
    void autoExportRewritesTheFile();

private:
    SessionSeries fortnightly(int count) const;

    SchedulingService& scheduling() { return m_ws->workspace().scheduling(); }

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_clientId = 0;
    qint64 m_engagementId = 0;
};

void TestSessionService::init() {
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_ws->clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Client client;
    client.fullName = QStringLiteral("Anna Berg");
    client.timeZone = QStringLiteral("America/New_York");
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

void TestSessionService::cleanup() {
    m_ws.reset();
}

SessionSeries TestSessionService::fortnightly(int count) const {
    SessionSeries series;
    series.engagementId = m_engagementId;
    series.rule = RecurrenceRule::fortnightly(count);
    series.firstStart = berlin(2026, 3, 3, 18);
    series.durationMinutes = 60;
    series.location = QStringLiteral("https://meet.example/anna");
    return series;
}

void TestSessionService::singleSessionLifecycle() {
    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    Session session;
    session.engagementId = m_engagementId;
    session.start = ZonedTime::make(QDate(2026, 3, 9), QTime(2, 30), QTimeZone("America/New_York"));
    session.durationMinutes = 50;
    session.format = SessionFormat::Phone;
    session.privateNotes = QStringLiteral("nervous about the interview");
    auto added = scheduling().addSession(session);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QVERIFY(added->id > 0);
    QVERIFY(added->uid.endsWith(QLatin1String("@mentordesk")));
    QCOMPARE(changed.count(), 1);
    const auto addedSet = changed.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(addedSet.ids(RecordKind::Session, ChangeOp::Added), QSet<qint64>{added->id});

    auto read = scheduling().session(added->id);
    QVERIFY(read.ok());
    QCOMPARE(read->start, session.start);
    QCOMPARE(read->start.timeZone().id(), QByteArray("America/New_York"));
    QCOMPARE(read->start.time(), QTime(2, 30));
    QCOMPARE(read->privateNotes, session.privateNotes);
    QCOMPARE(read->uid, added->uid);

    Session edited = *read;
    edited.status = SessionStatus::Held;
    edited.topics = QStringLiteral("Interview preparation");
    edited.uid = QStringLiteral("tampered"); // the UID is stable
    // Not before it has begun: a session held ahead of time would be billed.
    const auto early = scheduling().updateSession(edited);
    QCOMPARE(early.code(), ErrorCode::InvalidInput);
    QVERIFY2(early.message().contains(QStringLiteral("has not begun yet")),
             qPrintable(early.message()));
    QCOMPARE(scheduling().session(added->id)->status, SessionStatus::Planned);
    m_ws->clock().set(read->startUtc());
    QVERIFY(scheduling().updateSession(edited).ok());
    read = scheduling().session(added->id);
    QCOMPARE(read->status, SessionStatus::Held);
    QCOMPARE(read->uid, added->uid);

    SessionFilter filter;
    filter.fromUtc = QDateTime(QDate(2026, 3, 9), QTime(7, 0), Qt::UTC);
    filter.toUtc = QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC);
    QCOMPARE(scheduling().sessions(filter)->size(), 1);
    filter.fromUtc = QDateTime(QDate(2026, 3, 9), QTime(7, 20), Qt::UTC); // after its end
    QCOMPARE(scheduling().sessions(filter)->size(), 0);

    QVERIFY(scheduling().removeSession(added->id).ok());
    QCOMPARE(scheduling().session(added->id).code(), ErrorCode::NotFound);
}

void TestSessionService::validation() {
    Session session;
    session.start = berlin(2026, 3, 3, 10);
    QCOMPARE(scheduling().addSession(session).code(), ErrorCode::InvalidInput); // no engagement
    session.engagementId = m_engagementId;
    session.durationMinutes = 0;
    QCOMPARE(scheduling().addSession(session).code(), ErrorCode::InvalidInput);
    session.durationMinutes = 60;
    session.engagementId = 999; // foreign key
    QVERIFY(!scheduling().addSession(session).ok());
    SessionSeries endless = fortnightly(0);
    QCOMPARE(scheduling().addSeries(endless).code(), ErrorCode::InvalidInput);
    QVERIFY(scheduling().sessions()->isEmpty());
}

void TestSessionService::seriesIsStoredOccurrenceByOccurrence() {
    QList<Session> created;
    auto series = scheduling().addSeries(fortnightly(8), &created);
    QVERIFY2(series.ok(), qPrintable(series.message()));
    QCOMPARE(created.size(), 8);
    auto members = scheduling().seriesMembers(series->id);
    QCOMPARE(members->size(), 8);
    QCOMPARE(members->last().start, berlin(2026, 6, 9, 18));
    QCOMPARE(members->at(3).occurrenceDate, QDate(2026, 4, 14));
    QVERIFY(members->at(3).uid != series->uid);
    auto read = scheduling().series(series->id);
    QVERIFY(read.ok());
    QCOMPARE(read->rule, series->rule);
    QCOMPARE(read->firstStart, series->firstStart);
    QCOMPARE(read->uid, series->uid);
    QCOMPARE(scheduling().seriesList(0, m_clientId)->size(), 1);
    QCOMPARE(scheduling().seriesList(0, m_clientId + 1)->size(), 0);
}

void TestSessionService::editOneFollowingAll() {
    auto series = scheduling().addSeries(fortnightly(8));
    QVERIFY(series.ok());
    auto members = *scheduling().seriesMembers(series->id);

    // One: move the 2nd occurrence to Wednesday morning.
    SessionChange one;
    one.start = berlin(2026, 3, 18, 9);
    QVERIFY(scheduling().editSession(members[1].id, EditScope::ThisOccurrence, one).ok());
    auto moved = scheduling().session(members[1].id);
    QCOMPARE(moved->start, berlin(2026, 3, 18, 9));
    QVERIFY(moved->detached);
    QCOMPARE(moved->seriesId, series->id);

    // Following: from the 5th on, Thursdays 17:00, 90 minutes.
    SessionChange following;
    following.start = berlin(2026, 4, 30, 17);
    following.durationMinutes = 90;
    QVERIFY(scheduling().editSession(members[4].id, EditScope::ThisAndFollowing, following).ok());
    auto all = scheduling().seriesList(m_engagementId);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).rule.count, 4);
    QCOMPARE(all->at(1).rule.count, 4);
    QVERIFY(all->at(0).uid != all->at(1).uid);
    auto tail = *scheduling().seriesMembers(all->at(1).id);
    QCOMPARE(tail.size(), 4);
    QCOMPARE(tail.first().id, members[4].id); // the same rows, notes kept
    QCOMPARE(tail.first().start, berlin(2026, 4, 30, 17));
    QCOMPARE(tail.last().start, berlin(2026, 6, 11, 17));
    QCOMPARE(tail.last().durationMinutes, 90);
    QCOMPARE(scheduling().seriesMembers(all->at(0).id)->size(), 4);

    // All: cancel the whole first series; the held one stays held.
    Session held = members[0];
    held.status = SessionStatus::Held;
    m_ws->clock().set(held.endUtc());
    QVERIFY(scheduling().updateSession(held).ok());
    SessionChange cancel;
    cancel.status = SessionStatus::CancelledByClient;
    QVERIFY(scheduling().editSession(members[2].id, EditScope::WholeSeries, cancel).ok());
    const auto head = *scheduling().seriesMembers(series->id);
    QCOMPARE(head.at(0).status, SessionStatus::Held);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(head.at(i).status, SessionStatus::CancelledByClient);
    const auto tailAfterCancel = *scheduling().seriesMembers(all->at(1).id);
    for (const Session& s : tailAfterCancel)
        QCOMPARE(s.status, SessionStatus::Planned);
}

void TestSessionService::skipAndRemoveSeries() {
    auto series = scheduling().addSeries(fortnightly(4));
    auto members = *scheduling().seriesMembers(series->id);
    QVERIFY(scheduling().removeSession(members[2].id).ok()); // skip
    QCOMPARE(scheduling().series(series->id)->skippedDates, QList<QDate>{QDate(2026, 3, 31)});
    QCOMPARE(scheduling().seriesMembers(series->id)->size(), 3);
    QVERIFY(scheduling().removeSeries(series->id).ok());
    QVERIFY(scheduling().sessions()->isEmpty());
    QCOMPARE(scheduling().series(series->id).code(), ErrorCode::NotFound);
}

void TestSessionService::heldCountsAgainstThePlan() {
    auto series = scheduling().addSeries(fortnightly(8));
    auto members = *scheduling().seriesMembers(series->id);
    QCOMPARE(scheduling().tally(m_engagementId)->text(), QStringLiteral("0 of 8 held"));
    m_ws->clock().set(members[2].endUtc());
    for (int i = 0; i < 3; ++i) {
        Session s = members[i];
        s.status = SessionStatus::Held;
        QVERIFY(scheduling().updateSession(s).ok());
    }
    Session cancelled = members[3];
    cancelled.status = SessionStatus::CancelledByMentor;
    QVERIFY(scheduling().updateSession(cancelled).ok());
    m_ws->clock().set(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    const auto tally = scheduling().tally(m_engagementId);
    QVERIFY(tally.ok());
    QCOMPARE(tally->text(), QStringLiteral("3 of 8 held"));
    QCOMPARE(tally->cancelled, 1);
    QCOMPARE(tally->upcoming, 4);
    QVERIFY(!tally->lastSessionNear());
    QCOMPARE(scheduling().tally(424242).code(), ErrorCode::NotFound);
}

void TestSessionService::engagementDeletionCascades() {
    QVERIFY(scheduling().addSeries(fortnightly(3)).ok());
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    QVERIFY(engagements.remove(m_engagementId).ok());
    QVERIFY(scheduling().sessions()->isEmpty());
    QVERIFY(scheduling().seriesList()->isEmpty());
}

void TestSessionService::availabilityRoundTrip() {
    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    auto loaded = scheduling().availability();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->hours.size(), 5); // a fresh workspace: Monday to Friday
    Availability availability;
    availability.zone = QTimeZone("Europe/Lisbon");
    availability.hours.insert(Qt::Tuesday, {QTime(8, 0), QTime(12, 30)});
    availability.hours.insert(Qt::Saturday, {QTime(10, 0), QTime(14, 0)});
    availability.daysOff = {QDate(2026, 4, 3), QDate(2026, 12, 24)};
    availability.bufferMinutes = 20;
    QVERIFY(scheduling().saveAvailability(availability).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.takeFirst().at(0).value<ChangeSet>().touches(RecordKind::Availability));
    loaded = scheduling().availability();
    QCOMPARE(loaded->hours, availability.hours);
    QCOMPARE(loaded->daysOff, availability.daysOff);
    QCOMPARE(loaded->bufferMinutes, 20);
    QCOMPARE(loaded->zone.id(), QByteArray("Europe/Lisbon"));
    availability.hours.insert(Qt::Monday, {QTime(12, 0), QTime(9, 0)});
    QCOMPARE(scheduling().saveAvailability(availability).code(), ErrorCode::InvalidInput);
    QCOMPARE(changed.count(), 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.ics"));
    QVERIFY(scheduling().setAutoExportPath(path).ok());
    QCOMPARE(scheduling().autoExportPath(), path);
    QVERIFY(m_ws->reopen());
    QCOMPARE(scheduling().autoExportPath(), path);
}

void TestSessionService::busyTimesImportAndMalformedChangesNothing() {
    Availability berlinWeek = Availability::standardWeek(kBerlin);
    QVERIFY(scheduling().saveAvailability(berlinWeek).ok());
    QSignalSpy changed(&m_ws->workspace().changes(), &ChangeNotifier::changed);
    auto imported = scheduling().importBusyTimes(sample(QStringLiteral("google.ics")),
                                                 QStringLiteral("work.ics"));
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(imported->busyTimes, 10);
    QCOMPARE(scheduling().busyTimes()->size(), 10);
    QCOMPARE(*scheduling().busyTimeSources(), QStringList{QStringLiteral("work.ics")});
    QCOMPARE(changed.count(), 1);
    const auto firstImport = changed.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(firstImport.ids(RecordKind::BusyTime, ChangeOp::Added).size(), 10);

    // Re-importing replaces, never duplicates.
    QVERIFY(scheduling()
                .importBusyTimes(sample(QStringLiteral("google.ics")), QStringLiteral("work.ics"))
                .ok());
    QCOMPARE(scheduling().busyTimes()->size(), 10);
    const auto secondImport = changed.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(secondImport.ids(RecordKind::BusyTime, ChangeOp::Removed),
             firstImport.ids(RecordKind::BusyTime, ChangeOp::Added));

    // A broken version of the same file: the error names the line, nothing changes.
    QByteArray broken = sample(QStringLiteral("google.ics"));
    broken.replace("DTSTART:20260310T140000Z", "DTSTART:20260310T1400");
    auto failed = scheduling().importBusyTimes(broken, QStringLiteral("work.ics"));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.message().startsWith(QLatin1String("Line 87:")), qPrintable(failed.message()));
    QCOMPARE(scheduling().busyTimes()->size(), 10);
    QCOMPARE(changed.count(), 0);

    // Range queries.
    const auto march10 =
        scheduling().busyTimes(QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2026, 3, 11), QTime(0, 0), Qt::UTC));
    QCOMPARE(march10->size(), 1);
    QCOMPARE(march10->first().summary, QStringLiteral("Call with recruiter"));
    QVERIFY(scheduling().removeBusyTimeSource(QStringLiteral("work.ics")).ok());
    QVERIFY(scheduling().busyTimes()->isEmpty());
}

void TestSessionService::icsExportReimportRoundTrip() {
    QVERIFY(scheduling().saveAvailability(Availability::standardWeek(kBerlin)).ok());
    auto series = scheduling().addSeries(fortnightly(6));
    auto members = *scheduling().seriesMembers(series->id);
    QVERIFY(scheduling().removeSession(members[1].id).ok()); // skipped
    SessionChange move;
    move.start = berlin(2026, 4, 1, 8);
    QVERIFY(scheduling().editSession(members[2].id, EditScope::ThisOccurrence, move).ok());
    SessionChange cancel;
    cancel.status = SessionStatus::CancelledByClient;
    QVERIFY(scheduling().editSession(members[3].id, EditScope::ThisOccurrence, cancel).ok());
    Session single;
    single.engagementId = m_engagementId;
    single.start = ZonedTime::make(QDate(2026, 3, 20), QTime(11, 0), QTimeZone("America/New_York"));
    single.durationMinutes = 30;
    single.privateNotes = QStringLiteral("PRIVATE-DO-NOT-EXPORT");
    QVERIFY(scheduling().addSession(single).ok());

    auto ics = scheduling().exportCalendar();
    QVERIFY2(ics.ok(), qPrintable(ics.message()));
    QVERIFY(!ics->contains("PRIVATE-DO-NOT-EXPORT"));
    QVERIFY(ics->contains("SUMMARY:Mentoring: Anna Berg"));
    QVERIFY(ics->contains("EXDATE;TZID=Europe/Berlin:20260317T180000"));
    QVERIFY(ics->contains("STATUS:CANCELLED"));
    // DTSTAMP from the workspace clock, never the wall clock.
    QVERIFY(ics->contains("DTSTAMP:20260301T090000Z"));
    // Stable: the same data and clock give the same bytes.
    QCOMPARE(*scheduling().exportCalendar(), *ics);
    QVERIFY(scheduling().exportCalendar(m_clientId)->contains(series->uid.toUtf8()));
    QVERIFY(!scheduling().exportCalendar(m_clientId + 1)->contains("BEGIN:VEVENT"));

    QVERIFY(scheduling().importBusyTimes(*ics, QStringLiteral("self.ics")).ok());
    QStringList expected;
    SessionFilter active;
    active.includeCancelled = false;
    const QList<Session> stored = *scheduling().sessions(active);
    for (const Session& s : stored)
        expected << s.startUtc().toString(Qt::ISODate) + QLatin1Char('/') +
                        s.endUtc().toString(Qt::ISODate);
    QStringList actual;
    const QList<BusyTime> busyTimes = *scheduling().busyTimes();
    for (const BusyTime& b : busyTimes)
        actual << b.startUtc.toString(Qt::ISODate) + QLatin1Char('/') +
                      b.endUtc.toString(Qt::ISODate);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.size(), 5); // 6 - skipped - cancelled + single
}

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestSessionService::autoExportRewritesTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mentordesk.ics"));
    QVERIFY(scheduling().setAutoExportPath(path).ok());
    QVERIFY(QFile::exists(path));
    QVERIFY(!fileBytes(path).contains("BEGIN:VEVENT"));

    Session session;
    session.engagementId = m_engagementId;
    session.start = berlin(2026, 3, 4, 10);
    auto added = scheduling().addSession(session);
    QVERIFY(added.ok());
    QVERIFY(fileBytes(path).contains(added->uid.toUtf8()));

    // A rename of the client changes every SUMMARY.
    Client client = *m_ws->workspace().clients().get(m_clientId);
    client.preferredName = QStringLiteral("Annie");
    QVERIFY(m_ws->workspace().clients().update(client).ok());
    QVERIFY(fileBytes(path).contains("SUMMARY:Mentoring: Annie"));

    // Opening the workspace writes nothing; the next change does.
    QVERIFY(QFile::remove(path));
    QVERIFY(m_ws->reopen());
    QVERIFY(!QFile::exists(path));
    Session another = session;
    another.start = berlin(2026, 3, 5, 10);
    auto second = scheduling().addSession(another);
    QVERIFY(second.ok());
    QVERIFY(fileBytes(path).contains(second->uid.toUtf8()));

    QVERIFY(scheduling().setAutoExportPath(QString()).ok()); // off
    QVERIFY(scheduling().removeSession(added->id).ok());
    QVERIFY(fileBytes(path).contains(added->uid.toUtf8())); // not rewritten
    QVERIFY(m_ws->reopen());
    QVERIFY(scheduling().autoExportPath().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionService)
#include "tst_session_service.moc"
