#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "ics/IcsAutoExporter.h"
#include "ics/IcsExporter.h"
#include "ics/IcsImporter.h"
#include "scheduling/ZonedTime.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BusyTimeRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/SessionRepository.h"

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

class TestSessionRepository final : public QObject {
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

    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    std::unique_ptr<SessionRepository> m_sessions;
    qint64 m_clientId = 0;
    qint64 m_engagementId = 0;
};

void TestSessionRepository::init() {
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
    m_sessions = std::make_unique<SessionRepository>(m_ws->workspace().database(), m_ws->clock());
}

void TestSessionRepository::cleanup() {
    m_sessions.reset();
    m_ws.reset();
}

SessionSeries TestSessionRepository::fortnightly(int count) const {
    SessionSeries series;
    series.engagementId = m_engagementId;
    series.rule = RecurrenceRule::fortnightly(count);
    series.firstStart = berlin(2026, 3, 3, 18);
    series.durationMinutes = 60;
    series.location = QStringLiteral("https://meet.example/anna");
    return series;
}

void TestSessionRepository::singleSessionLifecycle() {
    QSignalSpy changed(m_sessions.get(), &SessionRepository::changed);
    Session session;
    session.engagementId = m_engagementId;
    session.start = ZonedTime::make(QDate(2026, 3, 9), QTime(2, 30), QTimeZone("America/New_York"));
    session.durationMinutes = 50;
    session.format = SessionFormat::Phone;
    session.privateNotes = QStringLiteral("nervous about the interview");
    auto added = m_sessions->add(session);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QVERIFY(added->id > 0);
    QVERIFY(added->uid.endsWith(QLatin1String("@mentordesk")));
    QCOMPARE(changed.count(), 1);

    auto read = m_sessions->get(added->id);
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
    QVERIFY(m_sessions->update(edited).ok());
    read = m_sessions->get(added->id);
    QCOMPARE(read->status, SessionStatus::Held);
    QCOMPARE(read->uid, added->uid);

    SessionFilter filter;
    filter.fromUtc = QDateTime(QDate(2026, 3, 9), QTime(7, 0), Qt::UTC);
    filter.toUtc = QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC);
    QCOMPARE(m_sessions->list(filter)->size(), 1);
    filter.fromUtc = QDateTime(QDate(2026, 3, 9), QTime(7, 20), Qt::UTC); // after its end
    QCOMPARE(m_sessions->list(filter)->size(), 0);

    QVERIFY(m_sessions->remove(added->id).ok());
    QCOMPARE(m_sessions->get(added->id).code(), ErrorCode::NotFound);
}

void TestSessionRepository::validation() {
    Session session;
    session.start = berlin(2026, 3, 3, 10);
    QCOMPARE(m_sessions->add(session).code(), ErrorCode::InvalidInput); // no engagement
    session.engagementId = m_engagementId;
    session.durationMinutes = 0;
    QCOMPARE(m_sessions->add(session).code(), ErrorCode::InvalidInput);
    session.durationMinutes = 60;
    session.engagementId = 999; // foreign key
    QVERIFY(!m_sessions->add(session).ok());
    SessionSeries endless = fortnightly(0);
    QCOMPARE(m_sessions->addSeries(endless).code(), ErrorCode::InvalidInput);
    QVERIFY(m_sessions->list()->isEmpty());
}

void TestSessionRepository::seriesIsStoredOccurrenceByOccurrence() {
    QList<Session> created;
    auto series = m_sessions->addSeries(fortnightly(8), &created);
    QVERIFY2(series.ok(), qPrintable(series.message()));
    QCOMPARE(created.size(), 8);
    auto members = m_sessions->seriesMembers(series->id);
    QCOMPARE(members->size(), 8);
    QCOMPARE(members->last().start, berlin(2026, 6, 9, 18));
    QCOMPARE(members->at(3).occurrenceDate, QDate(2026, 4, 14));
    QVERIFY(members->at(3).uid != series->uid);
    auto read = m_sessions->series(series->id);
    QVERIFY(read.ok());
    QCOMPARE(read->rule, series->rule);
    QCOMPARE(read->firstStart, series->firstStart);
    QCOMPARE(read->uid, series->uid);
    QCOMPARE(m_sessions->listSeries(0, m_clientId)->size(), 1);
    QCOMPARE(m_sessions->listSeries(0, m_clientId + 1)->size(), 0);
}

