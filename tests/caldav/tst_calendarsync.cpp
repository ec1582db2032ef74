#include "RadicaleServer.h"
#include "TemporaryWorkspace.h"
#include "caldav/CalDavClient.h"
#include "caldav/CalendarSyncService.h"
#include "clients/ClientService.h"
#include "ics/IcsReader.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/EngagementRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <libical/ical.h>

using namespace md;
using md::test::RadicaleServer;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

SecureBytes secret(const char* text) {
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), qstrlen(text));
}

// The UTC starts a second reader (libical, through IcsReader's expansion of
// RRULE, EXDATE and RECURRENCE-ID) finds in a published object.
QStringList utcStarts(const QByteArray& ics) {
    IcsReader::Options window;
    window.fromUtc = utc(2026, 9, 1, 0);
    window.toUtc = utc(2027, 3, 1, 0);
    window.floatingZone = kBerlin;
    auto read = IcsReader::read(ics, window);
    if (!read)
        return {QStringLiteral("unreadable: ") + read.message()};
    QStringList out;
    for (const BusyTime& busy : read->busyTimes)
        out << busy.startUtc.toUTC().toString(Qt::ISODate) + QLatin1Char('/') +
                   busy.endUtc.toUTC().toString(QStringLiteral("HH:mm"));
    return out;
}

// The number of `kind` properties in every VEVENT of `ics`, counted by libical.
int countProperties(const QByteArray& ics, icalproperty_kind kind) {
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return -1;
    int count = 0;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        for (icalproperty* p = icalcomponent_get_first_property(event, kind); p;
             p = icalcomponent_get_next_property(event, kind))
            ++count;
    }
    icalcomponent_free(calendar);
    return count;
}

QByteArray bytesOfFolder(const QString& folder) {
    QByteArray all;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

// Publishing the sessions to a real CalDAV server (Radicale on loopback).
class TestCalendarSync final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void connectsWithDiscoveryAndQueuesEverything();
    void publishesASeriesWithAMovedAndACancelledOccurrence();
    void updatesDeletesAndCancels();
    void keepsAnEditMadeOnTheServer();
    void wrongPasswordIsSaidPlainly();
    void queueWaitsForTheServerAndDrains();
    void refusesAClearTextServer();
    void busyTimesFromAnotherCalendarAreConflicts();

private:
    CalendarSyncService& calendar() { return m_ws->workspace().calendarSync(); }
    SchedulingService& scheduling() { return m_ws->workspace().scheduling(); }
    CalendarSyncService::ConnectRequest request() const {
        CalendarSyncService::ConnectRequest connect;
        connect.serverUrl = m_server->baseUrl();
        connect.user = QString::fromLatin1(RadicaleServer::kUser);
        return connect;
    }
    bool connectAccount() {
        auto connected = calendar().connectAccount(request(), secret(RadicaleServer::kPassword));
        if (!connected)
            qWarning("%s", qPrintable(connected.message()));
        return connected.ok();
    }
    qint64 addSingleSession(const QDateTime& start) {
        Session session;
        session.engagementId = m_engagementId;
        session.start = start;
        session.durationMinutes = 45;
        session.format = SessionFormat::Phone;
        session.location = QStringLiteral("+49 30 1234567");
        session.agenda = QStringLiteral("AGENDA-Interview practice");
        session.privateNotes = QStringLiteral("SECRET-NOTE nervous about the panel");
        auto added = scheduling().addSession(session);
        return added ? added->id : 0;
    }
    // The objects on the server with their data.
    QList<CalendarObject> serverObjects() {
        CalDavClient reader;
        reader.setCredentials(QString::fromLatin1(RadicaleServer::kUser),
                              secret(RadicaleServer::kPassword));
        const QUrl url = calendar().account()->value().calendarUrl;
        auto listed = reader.changesSince(url, {});
        if (!listed)
            return {};
        QList<QUrl> urls;
        for (const CalendarObject& object : listed->changed)
            urls.append(object.url);
        return urls.isEmpty() ? QList<CalendarObject>() : reader.fetch(url, urls).value();
    }

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_engagementId = 0;
};

void TestCalendarSync::init() {
    m_server = std::make_unique<RadicaleServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    m_ws->clock().set(utc(2026, 10, 1, 9));
    Client client;
    client.fullName = QStringLiteral("Johanna Marquardt");
    client.preferredName = QStringLiteral("Jo");
    client.email = QStringLiteral("johanna@example.org");
    auto added = m_ws->workspace().clients().add(client);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    Engagement engagement;
    engagement.clientId = added->id;
    engagement.title = QStringLiteral("GOAL-Become a staff engineer");
    engagement.startDate = QDate(2026, 10, 1);
    engagement.plannedSessions = 8;
    auto stored = engagements.add(engagement);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    m_engagementId = stored->id;
}

