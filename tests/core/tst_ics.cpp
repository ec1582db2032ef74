#include "FakeClock.h"
#include "ics/IcsReader.h"
#include "ics/IcsSyntaxChecker.h"
#include "ics/IcsTimeZones.h"
#include "ics/IcsWriter.h"
#include "scheduling/Recurrence.h"
#include "scheduling/ZonedTime.h"

#include <QFile>
#include <QTest>

using namespace md;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// The sample files in tests/data/ics (CTest sets MENTORDESK_SOURCE_DIR).
QByteArray sample(const QString& name) {
    const QString relative = QStringLiteral("data/ics/") + name;
    QString path =
        qEnvironmentVariable("MENTORDESK_SOURCE_DIR") + QStringLiteral("/tests/") + relative;
    if (!QFile::exists(path))
        path = QFINDTESTDATA(relative);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

IcsReader::Options march_april() {
    IcsReader::Options options;
    options.fromUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    options.toUtc = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    options.floatingZone = kBerlin;
    return options;
}

// "03-05 17:00-18:00 Yoga" in UTC.
QStringList describe(const QList<BusyTime>& busy) {
    QStringList out;
    for (const BusyTime& b : busy) {
        out << QStringLiteral("%1-%2 %3")
                   .arg(b.startUtc.toUTC().toString(QStringLiteral("MM-dd HH:mm")),
                        b.endUtc.toUTC().toString(b.endUtc.toUTC().date() ==
                                                          b.startUtc.toUTC().date()
                                                      ? QStringLiteral("HH:mm")
                                                      : QStringLiteral("MM-dd HH:mm")),
                        b.summary);
    }
    return out;
}

QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

} // namespace

class TestIcs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importSamples_data();
    void importSamples();
    void malformed_data();
    void malformed();
    void timeZoneNames_data();
    void timeZoneNames();
    void writerOutput();
    void writerRoundTrip();
    void writerTruncatesZoneHistory();
    void singleSeriesMemberExportsAlone();
};

void TestIcs::importSamples_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Google Calendar")
        << "google.ics" << 7
        << QStringList{"03-03 09:00-10:30 Team planning",
                       "03-05 17:00-18:00 Yoga",
                       "03-10 14:00-14:30 Call with recruiter",
                       "03-12 17:00-18:00 Yoga",
                       "03-15 23:00-03-17 23:00 People & Careers Conference",
                       "03-19 18:00-19:00 Yoga", // moved by its override
                       "04-09 16:00-17:00 Yoga", // summer time; 26 Mar cancelled, 2 Apr skipped
                       "04-16 16:00-17:00 Yoga",
                       "04-23 16:00-17:00 Yoga",
                       "04-30 16:00-17:00 Yoga"};
    QTest::newRow("Outlook")
        << "outlook.ics" << 5
        << QStringList{"03-04 13:00-14:00 Board review",
                       "03-10 08:00-08:30 Weekly 1:1 with Jonas",
                       "03-12 10:00-11:00 Call with the Bangalore office", // own VTIMEZONE
                       "03-17 08:00-08:30 Weekly 1:1 with Jonas",
                       "03-20 10:00-11:00 Offsite preparation", // offset from the TZID text
                       "03-24 08:00-08:30 Weekly 1:1 with Jonas",
                       "03-31 07:00-07:30 Weekly 1:1 with Jonas"};
    QTest::newRow("Thunderbird") << "thunderbird.ics" << 3
                                 << QStringList{
                                        "03-09 12:30-13:30 Dentist", // old /mozilla.org/ TZID
                                        "03-11 06:00-07:00 Gym",     // floating: the mentor's zone
                                        "03-27 23:00-03-28 00:30 Book club",
                                        "04-24 23:00-04-25 00:30 Book club"};

    // Begun in 2010: more than kMaxOccurrencesPerEvent days before the window,
    // which must not use up the cap.
    QStringList standUps;
    for (QDate day(2026, 3, 1); day < QDate(2026, 5, 1); day = day.addDays(1)) {
        const QDateTime start = berlin(day.year(), day.month(), day.day(), 7).toUTC();
        standUps << QStringLiteral("%1-%2 Stand-up")
                        .arg(start.toString(QStringLiteral("MM-dd HH:mm")),
                             start.addSecs(15 * 60).toString(QStringLiteral("HH:mm")));
    }
    QTest::newRow("daily since 2010") << "old_daily.ics" << 1 << standUps;
}

