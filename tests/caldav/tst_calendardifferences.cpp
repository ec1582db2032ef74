// Events changed or deleted on the CalDAV server (by the mentor's phone):
// found, listed as differences, never overwritten silently, and resolved
// either way. Against a real Radicale on loopback.

#include "CalDavFixture.h"
#include "caldav/CalendarObjectReader.h"
#include "common/ChangeNotifier.h"
#include "storage/CalendarSyncRepository.h"

#include <QTest>

using namespace md;
using md::test::CalDavFixture;

namespace {

// The object with its local times replaced, as a phone writes a moved event.
QByteArray replaced(QByteArray ics, const QByteArray& from, const QByteArray& to) {
    ics.replace(from, to);
    return ics;
}

// The object with one more line after the first line starting with `after`.
QByteArray withLineAfter(const QByteArray& ics, const QByteArray& after, const QByteArray& line) {
    const qsizetype at = ics.indexOf(after);
    const qsizetype end = ics.indexOf('\n', at);
    if (at < 0 || end < 0)
        return ics;
    QByteArray out = ics;
    out.insert(end + 1, line + "\r\n");
    return out;
}

QStringList utcStartsOf(const QByteArray& ics) {
    auto content = CalendarObjectReader::read(ics);
    if (!content)
        return {content.message()};
    QStringList out;
    for (const ObjectOccurrence& occurrence : std::as_const(content->occurrences)) {
        if (!occurrence.cancelled)
            out << occurrence.startUtc.toString(Qt::ISODate);
    }
    return out;
}

} // namespace

class TestCalendarDifferences final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aMoveOnThePhoneIsListedNotOverwrittenAndAccepted();
    void anOccurrenceDeletedOnThePhoneCancelsItWhenAccepted();
    void keepingMentorDesksVersionOverwritesWithIfMatch();
    void anEventDeletedOnThePhoneIsMadeAgainOrCancelled();
    void aPreconditionFailedPutIsADifferenceToo();
    void anUnknownSyncTokenFallsBackToTheWholeListing();
    void connectingAgainSendsNothingTwiceAndMakesNoDuplicates();
    void acceptingForASessionDeletedInMentorDeskLeavesTheServersEvent();

private:
    CalendarSyncService& calendar() { return m_fx->calendar(); }
    SchedulingService& scheduling() { return m_fx->scheduling(); }
    std::unique_ptr<CalDavFixture> m_fx;
};

void TestCalendarDifferences::init() {
    m_fx = std::make_unique<CalDavFixture>();
    const QString problem = m_fx->setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString connected = m_fx->connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
}

void TestCalendarDifferences::cleanup() {
    m_fx.reset();
}