void TestSessionRepository::editOneFollowingAll() {
    auto series = m_sessions->addSeries(fortnightly(8));
    QVERIFY(series.ok());
    auto members = *m_sessions->seriesMembers(series->id);

    // One: move the 2nd occurrence to Wednesday morning.
    SessionChange one;
    one.start = berlin(2026, 3, 18, 9);
    QVERIFY(m_sessions->edit(members[1].id, EditScope::ThisOccurrence, one).ok());
    auto moved = m_sessions->get(members[1].id);
    QCOMPARE(moved->start, berlin(2026, 3, 18, 9));
    QVERIFY(moved->detached);
    QCOMPARE(moved->seriesId, series->id);

    // Following: from the 5th on, Thursdays 17:00, 90 minutes.
    SessionChange following;
    following.start = berlin(2026, 4, 30, 17);
    following.durationMinutes = 90;
    QVERIFY(m_sessions->edit(members[4].id, EditScope::ThisAndFollowing, following).ok());
    auto all = m_sessions->listSeries(m_engagementId);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).rule.count, 4);
    QCOMPARE(all->at(1).rule.count, 4);
    QVERIFY(all->at(0).uid != all->at(1).uid);
    auto tail = *m_sessions->seriesMembers(all->at(1).id);
    QCOMPARE(tail.size(), 4);
    QCOMPARE(tail.first().id, members[4].id); // the same rows, notes kept
    QCOMPARE(tail.first().start, berlin(2026, 4, 30, 17));
    QCOMPARE(tail.last().start, berlin(2026, 6, 11, 17));
    QCOMPARE(tail.last().durationMinutes, 90);
    QCOMPARE(m_sessions->seriesMembers(all->at(0).id)->size(), 4);

    // All: cancel the whole first series; the held one stays held.
    Session held = members[0];
    held.status = SessionStatus::Held;
    QVERIFY(m_sessions->update(held).ok());
    SessionChange cancel;
    cancel.status = SessionStatus::CancelledByClient;
    QVERIFY(m_sessions->edit(members[2].id, EditScope::WholeSeries, cancel).ok());
    const auto head = *m_sessions->seriesMembers(series->id);
    QCOMPARE(head.at(0).status, SessionStatus::Held);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(head.at(i).status, SessionStatus::CancelledByClient);
    const auto tailAfterCancel = *m_sessions->seriesMembers(all->at(1).id);
    for (const Session& s : tailAfterCancel)
        QCOMPARE(s.status, SessionStatus::Planned);
}

void TestSessionRepository::skipAndRemoveSeries() {
    auto series = m_sessions->addSeries(fortnightly(4));
    auto members = *m_sessions->seriesMembers(series->id);
    QVERIFY(m_sessions->remove(members[2].id).ok()); // skip
    QCOMPARE(m_sessions->series(series->id)->skippedDates, QList<QDate>{QDate(2026, 3, 31)});
    QCOMPARE(m_sessions->seriesMembers(series->id)->size(), 3);
    QVERIFY(m_sessions->removeSeries(series->id).ok());
    QVERIFY(m_sessions->list()->isEmpty());
    QCOMPARE(m_sessions->series(series->id).code(), ErrorCode::NotFound);
}