void TestCalendarSync::cleanup() {
    m_ws.reset();
    m_server.reset();
}

void TestCalendarSync::connectsWithDiscoveryAndQueuesEverything() {
    QVERIFY(addSingleSession(berlin(2026, 10, 5, 10)) != 0);
    QCOMPARE(calendar().status()->connected, false);

    auto connected = calendar().connectAccount(request(), secret(RadicaleServer::kPassword));
    QVERIFY2(connected.ok(), qPrintable(connected.message()));
    QCOMPARE(connected->calendarHomeUrl.path(), QStringLiteral("/mentor/"));
    QCOMPARE(connected->calendarUrl.path(), QStringLiteral("/mentor/mentordesk/"));

    // The calendar was made on the server; discovery finds it.
    auto found = calendar().discover();
    QVERIFY2(found.ok(), qPrintable(found.message()));
    QCOMPARE(found->calendars.size(), 1);
    QCOMPARE(found->calendars.first().displayName, QStringLiteral("MentorDesk"));

    auto status = calendar().status();
    QVERIFY(status.ok());
    QVERIFY(status->connected);
    QCOMPARE(status->pendingChanges, 1);
    QVERIFY(!status->lastSyncUtc.isValid());

    // Connecting again reuses the calendar and keeps one queue entry per object.
    QVERIFY(connectAccount());
    QCOMPARE(calendar().status()->pendingChanges, 1);
    auto again = calendar().discover();
    QCOMPARE(again->calendars.size(), 1);

    // The password is inside the encrypted database only.
    const QByteArray files = bytesOfFolder(m_ws->directory());
    QVERIFY(!files.isEmpty());
    QVERIFY(!files.contains(RadicaleServer::kPassword));
}

void TestCalendarSync::publishesASeriesWithAMovedAndACancelledOccurrence() {
    QVERIFY(connectAccount());
    SessionSeries series;
    series.engagementId = m_engagementId;
    series.rule = RecurrenceRule::fortnightly(5);
    // 18:00 in Berlin, across the end of summer time on 25 October.
    series.firstStart = berlin(2026, 10, 13, 18);
    series.durationMinutes = 60;
    series.format = SessionFormat::Video;
    series.location = QStringLiteral("https://meet.example/PRIVATE-LINK");
    series.agenda = QStringLiteral("AGENDA-Career ladder");
    QList<Session> members;
    auto added = scheduling().addSeries(series, &members);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(members.size(), 5);

    SessionChange moved;
    moved.start = berlin(2026, 11, 11, 19);
    QVERIFY(scheduling().editSession(members.at(2).id, EditScope::ThisOccurrence, moved).ok());
    SessionChange cancelled;
    cancelled.status = SessionStatus::CancelledByClient;
    QVERIFY(scheduling().editSession(members.at(3).id, EditScope::ThisOccurrence, cancelled).ok());
    Session noted = *scheduling().session(members.at(0).id);
    noted.privateNotes = QStringLiteral("SECRET-NOTE wants to leave the company");
    QVERIFY(scheduling().updateSession(noted).ok());
    QCOMPARE(calendar().status()->pendingChanges, 1);

    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->published, 1);
    QCOMPARE(synced->pending, 0);
    QCOMPARE(synced->conflicts, 0);

    const QList<CalendarObject> objects = serverObjects();
    QCOMPARE(objects.size(), 1);
    const QByteArray ics = objects.first().data;
    QVERIFY(ics.contains("UID:" + added->uid.toUtf8()));
    QCOMPARE(countProperties(ics, ICAL_RRULE_PROPERTY), 1);
    QCOMPARE(countProperties(ics, ICAL_EXDATE_PROPERTY), 1);
    QCOMPARE(countProperties(ics, ICAL_RECURRENCEID_PROPERTY), 1);
    QCOMPARE(utcStarts(ics), (QStringList{QStringLiteral("2026-10-13T16:00:00Z/17:00"),
                                          QStringLiteral("2026-10-27T17:00:00Z/18:00"),
                                          QStringLiteral("2026-11-11T18:00:00Z/19:00"),
                                          QStringLiteral("2026-12-08T17:00:00Z/18:00")}));
    QVERIFY(ics.contains("SUMMARY:Mentoring session (JM)"));
    QVERIFY(ics.contains("LOCATION:Video call"));

    // What the server stores: no note, goal, agenda, link, e-mail or full name.
    const QByteArray stored = m_server->storedBytes();
    QVERIFY(stored.contains(added->uid.toUtf8()));
    for (const char* secretText : {"SECRET-NOTE", "GOAL-", "AGENDA-", "PRIVATE-LINK", "johanna",
                                   "Johanna", "Marquardt", "DESCRIPTION"})
        QVERIFY2(!stored.contains(secretText), secretText);

    // The mentor may show the preferred name instead.
    QVERIFY(calendar().setSummaryUsesPreferredName(true).ok());
    QVERIFY(calendar().sync().ok());
    QVERIFY(serverObjects().first().data.contains("SUMMARY:Mentoring session (Jo)"));
    QVERIFY(!m_server->storedBytes().contains("Marquardt"));
}

