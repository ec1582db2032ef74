// Telling what the server changed in a published calendar object, without a
// server: CalendarObjectReader (libical) and CalendarDifferenceFinder.

#include "caldav/CalendarDifferenceFinder.h"
#include "caldav/CalendarObjectReader.h"

#include <QTest>

using namespace md;
using Kind = CalendarDifference::Kind;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// A weekly series of three, 18:00–19:00 in Berlin from Tuesday 13 October
// 2026 (across the end of summer time on the 25th), with `extra` lines in
// its main event and `more` events after it.
QByteArray series(const QByteArray& start = "20261013T180000",
                  const QByteArray& end = "20261013T190000", const QByteArray& extra = {},
                  const QByteArray& more = {}, const QByteArray& stamp = "20261001T090000Z") {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
           "UID:series@mentordesk\r\nDTSTAMP:" +
           stamp + "\r\nDTSTART;TZID=Europe/Berlin:" + start +
           "\r\nDTEND;TZID=Europe/Berlin:" + end +
           "\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Mentoring session (JM)\r\n" + extra +
           "END:VEVENT\r\n" + more + "END:VCALENDAR\r\n";
}

QByteArray single(const QByteArray& start, const QByteArray& end, const QByteArray& extra = {}) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
           "UID:single@mentordesk\r\nDTSTAMP:20261001T090000Z\r\nDTSTART:" +
           start + "\r\nDTEND:" + end + "\r\nSUMMARY:Mentoring session (JM)\r\n" + extra +
           "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

CalendarDifferenceFinder::Object seriesObject() {
    CalendarDifferenceFinder::Object object;
    object.objectKey = QStringLiteral("series:7");
    object.seriesZone = QTimeZone("Europe/Berlin");
    object.membersByDate = {
        {QDate(2026, 10, 13), 1}, {QDate(2026, 10, 20), 2}, {QDate(2026, 10, 27), 3}};
    return object;
}

CalendarDifferenceFinder::Object singleObject() {
    CalendarDifferenceFinder::Object object;
    object.objectKey = QStringLiteral("session:9");
    object.sessionId = 9;
    return object;
}

QList<CalendarDifference> compare(const CalendarDifferenceFinder::Object& object,
                                  const QByteArray& published, const QByteArray& server) {
    auto found = CalendarDifferenceFinder::compare(object, published, server, "\"e2\"");
    if (!found) {
        qWarning("%s", qPrintable(found.message()));
        return {CalendarDifference{}, CalendarDifference{}, CalendarDifference{}};
    }
    return *found;
}

} // namespace

class TestCalendarDifferenceFinder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsASeriesAcrossSummerTime() {
        auto read = CalendarObjectReader::read(series());
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QVERIFY(read->recurring);
        QCOMPARE(read->uid, QStringLiteral("series@mentordesk"));
        QCOMPARE(read->occurrences.size(), 3);
        QCOMPARE(read->occurrences.at(0).startUtc, utc(2026, 10, 13, 16));
        QCOMPARE(read->occurrences.at(1).startUtc, utc(2026, 10, 20, 16));
        QCOMPARE(read->occurrences.at(2).startUtc, utc(2026, 10, 27, 17));
        QCOMPARE(read->occurrences.at(2).endUtc, utc(2026, 10, 27, 18));
        QVERIFY(!CalendarObjectReader::read("not a calendar").ok());
    }

    void theSameWrittenAgainIsNoDifference() {
        QCOMPARE(compare(seriesObject(), series(),
                         series("20261013T180000", "20261013T190000", {}, {}, "20261003T120000Z"))
                     .size(),
                 0);
    }

    void aSeriesMovedOnThePhoneMovesEverySession() {
        const auto found =
            compare(seriesObject(), series(), series("20261013T190000", "20261013T200000"));
        QCOMPARE(found.size(), 3);
        for (const CalendarDifference& difference : found)
            QCOMPARE(difference.kind, Kind::Moved);
        QCOMPARE(found.at(0).sessionId, 1);
        QCOMPARE(found.at(0).serverStartUtc, utc(2026, 10, 13, 17));
        QCOMPARE(found.at(2).sessionId, 3);
        QCOMPARE(found.at(2).serverStartUtc, utc(2026, 10, 27, 18));
        QCOMPARE(found.at(2).serverEndUtc, utc(2026, 10, 27, 19));
        QCOMPARE(found.at(2).serverEtag, QByteArray("\"e2\""));
    }

    void anOccurrenceRemovedOrCancelledThereIsCancelled() {
        const auto excluded = compare(seriesObject(), series(),
                                      series("20261013T180000", "20261013T190000",
                                             "EXDATE;TZID=Europe/Berlin:20261020T180000\r\n"));
        QCOMPARE(excluded.size(), 1);
        QCOMPARE(excluded.first().kind, Kind::Cancelled);
        QCOMPARE(excluded.first().sessionId, 2);

        const QByteArray cancelledOverride =
            "BEGIN:VEVENT\r\nUID:series@mentordesk\r\nDTSTAMP:20261001T090000Z\r\n"
            "RECURRENCE-ID;TZID=Europe/Berlin:20261027T180000\r\n"
            "DTSTART;TZID=Europe/Berlin:20261027T180000\r\n"
            "DTEND;TZID=Europe/Berlin:20261027T190000\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n";
        const auto cancelled =
            compare(seriesObject(), series(),
                    series("20261013T180000", "20261013T190000", {}, cancelledOverride));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().kind, Kind::Cancelled);
        QCOMPARE(cancelled.first().sessionId, 3);
    }

    void whatNoSessionShowsIsAnEdit() {
        // A title, and occurrences the phone added beyond the series' end.
        QByteArray retitled = series();
        retitled.replace("SUMMARY:Mentoring session (JM)", "SUMMARY:Coffee with J.");
        QByteArray longer = series();
        longer.replace("COUNT=3", "COUNT=6");
        for (const QByteArray& server : {retitled, longer}) {
            const auto found = compare(seriesObject(), series(), server);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().kind, Kind::Edited);
            QCOMPARE(found.first().sessionId, 0);
            QCOMPARE(found.first().objectKey, QStringLiteral("series:7"));
        }
    }

    void aSingleEventMovedOrCancelled() {
        const QByteArray published = single("20261005T080000Z", "20261005T084500Z");
        const auto moved =
            compare(singleObject(), published, single("20261005T090000Z", "20261005T100000Z"));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().kind, Kind::Moved);
        QCOMPARE(moved.first().sessionId, 9);
        QCOMPARE(moved.first().serverStartUtc, utc(2026, 10, 5, 9));
        QCOMPARE(moved.first().serverEndUtc, utc(2026, 10, 5, 10));

        const auto cancelled =
            compare(singleObject(), published,
                    single("20261005T080000Z", "20261005T084500Z", "STATUS:CANCELLED\r\n"));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().kind, Kind::Cancelled);

        const CalendarDifference deleted = CalendarDifferenceFinder::deleted(singleObject());
        QCOMPARE(deleted.kind, Kind::Deleted);
        QCOMPARE(deleted.sessionId, 9);
    }
};

QTEST_GUILESS_MAIN(TestCalendarDifferenceFinder)
#include "tst_calendardifferencefinder.moc"