void TestSessionRepository::heldCountsAgainstThePlan() {
    auto series = m_sessions->addSeries(fortnightly(8));
    auto members = *m_sessions->seriesMembers(series->id);
    QCOMPARE(m_sessions->tally(m_engagementId)->text(), QStringLiteral("0 of 8 held"));
    for (int i = 0; i < 3; ++i) {
        Session s = members[i];
        s.status = SessionStatus::Held;
        QVERIFY(m_sessions->update(s).ok());
    }
    Session cancelled = members[3];
    cancelled.status = SessionStatus::CancelledByMentor;
    QVERIFY(m_sessions->update(cancelled).ok());
    m_ws->clock().set(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    const auto tally = m_sessions->tally(m_engagementId);
    QVERIFY(tally.ok());
    QCOMPARE(tally->text(), QStringLiteral("3 of 8 held"));
    QCOMPARE(tally->cancelled, 1);
    QCOMPARE(tally->upcoming, 4);
    QVERIFY(!tally->lastSessionNear());
    QCOMPARE(m_sessions->tally(424242).code(), ErrorCode::NotFound);
}

void TestSessionRepository::engagementDeletionCascades() {
    QVERIFY(m_sessions->addSeries(fortnightly(3)).ok());
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    QVERIFY(engagements.remove(m_engagementId).ok());
    QVERIFY(m_sessions->list()->isEmpty());
    QVERIFY(m_sessions->listSeries()->isEmpty());
}

void TestSessionRepository::availabilityRoundTrip() {
    AvailabilityRepository repository(m_ws->workspace().database());
    auto loaded = repository.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->hours.size(), 5); // a fresh workspace: Monday to Friday
    Availability availability;
    availability.zone = QTimeZone("Europe/Lisbon");
    availability.hours.insert(Qt::Tuesday, {QTime(8, 0), QTime(12, 30)});
    availability.hours.insert(Qt::Saturday, {QTime(10, 0), QTime(14, 0)});
    availability.daysOff = {QDate(2026, 4, 3), QDate(2026, 12, 24)};
    availability.bufferMinutes = 20;
    QVERIFY(repository.save(availability).ok());
    loaded = repository.load();
    QCOMPARE(loaded->hours, availability.hours);
    QCOMPARE(loaded->daysOff, availability.daysOff);
    QCOMPARE(loaded->bufferMinutes, 20);
    QCOMPARE(loaded->zone.id(), QByteArray("Europe/Lisbon"));
    availability.hours.insert(Qt::Monday, {QTime(12, 0), QTime(9, 0)});
    QCOMPARE(repository.save(availability).code(), ErrorCode::InvalidInput);
    QVERIFY(repository.setAutoExportPath(QStringLiteral("/tmp/x.ics")).ok());
    QCOMPARE(*repository.autoExportPath(), QStringLiteral("/tmp/x.ics"));
}

void TestSessionRepository::busyTimesImportAndMalformedChangesNothing() {
    BusyTimeRepository busy(m_ws->workspace().database(), m_ws->clock());
    auto imported =
        IcsImporter::importData(sample(QStringLiteral("google.ics")), QStringLiteral("work.ics"),
                                busy, m_ws->clock(), kBerlin);
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(imported->busyTimes, 10);
    QCOMPARE(busy.list()->size(), 10);
    QCOMPARE(*busy.sources(), QStringList{QStringLiteral("work.ics")});

    // Re-importing replaces, never duplicates.
    QVERIFY(IcsImporter::importData(sample(QStringLiteral("google.ics")),
                                    QStringLiteral("work.ics"), busy, m_ws->clock(), kBerlin)
                .ok());
    QCOMPARE(busy.list()->size(), 10);

    // A broken version of the same file: the error names the line, nothing changes.
    QByteArray broken = sample(QStringLiteral("google.ics"));
    broken.replace("DTSTART:20260310T140000Z", "DTSTART:20260310T1400");
    auto failed =
        IcsImporter::importData(broken, QStringLiteral("work.ics"), busy, m_ws->clock(), kBerlin);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.message().startsWith(QLatin1String("Line 87:")), qPrintable(failed.message()));
    QCOMPARE(busy.list()->size(), 10);

    // Range queries.
    const auto march10 = busy.list(QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2026, 3, 11), QTime(0, 0), Qt::UTC));
    QCOMPARE(march10->size(), 1);
    QCOMPARE(march10->first().summary, QStringLiteral("Call with recruiter"));
    QVERIFY(busy.removeSource(QStringLiteral("work.ics")).ok());
    QVERIFY(busy.list()->isEmpty());
}