void TestCalendarSync::updatesDeletesAndCancels() {
    QVERIFY(connectAccount());
    const qint64 single = addSingleSession(berlin(2026, 10, 5, 10));
    const qint64 other = addSingleSession(berlin(2026, 10, 6, 10));
    auto first = calendar().sync();
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(first->published, 2);
    QCOMPARE(serverObjects().size(), 2);

    Session moved = *scheduling().session(single);
    moved.start = berlin(2026, 10, 7, 15);
    QVERIFY(scheduling().updateSession(moved).ok());
    auto updated = calendar().sync();
    QVERIFY2(updated.ok(), qPrintable(updated.message()));
    QCOMPARE(updated->published, 1);
    QList<CalendarObject> objects = serverObjects();
    QCOMPARE(objects.size(), 2);
    QStringList starts = utcStarts(objects.at(0).data) + utcStarts(objects.at(1).data);
    starts.sort();
    QCOMPARE(starts, (QStringList{QStringLiteral("2026-10-06T08:00:00Z/08:45"),
                                  QStringLiteral("2026-10-07T13:00:00Z/13:45")}));

    Session cancelled = *scheduling().session(single);
    cancelled.status = SessionStatus::CancelledByMentor;
    QVERIFY(scheduling().updateSession(cancelled).ok());
    QVERIFY(scheduling().removeSession(other).ok());
    auto removed = calendar().sync();
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    QCOMPARE(removed->removed, 2);
    QCOMPARE(serverObjects().size(), 0);

    // Planned again after the cancellation: back on the server.
    cancelled.status = SessionStatus::Planned;
    QVERIFY(scheduling().updateSession(cancelled).ok());
    QCOMPARE(calendar().sync()->published, 1);
    QCOMPARE(serverObjects().size(), 1);
}

void TestCalendarSync::keepsAnEditMadeOnTheServer() {
    QVERIFY(connectAccount());
    const qint64 id = addSingleSession(berlin(2026, 10, 5, 10));
    QVERIFY(calendar().sync().ok());
    CalendarObject object = serverObjects().first();

    // Someone moves the event on their phone.
    CalDavClient phone;
    phone.setCredentials(QString::fromLatin1(RadicaleServer::kUser),
                         secret(RadicaleServer::kPassword));
    QByteArray edited = object.data;
    edited.replace("SUMMARY:", "SUMMARY:Edited on the phone - ");
    QVERIFY(phone.put(object.url, edited, object.etag).ok());

    Session moved = *scheduling().session(id);
    moved.start = berlin(2026, 10, 9, 10);
    QVERIFY(scheduling().updateSession(moved).ok());
    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->conflicts, 1);
    QCOMPARE(synced->pending, 1);
    QVERIFY(serverObjects().first().data.contains("Edited on the phone"));
    QVERIFY(
        calendar().status()->lastError.contains(QLatin1String("changed or removed on the server")));
}

void TestCalendarSync::wrongPasswordIsSaidPlainly() {
    auto refused = calendar().connectAccount(request(), secret("not the password"));
    QCOMPARE(refused.code(), ErrorCode::WrongKey);
    QCOMPARE(refused.message(), QStringLiteral("The calendar server 127.0.0.1 did not accept the "
                                               "user name or password."));
    QVERIFY(!calendar().status()->connected);
    QCOMPARE(calendar().sync().code(), ErrorCode::NotFound);
}

