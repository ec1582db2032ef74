// The published series read back by a second client: libical's own C API on
// the file Radicale stored, with none of MentorDesk's reading code. A
// fortnightly 18:00 Europe/Berlin series across the end of summer time (25
// October 2026), one occurrence moved and one cancelled, must give exactly
// the expected UTC instants.

#include "CalDavFixture.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <libical/ical.h>

#include <algorithm>
#include <ctime>

using namespace md;
using md::test::CalDavFixture;

namespace {

// Every .ics file Radicale keeps under `folder` (its own cache files aside).
QList<QByteArray> storedObjects(const QString& folder) {
    QList<QByteArray> out;
    QDirIterator files(folder, {QStringLiteral("*.ics")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.contains(QLatin1String("/.Radicale")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

QString isoUtc(time_t seconds) {
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC).toString(Qt::ISODate);
}

// A date-time property in UTC seconds, its TZID looked up in the file's own
// VTIMEZONE.
time_t utcSeconds(icalcomponent* calendar, icalproperty* property, icaltimetype time) {
    icaltimezone* zone = icaltimezone_get_utc_timezone();
    if (!icaltime_is_utc(time)) {
        icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        if (tzid)
            zone = icalcomponent_get_timezone(calendar, icalparameter_get_tzid(tzid));
    }
    return icaltime_as_timet_with_zone(time, zone);
}

struct Span {
    time_t start;
    time_t end;
};

void collect(icalcomponent* /*event*/, struct icaltime_span* span, void* data) {
    static_cast<QList<Span>*>(data)->append({span->start, span->end});
}

// "start/end" in UTC of every occurrence: the master expanded by libical
// (RRULE minus EXDATE), then each RECURRENCE-ID override applied.
QStringList expand(const QByteArray& ics) {
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return {QStringLiteral("libical could not parse it")};
    icalcomponent* master = nullptr;
    QList<icalcomponent*> overrides;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY))
            overrides.append(event);
        else
            master = event;
    }
    QList<Span> spans;
    if (master) {
        const icaltimetype from = icaltime_from_string("20260901T000000Z");
        const icaltimetype to = icaltime_from_string("20270301T000000Z");
        icalcomponent_foreach_recurrence(master, from, to, collect, &spans);
    }
    for (icalcomponent* event : std::as_const(overrides)) {
        icalproperty* rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY);
        const time_t original = utcSeconds(calendar, rid, icalproperty_get_recurrenceid(rid));
        spans.erase(std::remove_if(spans.begin(), spans.end(),
                                   [&](const Span& span) { return span.start == original; }),
                    spans.end());
        icalproperty* status = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY);
        if (status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED)
            continue;
        icalproperty* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        icalproperty* end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
        spans.append({utcSeconds(calendar, start, icalproperty_get_dtstart(start)),
                      utcSeconds(calendar, end, icalproperty_get_dtend(end))});
    }
    icalcomponent_free(calendar);
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    QStringList out;
    for (const Span& span : std::as_const(spans))
        out << isoUtc(span.start) + QLatin1Char('/') + isoUtc(span.end);
    return out;
}

} // namespace

class TestCalendarReadBack final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aSecondClientReadsTheExactInstants();
};

void TestCalendarReadBack::aSecondClientReadsTheExactInstants() {
    CalDavFixture fx;
    const QString problem = fx.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString connected = fx.connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));

    SessionSeries series;
    series.engagementId = fx.engagementId();
    series.rule = RecurrenceRule::fortnightly(5);
    series.firstStart = CalDavFixture::berlin(2026, 10, 13, 18);
    series.durationMinutes = 60;
    QList<Session> members;
    QVERIFY(fx.scheduling().addSeries(series, &members).ok());
    QCOMPARE(members.size(), 5);
    SessionChange moved; // 10 November to the 11th, an hour later
    moved.start = CalDavFixture::berlin(2026, 11, 11, 19);
    QVERIFY(fx.scheduling().editSession(members.at(2).id, EditScope::ThisOccurrence, moved).ok());
    SessionChange cancelled; // 24 November
    cancelled.status = SessionStatus::CancelledByClient;
    QVERIFY(
        fx.scheduling().editSession(members.at(3).id, EditScope::ThisOccurrence, cancelled).ok());
    auto synced = fx.calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->published, 1);

    const QList<QByteArray> stored = storedObjects(fx.server().storageFolder());
    QCOMPARE(stored.size(), 1);
    // Summer time (UTC+2) for 13 October, winter time (UTC+1) after 25 October.
    QCOMPARE(expand(stored.first()),
             (QStringList{QStringLiteral("2026-10-13T16:00:00Z/2026-10-13T17:00:00Z"),
                          QStringLiteral("2026-10-27T17:00:00Z/2026-10-27T18:00:00Z"),
                          QStringLiteral("2026-11-11T18:00:00Z/2026-11-11T19:00:00Z"),
                          QStringLiteral("2026-12-08T17:00:00Z/2026-12-08T18:00:00Z")}));
}

QTEST_GUILESS_MAIN(TestCalendarReadBack)
#include "tst_calendarreadback.moc"