void TestIcs::importSamples() {
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(QStringList, expected);
    const QByteArray data = sample(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    const Result<IcsReader::Imported> imported = IcsReader::read(data, march_april());
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(imported->eventCount, events);
    QCOMPARE(describe(imported->busyTimes), expected);
    QVERIFY2(imported->notes.isEmpty(), qPrintable(imported->notes.join(QLatin1Char('\n'))));
}

void TestIcs::malformed_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n";
    const QByteArray tail = "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const QByteArray start = "DTSTART:20260303T100000Z\r\n";
    QTest::newRow("missing colon")
        << head + start + "SUMMARY Team planning\r\n" + tail << 6 << "“:”";
    QTest::newRow("month 13") << head + "DTSTART;TZID=Europe/Berlin:20261301T100000\r\n" + tail << 5
                              << "20261301T100000";
    QTest::newRow("30 February") << head + "DTSTART;VALUE=DATE:20260230\r\n" + tail << 5
                                 << "20260230";
    QTest::newRow("short time") << head + "DTSTART:20260303T1000\r\n" + tail << 5
                                << "20260303T1000";
    QTest::newRow("bad repeat rule")
        << head + start + "RRULE:FREQ=SOMETIMES\r\n" + tail << 6 << "FREQ=SOMETIMES";
    QTest::newRow("bad duration") << head + start + "DURATION:PT1X\r\n" + tail << 6 << "PT1X";
    QTest::newRow("bad exdate in a list")
        << head + start + "EXDATE:20260310T100000Z,2026031\r\n" + tail << 6 << "2026031";
    QTest::newRow("no start") << head + "SUMMARY:x\r\n" + tail << 3 << "DTSTART";
    QTest::newRow("mismatched end") << head + start + "END:VTODO\r\nEND:VCALENDAR\r\n"
                                    << 6 << "END:VTODO";
    QTest::newRow("unclosed") << head + start << 5 << "END:VEVENT";
    QTest::newRow("not a calendar") << QByteArray("hello world\n") << 1 << "“:”";
    QTest::newRow("no VCALENDAR") << QByteArray("BEGIN:VEVENT\nEND:VEVENT\n") << 1 << "VCALENDAR";
    QTest::newRow("empty") << QByteArray() << 1 << "empty";
    QTest::newRow("continuation first") << QByteArray(" folded\r\n") << 1 << "continuation";
    QTest::newRow("unclosed quote")
        << head + "DTSTART;TZID=\"Europe/Berlin:20260303T100000\r\n" + tail << 5 << "quoted";
    QTest::newRow("bad offset") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\n"
                                              "BEGIN:STANDARD\nDTSTART:19700101T000000\n"
                                              "TZOFFSETFROM:one hour\nTZOFFSETTO:+0100\n"
                                              "END:STANDARD\nEND:VTIMEZONE\nEND:VCALENDAR\n")
                                << 6 << "one hour";
    QTest::newRow("text after the end")
        << QByteArray("BEGIN:VCALENDAR\nEND:VCALENDAR\nX:y\n") << 3 << "END:VCALENDAR";
    // A fold inside the broken line: the error names the line it starts on.
    QTest::newRow("folded bad value")
        << head + "DTSTART;TZID=Europe/\r\n Berlin:2026XX03T100000\r\n" + tail << 5 << "2026XX03";
}