void TestCalendarDifferences::aMoveOnThePhoneIsListedNotOverwrittenAndAccepted() {
    const qint64 id = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    QVERIFY(calendar().sync().ok());
    QCOMPARE(calendar().differences()->size(), 0);
    const CalendarObject object = m_fx->serverObjects().value(0);
    QVERIFY(object.data.contains("20261005T100000"));

    // The phone moves it to Friday 14:00.
    const QByteArray moved = replaced(object.data, "20261005T10", "20261009T14");
    QVERIFY(m_fx->phone().put(object.url, moved, object.etag).ok());

    QList<ChangeSet> published;
    connect(&m_fx->workspace().changes(), &ChangeNotifier::changed, this,
            [&](const ChangeSet& changes) { published.append(changes); });
    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->differences, 1);
    QCOMPARE(calendar().status()->differences, 1);
    bool announced = false;
    for (const ChangeSet& changes : std::as_const(published))
        announced =
            announced || !changes.ids(RecordKind::CalendarDifference, ChangeOp::Added).isEmpty();
    QVERIFY(announced);

    auto differences = calendar().differences();
    QVERIFY2(differences.ok(), qPrintable(differences.message()));
    QCOMPARE(differences->size(), 1);
    const CalendarDifference difference = differences->first();
    QCOMPARE(difference.kind, CalendarDifference::Kind::Moved);
    QCOMPARE(difference.sessionId, id);
    QCOMPARE(difference.serverStartUtc, CalDavFixture::utc(2026, 10, 9, 12));
    QCOMPARE(difference.serverEndUtc, CalDavFixture::utc(2026, 10, 9, 12, 45));
    QCOMPARE(difference.mentorDeskStartUtc, CalDavFixture::utc(2026, 10, 5, 8));
    QCOMPARE(difference.clientName, QStringLiteral("Jo")); // as the app names the client
    QCOMPARE(difference.foundUtc, m_fx->ws().clock().nowUtc());
    // Reading the list writes nothing.
    QCOMPARE(calendar().differences()->first().id, difference.id);

    // A change made in MentorDesk meanwhile is held back, not sent over it.
    Session noted = *scheduling().session(id);
    noted.format = SessionFormat::Phone;
    QVERIFY(scheduling().updateSession(noted).ok());
    auto held = calendar().sync();
    QVERIFY(held.ok());
    QCOMPARE(held->published, 0);
    QCOMPARE(held->conflicts, 1);
    QCOMPARE(held->pending, 1);
    QCOMPARE(calendar().differences()->size(), 1);
    QVERIFY(m_fx->serverObjects().value(0).data.contains("20261009T140000"));

    published.clear();
    auto accepted = calendar().acceptServerVersion(difference.id);
    QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    const Session now = *scheduling().session(id);
    QCOMPARE(now.startUtc(), CalDavFixture::utc(2026, 10, 9, 12));
    QCOMPARE(now.durationMinutes, 45);
    QCOMPARE(now.timeZoneId(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(now.format, SessionFormat::Phone);
    QCOMPARE(calendar().differences()->size(), 0);
    QCOMPARE(published.size(), 1); // one unit of work
    QVERIFY(published.first().removed(RecordKind::CalendarDifference, difference.id));
    QVERIFY(published.first().touches(RecordKind::Session));
    QCOMPARE(calendar().acceptServerVersion(difference.id).code(), ErrorCode::NotFound);

    // The next sync writes MentorDesk's event over the phone's (If-Match on
    // the phone's ETag): the same time, now with the phone format.
    auto after = calendar().sync();
    QVERIFY2(after.ok(), qPrintable(after.message()));
    QCOMPARE(after->published, 1);
    QCOMPARE(after->differences, 0);
    const QByteArray ics = m_fx->serverObjects().value(0).data;
    QCOMPARE(utcStartsOf(ics), QStringList{QStringLiteral("2026-10-09T12:00:00Z")});
    QVERIFY(ics.contains("LOCATION:Phone"));
    QCOMPARE(calendar().status()->lastError, QString());
}

void TestCalendarDifferences::anOccurrenceDeletedOnThePhoneCancelsItWhenAccepted() {
    SessionSeries series;
    series.engagementId = m_fx->engagementId();
    series.rule = RecurrenceRule::fortnightly(4);
    series.firstStart = CalDavFixture::berlin(2026, 10, 13, 18);
    series.durationMinutes = 60;
    QList<Session> members;
    QVERIFY(scheduling().addSeries(series, &members).ok());
    QVERIFY(calendar().sync().ok());
    const CalendarObject object = m_fx->serverObjects().value(0);
    QVERIFY(object.data.contains("RRULE:FREQ=WEEKLY"));

    // The phone deletes the occurrence of 27 October ("this event only"),
    // and moves the one of 10 November an hour later.
    QByteArray edited = withLineAfter(object.data, "RRULE:FREQ=WEEKLY",
                                      "EXDATE;TZID=Europe/Berlin:20261027T180000");
    const QByteArray uid = scheduling().series(members.first().seriesId)->uid.toUtf8();
    edited.insert(edited.lastIndexOf("END:VCALENDAR"),
                  "BEGIN:VEVENT\r\nUID:" + uid +
                      "\r\nDTSTAMP:20261002T080000Z\r\n"
                      "RECURRENCE-ID;TZID=Europe/Berlin:20261110T180000\r\n"
                      "DTSTART;TZID=Europe/Berlin:20261110T190000\r\n"
                      "DTEND;TZID=Europe/Berlin:20261110T200000\r\n"
                      "SUMMARY:Mentoring session (JM)\r\nEND:VEVENT\r\n");
    QVERIFY2(m_fx->phone().put(object.url, edited, object.etag).ok(), edited.constData());

    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    auto differences = calendar().differences();
    QVERIFY(differences.ok());
    QCOMPARE(differences->size(), 2);
    const CalendarDifference cancelled = differences->at(0);
    const CalendarDifference moved = differences->at(1);
    QCOMPARE(cancelled.kind, CalendarDifference::Kind::Cancelled);
    QCOMPARE(cancelled.sessionId, members.at(1).id);
    QCOMPARE(cancelled.seriesId, members.first().seriesId);
    QCOMPARE(moved.kind, CalendarDifference::Kind::Moved);
    QCOMPARE(moved.sessionId, members.at(2).id);
    // 10 November is winter time: 19:00 in Berlin is 18:00 UTC.
    QCOMPARE(moved.serverStartUtc, CalDavFixture::utc(2026, 11, 10, 18));

    // Accepting the deletion cancels that session, as cancelled by the mentor.
    QVERIFY(calendar().acceptServerVersion(cancelled.id).ok());
    QCOMPARE(scheduling().session(members.at(1).id)->status, SessionStatus::CancelledByMentor);
    QCOMPARE(scheduling().seriesMembers(members.first().seriesId)->size(), 4);
    // The other difference of the same event still holds it back.
    auto between = calendar().sync();
    QVERIFY(between.ok());
    QCOMPARE(between->published, 0);
    QCOMPARE(between->conflicts, 1);

    QVERIFY(calendar().acceptServerVersion(moved.id).ok());
    QCOMPARE(scheduling().session(members.at(2).id)->startUtc(),
             CalDavFixture::utc(2026, 11, 10, 18));
    auto after = calendar().sync();
    QVERIFY2(after.ok(), qPrintable(after.message()));
    QCOMPARE(after->published, 1);
    QCOMPARE(after->differences, 0);
    QCOMPARE(
        utcStartsOf(m_fx->serverObjects().value(0).data),
        (QStringList{QStringLiteral("2026-10-13T16:00:00Z"), QStringLiteral("2026-11-10T18:00:00Z"),
                     QStringLiteral("2026-11-24T17:00:00Z")}));
}

void TestCalendarDifferences::keepingMentorDesksVersionOverwritesWithIfMatch() {
    const qint64 id = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    QVERIFY(calendar().sync().ok());
    const CalendarObject object = m_fx->serverObjects().value(0);
    QVERIFY(m_fx->phone()
                .put(object.url, replaced(object.data, "20261005T10", "20261009T14"), object.etag)
                .ok());
    QVERIFY(calendar().sync().ok());
    const CalendarDifference difference = calendar().differences()->value(0);
    QCOMPARE(difference.kind, CalendarDifference::Kind::Moved);

    // The phone changes it once more after the sync read it: MentorDesk's
    // If-Match on the ETag it saw fails, and nothing is overwritten.
    const CalendarObject again = m_fx->serverObjects().value(0);
    QVERIFY(m_fx->phone()
                .put(again.url, replaced(again.data, "20261009T14", "20261009T15"), again.etag)
                .ok());
    auto refused = calendar().keepMentorDeskVersion(difference.id);
    QVERIFY2(refused.ok(), qPrintable(refused.message()));
    QCOMPARE(*refused, false);
    QVERIFY(m_fx->serverObjects().value(0).data.contains("20261009T150000"));
    auto listed = calendar().differences();
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().serverStartUtc, CalDavFixture::utc(2026, 10, 9, 13));

    auto kept = calendar().keepMentorDeskVersion(listed->first().id);
    QVERIFY2(kept.ok(), qPrintable(kept.message()));
    QCOMPARE(*kept, true);
    QCOMPARE(calendar().differences()->size(), 0);
    QCOMPARE(scheduling().session(id)->startUtc(), CalDavFixture::utc(2026, 10, 5, 8));
    QCOMPARE(utcStartsOf(m_fx->serverObjects().value(0).data),
             QStringList{QStringLiteral("2026-10-05T08:00:00Z")});
    auto after = calendar().sync();
    QVERIFY(after.ok());
    QCOMPARE(after->published, 0);
    QCOMPARE(after->differences, 0);
    QCOMPARE(after->pending, 0);
}

