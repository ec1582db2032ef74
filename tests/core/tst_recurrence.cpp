#include "scheduling/Recurrence.h"
#include "scheduling/RepeatChoice.h"
#include "scheduling/TimeRounding.h"
#include "scheduling/ZonedTime.h"

#include <QTest>

using namespace md;

namespace {

QDateTime zoned(const QString& isoLocal, const char* zone) {
    const QDateTime naive = QDateTime::fromString(isoLocal, Qt::ISODate);
    return ZonedTime::make(naive.date(), naive.time(), QTimeZone(zone));
}

RecurrenceRule makeRule(const QString& kind, int interval, int ordinal, int count,
                        const QString& until) {
    RecurrenceRule rule;
    RecurrenceRule::kindFromKey(kind, &rule);
    rule.interval = interval;
    rule.weekdayOrdinal = ordinal;
    rule.count = count;
    rule.until = QDate::fromString(until, Qt::ISODate);
    return rule;
}

} // namespace

class TestRecurrence final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expand_data();
    void expand();
    void validate_data();
    void validate();
    void rrule_data();
    void rrule();
    void zonedTimeResolvesGapsAndOverlaps();
    void rebasedKeepsLastWeekday();
    void describeIsReadable();
    void repeatChoicesMakeTheRules();
    void repeatKeysOfTheCli();
    void nextFullHourOnTheMentorsClock_data();
    void nextFullHourOnTheMentorsClock();
};