void TestSessionRepository::icsExportReimportRoundTrip() {
    auto series = m_sessions->addSeries(fortnightly(6));
    auto members = *m_sessions->seriesMembers(series->id);
    QVERIFY(m_sessions->remove(members[1].id).ok()); // skipped
    SessionChange move;
    move.start = berlin(2026, 4, 1, 8);
    QVERIFY(m_sessions->edit(members[2].id, EditScope::ThisOccurrence, move).ok());
    SessionChange cancel;
    cancel.status = SessionStatus::CancelledByClient;
    QVERIFY(m_sessions->edit(members[3].id, EditScope::ThisOccurrence, cancel).ok());
    Session single;
    single.engagementId = m_engagementId;
    single.start = ZonedTime::make(QDate(2026, 3, 20), QTime(11, 0), QTimeZone("America/New_York"));
    single.durationMinutes = 30;
    single.privateNotes = QStringLiteral("PRIVATE-DO-NOT-EXPORT");
    QVERIFY(m_sessions->add(single).ok());

    auto ics = IcsExporter::exportAll(*m_sessions, m_ws->clock());
    QVERIFY2(ics.ok(), qPrintable(ics.message()));
    QVERIFY(!ics->contains("PRIVATE-DO-NOT-EXPORT"));
    QVERIFY(ics->contains("SUMMARY:Mentoring: Anna Berg"));
    QVERIFY(ics->contains("EXDATE;TZID=Europe/Berlin:20260317T180000"));
    QVERIFY(ics->contains("STATUS:CANCELLED"));
    // Stable: the same data and clock give the same bytes.
    QCOMPARE(*IcsExporter::exportAll(*m_sessions, m_ws->clock()), *ics);
    QVERIFY(IcsExporter::exportClient(*m_sessions, m_clientId, m_ws->clock())
                ->contains(series->uid.toUtf8()));
    QVERIFY(!IcsExporter::exportClient(*m_sessions, m_clientId + 1, m_ws->clock())
                 ->contains("BEGIN:VEVENT"));

    BusyTimeRepository busy(m_ws->workspace().database(), m_ws->clock());
    QVERIFY(IcsImporter::importData(*ics, QStringLiteral("self.ics"), busy, m_ws->clock(), kBerlin)
                .ok());
    QStringList expected;
    SessionFilter active;
    active.includeCancelled = false;
    const QList<Session> stored = *m_sessions->list(active);
    for (const Session& s : stored)
        expected << s.startUtc().toString(Qt::ISODate) + QLatin1Char('/') +
                        s.endUtc().toString(Qt::ISODate);
    QStringList actual;
    const QList<BusyTime> busyTimes = *busy.list();
    for (const BusyTime& b : busyTimes)
        actual << b.startUtc.toString(Qt::ISODate) + QLatin1Char('/') +
                      b.endUtc.toString(Qt::ISODate);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.size(), 5); // 6 - skipped - cancelled + single
}

void TestSessionRepository::autoExportRewritesTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mentordesk.ics"));
    IcsAutoExporter exporter(*m_sessions, m_ws->clock());
    QSignalSpy exported(&exporter, &IcsAutoExporter::exported);
    QVERIFY(exporter.setPath(path).ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(exported.count(), 1);

    Session session;
    session.engagementId = m_engagementId;
    session.start = berlin(2026, 3, 4, 10);
    auto added = m_sessions->add(session);
    QVERIFY(added.ok());
    QCOMPARE(exported.count(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(added->uid.toUtf8()));
    file.close();

    QVERIFY(exporter.setPath(QString()).ok()); // off
    QVERIFY(m_sessions->remove(added->id).ok());
    QCOMPARE(exported.count(), 2);
}

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_session_repository.moc"