void TestIcs::malformed() {
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const Result<IcsReader::Imported> imported = IcsReader::read(data, march_april());
    QVERIFY(!imported.ok());
    QCOMPARE(imported.code(), ErrorCode::InvalidInput);
    QVERIFY2(imported.message().startsWith(QStringLiteral("Line %1:").arg(line)),
             qPrintable(imported.message()));
    QVERIFY2(imported.message().contains(mentions), qPrintable(imported.message()));
}

void TestIcs::timeZoneNames_data() {
    QTest::addColumn<QString>("tzid");
    QTest::addColumn<QByteArray>("expected"); // IANA id, or empty = unknown
    QTest::newRow("IANA") << "America/New_York" << QByteArray("America/New_York");
    QTest::newRow("mozilla prefix")
        << "/mozilla.org/20050126_1/Europe/Berlin" << QByteArray("Europe/Berlin");
    QTest::newRow("libical prefix")
        << "/freeassociation.sourceforge.net/Tzfile/Europe/Paris" << QByteArray("Europe/Paris");
    QTest::newRow("three parts") << "/citadel.org/20190914_1/America/Argentina/Buenos_Aires"
                                 << QByteArray("America/Argentina/Buenos_Aires");
    QTest::newRow("Windows Berlin") << "W. Europe Standard Time" << QByteArray("Europe/Berlin");
    QTest::newRow("Windows New York") << "Eastern Standard Time" << QByteArray("America/New_York");
    QTest::newRow("Windows London") << "GMT Standard Time" << QByteArray("Europe/London");
    QTest::newRow("unknown") << "Customized Time Zone" << QByteArray();
}

void TestIcs::timeZoneNames() {
    QFETCH(QString, tzid);
    QFETCH(QByteArray, expected);
    const QTimeZone zone = IcsTimeZones::namedZone(tzid);
    QCOMPARE(zone.isValid(), !expected.isEmpty());
    if (zone.isValid())
        QCOMPARE(zone.id(), expected);
    const QTimeZone offset = IcsTimeZones::offsetZone(QStringLiteral("(UTC-03:30) Newfoundland"));
    QCOMPARE(offset.offsetFromUtc(QDateTime::currentDateTimeUtc()), -(3 * 3600 + 1800));
}