void TestRecurrence::expand_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("first"); // local wall clock
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<QStringList>("expectedLocal");
    QTest::addColumn<QStringList>("expectedUtc"); // empty = not checked

    // Daylight saving: the wall-clock time stays, the UTC instant moves.
    QTest::newRow("fortnightly Berlin, summer time ends")
        << "weekly" << 2 << 0 << 4 << ""
        << "2026-10-11T18:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-10-11T18:00", "2026-10-25T18:00", "2026-11-08T18:00",
                       "2026-11-22T18:00"}
        << QStringList{"2026-10-11T16:00", "2026-10-25T17:00", "2026-11-08T17:00",
                       "2026-11-22T17:00"};
    QTest::newRow("weekly Berlin, summer time starts")
        << "weekly" << 1 << 0 << 3 << ""
        << "2026-03-22T08:30"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-03-22T08:30", "2026-03-29T08:30", "2026-04-05T08:30"}
        << QStringList{"2026-03-22T07:30", "2026-03-29T06:30", "2026-04-05T06:30"};
    QTest::newRow("weekly New York, DST starts")
        << "weekly" << 1 << 0 << 3 << ""
        << "2026-03-01T18:00"
        << "America/New_York" << QStringList{}
        << QStringList{"2026-03-01T18:00", "2026-03-08T18:00", "2026-03-15T18:00"}
        << QStringList{"2026-03-01T23:00", "2026-03-08T22:00", "2026-03-15T22:00"};
    QTest::newRow("weekly New York, DST ends")
        << "weekly" << 1 << 0 << 2 << ""
        << "2026-10-25T09:00"
        << "America/New_York" << QStringList{}
        << QStringList{"2026-10-25T09:00", "2026-11-01T09:00"}
        << QStringList{"2026-10-25T13:00", "2026-11-01T14:00"};
    // 02:30 does not exist on 8 March in New York: RFC 5545 reads it with the
    // offset before the gap (03:30 EDT); the week after is 02:30 again.
    QTest::newRow("New York, time inside the gap")
        << "weekly" << 1 << 0 << 3 << ""
        << "2026-03-01T02:30"
        << "America/New_York" << QStringList{}
        << QStringList{"2026-03-01T02:30", "2026-03-08T03:30", "2026-03-15T02:30"}
        << QStringList{"2026-03-01T07:30", "2026-03-08T07:30", "2026-03-15T06:30"};
    // 01:30 happens twice on 1 November: the first (EDT) one is meant.
    QTest::newRow("New York, ambiguous time")
        << "weekly" << 1 << 0 << 2 << ""
        << "2026-10-25T01:30"
        << "America/New_York" << QStringList{}
        << QStringList{"2026-10-25T01:30", "2026-11-01T01:30"}
        << QStringList{"2026-10-25T05:30", "2026-11-01T05:30"};

    // Dates some months do not have are skipped (RFC 5545), never moved.
    QTest::newRow("monthly on the 31st")
        << "monthly_date" << 1 << 0 << 6 << ""
        << "2026-01-31T10:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-01-31T10:00", "2026-03-31T10:00", "2026-05-31T10:00",
                       "2026-07-31T10:00", "2026-08-31T10:00", "2026-10-31T10:00"}
        << QStringList{"2026-01-31T09:00", "2026-03-31T08:00", "2026-05-31T08:00",
                       "2026-07-31T08:00", "2026-08-31T08:00", "2026-10-31T09:00"};
    QTest::newRow("monthly on the 30th skips February")
        << "monthly_date" << 1 << 0 << 3 << ""
        << "2026-01-30T10:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-01-30T10:00", "2026-03-30T10:00", "2026-04-30T10:00"} << QStringList{};
    QTest::newRow("monthly on the 29th, common year")
        << "monthly_date" << 1 << 0 << 3 << ""
        << "2026-01-29T10:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-01-29T10:00", "2026-03-29T10:00", "2026-04-29T10:00"}
        << QStringList{"2026-01-29T09:00", "2026-03-29T08:00", "2026-04-29T08:00"};
    QTest::newRow("monthly on the 29th, leap year")
        << "monthly_date" << 1 << 0 << 3 << ""
        << "2028-01-29T10:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2028-01-29T10:00", "2028-02-29T10:00", "2028-03-29T10:00"} << QStringList{};
    QTest::newRow("every two months on the 31st, until")
        << "monthly_date" << 2 << 0 << 0 << "2026-12-31"
        << "2026-01-31T10:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-01-31T10:00", "2026-03-31T10:00", "2026-05-31T10:00",
                       "2026-07-31T10:00"}
        << QStringList{};

    // Nth weekday of the month.
    QTest::newRow("second Tuesday")
        << "monthly_weekday" << 1 << 2 << 3 << ""
        << "2026-03-10T17:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-03-10T17:00", "2026-04-14T17:00", "2026-05-12T17:00"} << QStringList{};
    QTest::newRow("second Tuesday, ordinal from the first date")
        << "monthly_weekday" << 1 << 0 << 2 << ""
        << "2026-03-10T17:00"
        << "Europe/Berlin" << QStringList{} << QStringList{"2026-03-10T17:00", "2026-04-14T17:00"}
        << QStringList{};
    QTest::newRow("fifth Tuesday only where there is one")
        << "monthly_weekday" << 1 << 5 << 4 << ""
        << "2026-03-31T10:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-03-31T10:00", "2026-06-30T10:00", "2026-09-29T10:00",
                       "2026-12-29T10:00"}
        << QStringList{"2026-03-31T08:00", "2026-06-30T08:00", "2026-09-29T08:00",
                       "2026-12-29T09:00"};
    QTest::newRow("last Friday") << "monthly_weekday" << 1 << -1 << 4 << ""
                                 << "2026-01-30T10:00"
                                 << "America/New_York" << QStringList{}
                                 << QStringList{"2026-01-30T10:00", "2026-02-27T10:00",
                                                "2026-03-27T10:00", "2026-04-24T10:00"}
                                 << QStringList{"2026-01-30T15:00", "2026-02-27T15:00",
                                                "2026-03-27T14:00", "2026-04-24T14:00"};

    // Ends and skipped dates.
    QTest::newRow("weekly until a date (inclusive)")
        << "weekly" << 1 << 0 << 0 << "2026-03-23"
        << "2026-03-02T09:00"
        << "Europe/Berlin" << QStringList{}
        << QStringList{"2026-03-02T09:00", "2026-03-09T09:00", "2026-03-16T09:00",
                       "2026-03-23T09:00"}
        << QStringList{};
    QTest::newRow("skipped dates count against COUNT")
        << "weekly" << 1 << 0 << 4 << ""
        << "2026-03-02T09:00"
        << "Europe/Berlin" << QStringList{"2026-03-09"}
        << QStringList{"2026-03-02T09:00", "2026-03-16T09:00", "2026-03-23T09:00"} << QStringList{};
}