void TestCalendarDifferences::anEventDeletedOnThePhoneIsMadeAgainOrCancelled() {
    const qint64 kept = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    const qint64 dropped = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 6, 10));
    QVERIFY(calendar().sync().ok());
    for (const CalendarObject& object : m_fx->serverObjects())
        QVERIFY(m_fx->phone().remove(object.url, object.etag).ok());

    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->differences, 2);
    QCOMPARE(m_fx->serverObjects().size(), 0);
    auto differences = calendar().differences();
    QCOMPARE(differences->size(), 2);
    qint64 keepId = 0;
    qint64 acceptId = 0;
    for (const CalendarDifference& difference : *differences) {
        QCOMPARE(difference.kind, CalendarDifference::Kind::Deleted);
        (difference.sessionId == kept ? keepId : acceptId) = difference.id;
    }
    QVERIFY(keepId != 0 && acceptId != 0);

    auto made = calendar().keepMentorDeskVersion(keepId);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    QVERIFY(*made);
    QCOMPARE(m_fx->serverObjects().size(), 1);

    QVERIFY(calendar().acceptServerVersion(acceptId).ok());
    QCOMPARE(scheduling().session(dropped)->status, SessionStatus::CancelledByMentor);
    auto after = calendar().sync();
    QVERIFY2(after.ok(), qPrintable(after.message()));
    QCOMPARE(after->differences, 0);
    QCOMPARE(after->pending, 0);
    QCOMPARE(m_fx->serverObjects().size(), 1);
    QCOMPARE(utcStartsOf(m_fx->serverObjects().value(0).data),
             QStringList{QStringLiteral("2026-10-05T08:00:00Z")});
}