void TestIcs::writerOutput() {
    SessionSeries series;
    series.id = 1;
    series.engagementId = 5;
    series.uid = QStringLiteral("series-1@mentordesk");
    series.rule = RecurrenceRule::fortnightly(4);
    series.firstStart = berlin(2026, 3, 3, 18);
    series.location = QStringLiteral("https://meet.example/abc");
    series.skippedDates = {QDate(2026, 3, 17)};
    QList<Session> sessions;
    const auto occurrences =
        Recurrence::expand(series.rule, series.firstStart, series.skippedDates);
    qint64 id = 10;
    for (const auto& occurrence : *occurrences) {
        Session s = series.makeOccurrence(occurrence.date, occurrence.start);
        s.id = id++;
        s.privateNotes = QStringLiteral("SECRET-PRIVATE-NOTE");
        s.shareableNotes = QStringLiteral("shared-note-text");
        sessions.append(s);
    }
    sessions[1].status = SessionStatus::CancelledByClient; // 31 March
    sessions[2].start = berlin(2026, 4, 15, 9);            // 14 April moved
    Session single;
    single.id = 20;
    single.engagementId = 6;
    single.uid = QStringLiteral("single-20@mentordesk");
    single.start = ZonedTime::make(QDate(2026, 3, 5), QTime(9, 0), QTimeZone("America/New_York"));
    single.format = SessionFormat::Phone;
    single.agenda = QStringLiteral("Salary negotiation, part 2");
    sessions.append(single);

    IcsWriter::Options options;
    options.engagementLabels = {{5, QStringLiteral("Anna Berg")}};
    // DTSTAMP comes from the clock.
    const test::FakeClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    const QString ics = QString::fromUtf8(IcsWriter::write({series}, sessions, options, clock));

    QVERIFY(ics.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    QVERIFY(ics.contains(QLatin1String("VERSION:2.0")));
    QVERIFY(ics.contains(QLatin1String("PRODID:-//MentorDesk//")));
    QVERIFY(ics.contains(QLatin1String("UID:series-1@mentordesk")));
    QVERIFY(ics.contains(QLatin1String("UID:single-20@mentordesk")));
    QVERIFY(ics.contains(QLatin1String("DTSTAMP:20260301T120000Z")));
    QVERIFY(ics.contains(QLatin1String("DTSTART;TZID=Europe/Berlin:20260303T180000")));
    QVERIFY(ics.contains(QLatin1String("DTEND;TZID=Europe/Berlin:20260303T190000")));
    QVERIFY(ics.contains(QLatin1String("RRULE:FREQ=WEEKLY;COUNT=4;INTERVAL=2")) ||
            ics.contains(QLatin1String("RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4")));
    QVERIFY(ics.contains(QLatin1String("EXDATE;TZID=Europe/Berlin:20260317T180000")));
    QVERIFY(ics.contains(QLatin1String("RECURRENCE-ID;TZID=Europe/Berlin:20260331T180000")));
    QVERIFY(ics.contains(QLatin1String("RECURRENCE-ID;TZID=Europe/Berlin:20260414T180000")));
    QVERIFY(ics.contains(QLatin1String("DTSTART;TZID=Europe/Berlin:20260415T090000")));
    QVERIFY(ics.contains(QLatin1String("STATUS:CANCELLED")));
    QVERIFY(ics.contains(QLatin1String("DTSTART;TZID=America/New_York:20260305T090000")));
    QVERIFY(ics.contains(QLatin1String("BEGIN:VTIMEZONE\r\nTZID:America/New_York")));
    QVERIFY(ics.contains(QLatin1String("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin")));
    QVERIFY(ics.indexOf(QLatin1String("BEGIN:VTIMEZONE")) <
            ics.indexOf(QLatin1String("BEGIN:VEVENT")));
    QVERIFY(ics.contains(QLatin1String("SUMMARY:Mentoring: Anna Berg")));
    QVERIFY(ics.contains(QLatin1String("DESCRIPTION:Salary negotiation\\, part 2")));
    QVERIFY(!ics.contains(QLatin1String("SECRET-PRIVATE-NOTE")));
    QVERIFY(!ics.contains(QLatin1String("shared-note-text")));
    // Two overrides (cancelled, moved) besides the master and the single event.
    QCOMPARE(ics.count(QLatin1String("BEGIN:VEVENT")), 4);
    QVERIFY(IcsSyntaxChecker::check(ics.toUtf8()).ok());

    // A zone libical cannot name goes out in UTC.
    Session utc = single;
    utc.start = QDateTime(QDate(2026, 3, 6), QTime(8, 0), QTimeZone(3600));
    const QString utcIcs = QString::fromUtf8(IcsWriter::write({}, {utc}, options, clock));
    QVERIFY(utcIcs.contains(QLatin1String("DTSTART:20260306T070000Z")));
    QVERIFY(!utcIcs.contains(QLatin1String("VTIMEZONE")));
}

void TestIcs::writerRoundTrip() {
    // Export a series across the change to summer time and read it back.
    SessionSeries series;
    series.id = 1;
    series.engagementId = 5;
    series.uid = QStringLiteral("series-rt@mentordesk");
    series.rule = RecurrenceRule::weekly(0, QDate(2026, 4, 14));
    series.firstStart = berlin(2026, 3, 17, 18, 30);
    series.durationMinutes = 45;
    series.skippedDates = {QDate(2026, 3, 31)};
    QList<Session> sessions;
    const auto occurrences =
        Recurrence::expand(series.rule, series.firstStart, series.skippedDates);
    for (const auto& occurrence : *occurrences)
        sessions.append(series.makeOccurrence(occurrence.date, occurrence.start));
    for (Session& s : sessions)
        s.seriesId = 1;
    sessions[1].start = berlin(2026, 3, 25, 8);            // moved (24 -> 25 March, morning)
    sessions[2].status = SessionStatus::CancelledByMentor; // 7 April

    const QByteArray ics = IcsWriter::write({series}, sessions, {}, test::FakeClock());
    const auto imported = IcsReader::read(ics, march_april());
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QStringList expected;
    for (const Session& s : sessions) {
        if (s.isCancelled())
            continue;
        expected << QStringLiteral("%1/%2").arg(s.startUtc().toString(Qt::ISODate),
                                                s.endUtc().toString(Qt::ISODate));
    }
    QStringList actual;
    for (const BusyTime& b : imported->busyTimes)
        actual << QStringLiteral("%1/%2").arg(b.startUtc.toString(Qt::ISODate),
                                              b.endUtc.toString(Qt::ISODate));
    QCOMPARE(actual, expected);
    QCOMPARE(actual.size(), 3); // 17 Mar, 25 Mar (moved), 14 Apr
    QCOMPARE(imported->busyTimes.last().startUtc,
             QDateTime(QDate(2026, 4, 14), QTime(16, 30), Qt::UTC)); // CEST
}

void TestIcs::writerTruncatesZoneHistory() {
    // Weekly across the change to summer time (29 March 2026).
    SessionSeries series;
    series.id = 1;
    series.engagementId = 5;
    series.uid = QStringLiteral("series-tz@mentordesk");
    series.rule = RecurrenceRule::weekly(0, QDate(2026, 4, 7));
    series.firstStart = berlin(2026, 3, 17, 18);
    QList<Session> sessions;
    const auto occurrences = Recurrence::expand(series.rule, series.firstStart, {});
    for (const auto& occurrence : *occurrences)
        sessions.append(series.makeOccurrence(occurrence.date, occurrence.start));
    const test::FakeClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    QByteArray ics = IcsWriter::write({series}, sessions, {}, clock);

    const qsizetype zoneStart = ics.indexOf("BEGIN:VTIMEZONE");
    const QByteArray zone = ics.mid(zoneStart, ics.indexOf("END:VTIMEZONE") - zoneStart);
    QVERIFY2(!zone.contains("DTSTART:19") && !zone.contains("RDATE:19"), zone.constData());
    QVERIFY2(zone.size() < 2000, zone.constData()); // was about 20 kB from 1893 on
    QVERIFY(zone.contains("BEGIN:STANDARD") && zone.contains("BEGIN:DAYLIGHT"));

    // Still right: under a name only the file's own VTIMEZONE explains.
    ics.replace("Europe/Berlin", "Mentor's Berlin");
    const Result<IcsReader::Imported> read = IcsReader::read(ics, march_april());
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QVERIFY2(read->notes.isEmpty(), qPrintable(read->notes.join(QLatin1Char('\n'))));
    QCOMPARE(describe(read->busyTimes), (QStringList{"03-17 17:00-18:00 Mentoring session",
                                                     "03-24 17:00-18:00 Mentoring session",
                                                     "03-31 16:00-17:00 Mentoring session",
                                                     "04-07 16:00-17:00 Mentoring session"}));
}

void TestIcs::singleSeriesMemberExportsAlone() {
    SessionSeries series;
    series.id = 1;
    series.uid = QStringLiteral("series-x@mentordesk");
    series.rule = RecurrenceRule::weekly(2);
    series.firstStart = berlin(2026, 3, 3, 18);
    Session member = series.makeOccurrence(QDate(2026, 3, 10), berlin(2026, 3, 10, 18));
    member.uid = QStringLiteral("own-uid@mentordesk");
    const QString ics = QString::fromUtf8(IcsWriter::write({}, {member}, {}, test::FakeClock()));
    QVERIFY(ics.contains(QLatin1String("UID:own-uid@mentordesk")));
    QVERIFY(!ics.contains(QLatin1String("RRULE:FREQ=WEEKLY")));
    QVERIFY(!ics.contains(QLatin1String("RECURRENCE-ID")));
    QVERIFY(ics.contains(QLatin1String("SUMMARY:Mentoring session")));
}

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"