void TestRecurrence::expand() {
    QFETCH(QString, kind);
    QFETCH(int, interval);
    QFETCH(int, ordinal);
    QFETCH(int, count);
    QFETCH(QString, until);
    QFETCH(QString, first);
    QFETCH(QString, zone);
    QFETCH(QStringList, skipped);
    QFETCH(QStringList, expectedLocal);
    QFETCH(QStringList, expectedUtc);

    const QByteArray zoneId = zone.toUtf8();
    QList<QDate> skippedDates;
    for (const QString& date : skipped)
        skippedDates.append(QDate::fromString(date, Qt::ISODate));

    const Result<QList<Recurrence::Occurrence>> result =
        Recurrence::expand(makeRule(kind, interval, ordinal, count, until),
                           zoned(first, zoneId.constData()), skippedDates);
    QVERIFY2(result.ok(), qPrintable(result.message()));

    QStringList local;
    QStringList utc;
    for (const Recurrence::Occurrence& occurrence : *result) {
        QCOMPARE(occurrence.start.timeZone().id(), zoneId);
        QCOMPARE(occurrence.start.date(), occurrence.date);
        local << occurrence.start.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
        utc << occurrence.start.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    }
    QCOMPARE(local, expectedLocal);
    if (!expectedUtc.isEmpty())
        QCOMPARE(utc, expectedUtc);
}

void TestRecurrence::validate_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("valid");

    QTest::newRow("count") << "weekly" << 1 << 0 << 8 << ""
                           << "2026-03-02T09:00" << true;
    QTest::newRow("until") << "weekly" << 2 << 0 << 0 << "2026-06-30"
                           << "2026-03-02T09:00" << true;
    QTest::newRow("no end") << "weekly" << 1 << 0 << 0 << ""
                            << "2026-03-02T09:00" << false;
    QTest::newRow("both ends") << "weekly" << 1 << 0 << 3 << "2026-06-30"
                               << "2026-03-02T09:00" << false;
    QTest::newRow("until before start") << "weekly" << 1 << 0 << 0 << "2026-03-01"
                                        << "2026-03-02T09:00" << false;
    QTest::newRow("interval 0") << "weekly" << 0 << 0 << 3 << ""
                                << "2026-03-02T09:00" << false;
    QTest::newRow("too many") << "weekly" << 1 << 0 << 501 << ""
                              << "2026-03-02T09:00" << false;
    QTest::newRow("last Friday on a last Friday") << "monthly_weekday" << 1 << -1 << 3 << ""
                                                  << "2026-01-30T10:00" << true;
    QTest::newRow("last Friday on another Friday") << "monthly_weekday" << 1 << -1 << 3 << ""
                                                   << "2026-01-23T10:00" << false;
    QTest::newRow("fifth Tuesday on a fourth Tuesday") << "monthly_weekday" << 1 << 5 << 3 << ""
                                                       << "2026-03-24T10:00" << false;
    QTest::newRow("sixth weekday") << "monthly_weekday" << 1 << 6 << 3 << ""
                                   << "2026-03-31T10:00" << false;
}

void TestRecurrence::validate() {
    QFETCH(QString, kind);
    QFETCH(int, interval);
    QFETCH(int, ordinal);
    QFETCH(int, count);
    QFETCH(QString, until);
    QFETCH(QString, first);
    QFETCH(bool, valid);
    const Status status = Recurrence::validate(makeRule(kind, interval, ordinal, count, until),
                                               zoned(first, "Europe/Berlin"));
    QCOMPARE(status.ok(), valid);
    if (!valid)
        QVERIFY(!status.message().isEmpty());
}

void TestRecurrence::rrule_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("expected");

    QTest::newRow("weekly") << "weekly" << 1 << 0 << 8 << ""
                            << "2026-03-02T09:00"
                            << "FREQ=WEEKLY;COUNT=8";
    QTest::newRow("fortnightly until, UNTIL in UTC at the end of the day")
        << "weekly" << 2 << 0 << 0 << "2026-06-30"
        << "2026-03-02T09:00"
        << "FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T215959Z";
    QTest::newRow("monthly date") << "monthly_date" << 1 << 0 << 6 << ""
                                  << "2026-01-31T10:00"
                                  << "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=6";
    QTest::newRow("last Friday") << "monthly_weekday" << 1 << -1 << 4 << ""
                                 << "2026-01-30T10:00"
                                 << "FREQ=MONTHLY;BYDAY=-1FR;COUNT=4";
    QTest::newRow("second Tuesday") << "monthly_weekday" << 1 << 0 << 4 << ""
                                    << "2026-03-10T10:00"
                                    << "FREQ=MONTHLY;BYDAY=2TU;COUNT=4";
}