void TestCalendarSync::queueWaitsForTheServerAndDrains() {
    QVERIFY(connectAccount());
    QVERIFY(addSingleSession(berlin(2026, 10, 5, 10)) != 0);
    QVERIFY(calendar().sync().ok());
    QVERIFY(addSingleSession(berlin(2026, 10, 6, 10)) != 0);
    QVERIFY(addSingleSession(berlin(2026, 10, 7, 10)) != 0);

    m_server->stop();
    auto away = calendar().sync();
    QCOMPARE(away.code(), ErrorCode::Io);
    QVERIFY(away.message().contains(QLatin1String("cannot be reached")));
    auto status = calendar().status();
    QCOMPARE(status->pendingChanges, 2);
    QCOMPARE(status->lastError, away.message());
    // Offline changes keep queueing.
    QVERIFY(addSingleSession(berlin(2026, 10, 8, 10)) != 0);
    QCOMPARE(calendar().status()->pendingChanges, 3);

    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_ws->clock().advanceSeconds(600);
    auto back = calendar().sync();
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back->published, 3);
    status = calendar().status();
    QCOMPARE(status->pendingChanges, 0);
    QCOMPARE(status->lastError, QString());
    QCOMPARE(status->lastSyncUtc, m_ws->clock().nowUtc());
    QCOMPARE(serverObjects().size(), 4);
}

void TestCalendarSync::refusesAClearTextServer() {
    CalendarSyncService::ConnectRequest clear = request();
    clear.serverUrl = QUrl(QStringLiteral("http://calendar.example.com/dav/"));
    auto refused = calendar().connectAccount(clear, secret(RadicaleServer::kPassword));
    QCOMPARE(refused.code(), ErrorCode::Refused);
    QVERIFY(refused.message().contains(QLatin1String("https://")));
}

void TestCalendarSync::busyTimesFromAnotherCalendarAreConflicts() {
    CalDavClient phone;
    phone.setCredentials(QString::fromLatin1(RadicaleServer::kUser),
                         secret(RadicaleServer::kPassword));
    auto home = phone.discover(m_server->baseUrl());
    QVERIFY2(home.ok(), qPrintable(home.message()));
    auto privateCalendar = phone.makeCalendar(home->calendarHomeUrl, QStringLiteral("Private"));
    QVERIFY2(privateCalendar.ok(), qPrintable(privateCalendar.message()));
    QVERIFY(phone.makeCalendar(home->calendarHomeUrl, QStringLiteral("Empty")).ok());
    const QByteArray dentist =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\n"
        "UID:dentist@phone\r\nDTSTAMP:20261001T090000Z\r\nDTSTART:20261020T100000Z\r\n"
        "DTEND:20261020T110000Z\r\nSUMMARY:Dentist Dr. Hahn\r\nLOCATION:Hauptstr. 5\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n";
    QVERIFY(phone.put(privateCalendar->resolved(QUrl("dentist.ics")), dentist, {}).ok());

    CalendarSyncService::ConnectRequest withBusy = request();
    withBusy.busyCalendarNames = {QStringLiteral("Private"), QStringLiteral("Empty")};
    auto connected = calendar().connectAccount(withBusy, secret(RadicaleServer::kPassword));
    QVERIFY2(connected.ok(), qPrintable(connected.message()));
    QCOMPARE(connected->busyCalendars.size(), 2);
    withBusy.busyCalendarNames = {QStringLiteral("Nowhere")};
    QCOMPARE(calendar().connectAccount(withBusy, secret(RadicaleServer::kPassword)).code(),
             ErrorCode::NotFound);

    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->busyTimes, 1);
    QCOMPARE(calendar().status()->lastError, QString());
    auto busy = scheduling().busyTimes();
    QVERIFY(busy.ok());
    QCOMPARE(busy->size(), 1);
    QCOMPARE(busy->first().startUtc, utc(2026, 10, 20, 10));
    // No title unless the mentor allows it.
    QCOMPARE(busy->first().summary, QStringLiteral("Busy"));

    ConflictChecker::Proposal proposal;
    proposal.startUtc = utc(2026, 10, 20, 10, 30);
    proposal.durationMinutes = 60;
    auto conflicts = scheduling().conflictsFor(proposal);
    QVERIFY2(conflicts.ok(), qPrintable(conflicts.message()));
    bool overlap = false;
    for (const ConflictWarning& warning : *conflicts)
        overlap = overlap || warning.kind == ConflictWarning::Kind::BusyTimeOverlap;
    QVERIFY(overlap);

    // The event leaves the phone's calendar: the next sync forgets it.
    QVERIFY(phone.remove(privateCalendar->resolved(QUrl("dentist.ics")), {}).ok());
    QVERIFY(calendar().sync().ok());
    QCOMPARE(scheduling().busyTimes()->size(), 0);

    QVERIFY(calendar().disconnectAccount().ok());
    QVERIFY(!calendar().status()->connected);
}

QTEST_GUILESS_MAIN(TestCalendarSync)
#include "tst_calendarsync.moc"