void TestCalendarDifferences::aPreconditionFailedPutIsADifferenceToo() {
    const qint64 id = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    QVERIFY(calendar().sync().ok());
    const CalendarObject object = m_fx->serverObjects().value(0);
    QVERIFY(m_fx->phone()
                .put(object.url, replaced(object.data, "20261005T10", "20261005T16"), object.etag)
                .ok());
    // As if the sync had already read the server after the phone's change
    // (a change between that read and the PUT): only the 412 tells.
    auto current = m_fx->phone().changesSince(m_fx->calendarUrl(), {});
    QVERIFY(current.ok());
    CalendarSyncRepository repository(m_fx->workspace().database());
    QVERIFY(repository.saveSyncToken(current->syncToken).ok());

    Session moved = *scheduling().session(id);
    moved.start = CalDavFixture::berlin(2026, 10, 7, 10);
    QVERIFY(scheduling().updateSession(moved).ok());
    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->conflicts, 1);
    QCOMPARE(synced->published, 0);
    QVERIFY(m_fx->serverObjects().value(0).data.contains("20261005T160000"));
    auto differences = calendar().differences();
    QCOMPARE(differences->size(), 1);
    QCOMPARE(differences->first().kind, CalendarDifference::Kind::Moved);
    QCOMPARE(differences->first().serverStartUtc, CalDavFixture::utc(2026, 10, 5, 14));
}

void TestCalendarDifferences::anUnknownSyncTokenFallsBackToTheWholeListing() {
    m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    QVERIFY(calendar().sync().ok());
    QVERIFY(!calendar().account()->value().syncToken.isEmpty());
    const CalendarObject object = m_fx->serverObjects().value(0);
    QVERIFY(m_fx->phone().remove(object.url, object.etag).ok());
    CalendarSyncRepository repository(m_fx->workspace().database());
    QVERIFY(repository.saveSyncToken(QStringLiteral("http://radicale.org/ns/sync/unknown")).ok());

    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->differences, 1);
    QCOMPARE(calendar().differences()->first().kind, CalendarDifference::Kind::Deleted);
    QVERIFY(calendar().account()->value().syncToken.contains(QLatin1String("sync")));

    // The ETags alone (PROPFIND), for servers without sync-collection.
    auto etags = m_fx->phone().etags(m_fx->calendarUrl());
    QVERIFY2(etags.ok(), qPrintable(etags.message()));
    QCOMPARE(etags->size(), 0);
    m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 8, 10));
    QVERIFY(calendar().sync().ok());
    etags = m_fx->phone().etags(m_fx->calendarUrl());
    QCOMPARE(etags->size(), 1);
    QVERIFY(!etags->first().etag.isEmpty());
    QVERIFY(etags->first().url.path().endsWith(QLatin1String(".ics")));
}