void TestRecurrence::rrule() {
    QFETCH(QString, kind);
    QFETCH(int, interval);
    QFETCH(int, ordinal);
    QFETCH(int, count);
    QFETCH(QString, until);
    QFETCH(QString, first);
    QFETCH(QString, expected);
    QCOMPARE(Recurrence::toRRule(makeRule(kind, interval, ordinal, count, until),
                                 zoned(first, "Europe/Berlin")),
             expected);
}

void TestRecurrence::zonedTimeResolvesGapsAndOverlaps() {
    const QTimeZone berlin("Europe/Berlin");
    // 02:30 on 29 March 2026 does not exist in Berlin: 03:30 CEST.
    const QDateTime gap = ZonedTime::make(QDate(2026, 3, 29), QTime(2, 30), berlin);
    QVERIFY(gap.isValid());
    QCOMPARE(gap.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    QCOMPARE(gap.time(), QTime(3, 30));
    // 02:30 on 25 October 2026 happens twice: the first is CEST (00:30 UTC).
    const QDateTime twice = ZonedTime::make(QDate(2026, 10, 25), QTime(2, 30), berlin);
    QCOMPARE(twice.toUTC(), QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
    QCOMPARE(twice.time(), QTime(2, 30));
    // An ordinary time.
    QCOMPARE(ZonedTime::toUtc(QDate(2026, 7, 1), QTime(12, 0), berlin),
             QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(ZonedTime::zoneOrSystem(QStringLiteral("No/Such_Zone")), QTimeZone::systemTimeZone());
}

void TestRecurrence::rebasedKeepsLastWeekday() {
    const RecurrenceRule last = RecurrenceRule::monthlyOnWeekday(-1, 4);
    // Moved from the last Friday of January to the last Thursday: still "last".
    QCOMPARE(Recurrence::rebased(last, QDate(2026, 1, 30), QDate(2026, 1, 29)).weekdayOrdinal, -1);
    // Moved to a second Thursday: now "second".
    QCOMPARE(Recurrence::rebased(last, QDate(2026, 1, 30), QDate(2026, 1, 8)).weekdayOrdinal, 2);
    const RecurrenceRule second = RecurrenceRule::monthlyOnWeekday(2, 4);
    QCOMPARE(Recurrence::rebased(second, QDate(2026, 3, 10), QDate(2026, 3, 17)).weekdayOrdinal, 3);
}

void TestRecurrence::describeIsReadable() {
    const QDateTime first = zoned(QStringLiteral("2026-03-10T17:00"), "Europe/Berlin");
    QVERIFY(Recurrence::describe(RecurrenceRule::fortnightly(8), first)
                .contains(QLatin1String("two weeks")));
    QVERIFY(Recurrence::describe(RecurrenceRule::monthlyOnWeekday(-1, 0, QDate(2026, 12, 31)),
                                 zoned(QStringLiteral("2026-03-31T17:00"), "Europe/Berlin"))
                .contains(QLatin1String("last")));
}

void TestRecurrence::repeatChoicesMakeTheRules() {
    // Tuesday 31 March 2026 is the 5th and the last Tuesday of its month.
    const QDate lastTuesday(2026, 3, 31);
    QCOMPARE(RepeatChoices::available(lastTuesday).last(), RepeatChoice::MonthlyOnLastWeekday);
    // Tuesday 17 March is the 3rd, not the last.
    const QDate third(2026, 3, 17);
    QVERIFY(!RepeatChoices::available(third).contains(RepeatChoice::MonthlyOnLastWeekday));
    QCOMPARE(RepeatChoices::available(third).first(), RepeatChoice::None);

    QVERIFY(!RepeatChoices::rule(RepeatChoice::None, third, 4, {}));
    QCOMPARE(*RepeatChoices::rule(RepeatChoice::Weekly, third, 4, {}), RecurrenceRule::weekly(4));
    QCOMPARE(*RepeatChoices::rule(RepeatChoice::Fortnightly, third, 0, QDate(2026, 6, 1)),
             RecurrenceRule::fortnightly(0, QDate(2026, 6, 1)));
    QCOMPARE(*RepeatChoices::rule(RepeatChoice::MonthlyOnDate, third, 6, {}),
             RecurrenceRule::monthlyOnDate(6));
    QCOMPARE(*RepeatChoices::rule(RepeatChoice::MonthlyOnWeekday, third, 6, {}),
             RecurrenceRule::monthlyOnWeekday(3, 6));
    QCOMPARE(*RepeatChoices::rule(RepeatChoice::MonthlyOnLastWeekday, lastTuesday, 6, {}),
             RecurrenceRule::monthlyOnWeekday(-1, 6));
    // The "last" rule from a date that is not the last such weekday is refused.
    const auto notLast = RepeatChoices::rule(RepeatChoice::MonthlyOnLastWeekday, third, 6, {});
    QVERIFY(!Recurrence::validate(*notLast,
                                  ZonedTime::make(third, QTime(18, 0), QTimeZone("Europe/Berlin")))
                 .ok());
}

void TestRecurrence::repeatKeysOfTheCli() {
    QCOMPARE(RepeatChoices::fromKey(QStringLiteral("weekly")), RepeatChoice::Weekly);
    QCOMPARE(RepeatChoices::fromKey(QStringLiteral("biweekly")), RepeatChoice::Fortnightly);
    QCOMPARE(RepeatChoices::fromKey(QStringLiteral(" Fortnightly ")), RepeatChoice::Fortnightly);
    QCOMPARE(RepeatChoices::fromKey(QStringLiteral("monthly")), RepeatChoice::MonthlyOnDate);
    QCOMPARE(RepeatChoices::fromKey(QStringLiteral("monthly-weekday")),
             RepeatChoice::MonthlyOnWeekday);
    QCOMPARE(RepeatChoices::fromKey(QStringLiteral("monthly-last-weekday")),
             RepeatChoice::MonthlyOnLastWeekday);
    QVERIFY(!RepeatChoices::fromKey(QStringLiteral("daily")));
    for (RepeatChoice choice : RepeatChoices::available(QDate(2026, 3, 31)))
        QCOMPARE(RepeatChoices::fromKey(RepeatChoices::key(choice)), choice);
}

void TestRecurrence::nextFullHourOnTheMentorsClock_data() {
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("nowUtc");
    QTest::addColumn<QDateTime>("expectedUtc");
    const auto utc = [](int d, int h, int m) {
        return QDateTime(QDate(2026, 3, d), QTime(h, m), Qt::UTC);
    };
    // 09:10 UTC is 14:40 in Kolkata (UTC+5:30): the next full hour there is
    // 15:00, 09:30 UTC; rounding in UTC would give 10:00 UTC, 15:30 there.
    QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << utc(2, 9, 10) << utc(2, 9, 30);
    QTest::newRow("kolkata-after-half")
        << QByteArray("Asia/Kolkata") << utc(2, 9, 40) << utc(2, 10, 30);
    QTest::newRow("on-the-hour") << QByteArray("Asia/Kolkata") << utc(2, 9, 30) << utc(2, 10, 30);
    QTest::newRow("berlin") << QByteArray("Europe/Berlin") << utc(2, 9, 10) << utc(2, 10, 0);
    // Nepal is UTC+5:45.
    QTest::newRow("kathmandu") << QByteArray("Asia/Kathmandu") << utc(2, 9, 10) << utc(2, 9, 15);
    // The night Berlin springs forward (29 March, 02:00 -> 03:00 local): at
    // 01:30 local (00:30 UTC) the next full hour is 03:00 local, 01:00 UTC.
    QTest::newRow("spring-forward")
        << QByteArray("Europe/Berlin") << utc(29, 0, 30) << utc(29, 1, 0);
}

void TestRecurrence::nextFullHourOnTheMentorsClock() {
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, nowUtc);
    QFETCH(QDateTime, expectedUtc);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const QDateTime next = TimeRounding::nextFullHour(nowUtc, timeZone);
    QCOMPARE(next, expectedUtc);
    QCOMPARE(next.toTimeZone(timeZone).time().minute(), 0);
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