void TestCalendarDifferences::connectingAgainSendsNothingTwiceAndMakesNoDuplicates() {
    const qint64 first = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 6, 10));
    QCOMPARE(calendar().sync()->published, 2);
    QList<QByteArray> etags;
    for (const CalendarObject& object : m_fx->serverObjects())
        etags.append(object.etag);

    // Connecting again to the same calendar queues every object; the sync
    // finds them unchanged and sends none of them.
    QString connected = m_fx->connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    QCOMPARE(calendar().status()->pendingChanges, 2);
    auto again = calendar().sync();
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->published, 0);
    QCOMPARE(again->pending, 0);
    QList<QByteArray> etagsAfter;
    for (const CalendarObject& object : m_fx->serverObjects())
        etagsAfter.append(object.etag);
    QCOMPARE(etagsAfter, etags);

    // Disconnected (MentorDesk forgets what it published) while the phone
    // moves one event, then connected again: the untouched event is taken
    // over with If-Match, the moved one is a difference; no duplicates.
    QVERIFY(calendar().disconnectAccount().ok());
    CalendarObject moved;
    for (const CalendarObject& object : m_fx->serverObjects()) {
        if (object.data.contains("DTSTART;TZID=Europe/Berlin:20261005T100000"))
            moved = object;
    }
    QVERIFY(m_fx->phone()
                .put(moved.url, replaced(moved.data, "20261005T10", "20261005T11"), moved.etag)
                .ok());
    connected = m_fx->connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    auto reconnected = calendar().sync();
    QVERIFY2(reconnected.ok(), qPrintable(reconnected.message()));
    QCOMPARE(reconnected->published, 1);
    QCOMPARE(reconnected->conflicts, 1);
    QCOMPARE(m_fx->serverObjects().size(), 2);
    auto differences = calendar().differences();
    QCOMPARE(differences->size(), 1);
    QCOMPARE(differences->first().sessionId, first);
    QCOMPARE(differences->first().kind, CalendarDifference::Kind::Moved);
    QVERIFY(calendar().keepMentorDeskVersion(differences->first().id).value());
    QCOMPARE(m_fx->serverObjects().size(), 2);
    auto settled = calendar().sync();
    QVERIFY(settled.ok());
    QCOMPARE(settled->published, 0);
    QCOMPARE(settled->differences, 0);
    QStringList starts;
    for (const CalendarObject& object : m_fx->serverObjects())
        starts += utcStartsOf(object.data);
    starts.sort();
    QCOMPARE(starts, (QStringList{QStringLiteral("2026-10-05T08:00:00Z"),
                                  QStringLiteral("2026-10-06T08:00:00Z")}));
}

void TestCalendarDifferences::acceptingForASessionDeletedInMentorDeskLeavesTheServersEvent() {
    const qint64 id = m_fx->addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    QVERIFY(calendar().sync().ok());
    const CalendarObject object = m_fx->serverObjects().value(0);
    QVERIFY(m_fx->phone()
                .put(object.url, replaced(object.data, ":20261005T10", ":20261005T15"), object.etag)
                .ok());
    // Deleted in MentorDesk before the sync sees the phone's move.
    QVERIFY(scheduling().removeSession(id).ok());
    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->removed, 0);
    auto differences = calendar().differences();
    QCOMPARE(differences->size(), 1);
    QCOMPARE(differences->first().clientName, QString());

    QVERIFY(calendar().acceptServerVersion(differences->first().id).ok());
    QCOMPARE(calendar().differences()->size(), 0);
    QCOMPARE(calendar().status()->pendingChanges, 0);
    auto after = calendar().sync();
    QVERIFY2(after.ok(), qPrintable(after.message()));
    QCOMPARE(after->removed, 0);
    QCOMPARE(m_fx->serverObjects().size(), 1);
    QVERIFY(m_fx->serverObjects().value(0).data.contains("20261005T150000"));
}

QTEST_GUILESS_MAIN(TestCalendarDifferences)
#include "tst_calendardifferences.moc"
