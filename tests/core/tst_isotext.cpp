// md::isoDateText and md::isoDateTimeText write exactly what Qt's
// toString(Qt::ISODate) writes, for every time spec, offset and year the
// workspace can hold, and for the edges Qt treats on its own.

#include "common/IsoText.h"
#include "storage/IsoUtc.h"

#include <QTest>
#include <QTimeZone>

using namespace md;

class TestIsoText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dateTimesAsQtWritesThem_data();
    void dateTimesAsQtWritesThem();
    void datesAsQtWritesThem_data();
    void datesAsQtWritesThem();
    void everyMinuteOfADayInAZoneWithSummerTime();
    void storedTextsAreReadAsQtReadsThem_data();
    void storedTextsAreReadAsQtReadsThem();
};

void TestIsoText::dateTimesAsQtWritesThem_data() {
    QTest::addColumn<QDateTime>("time");
    const QDate day(2026, 3, 9);
    const QTime clock(7, 5, 9, 123);
    QTest::newRow("utc") << QDateTime(day, clock, Qt::UTC);
    QTest::newRow("utc midnight") << QDateTime(day, QTime(0, 0), Qt::UTC);
    QTest::newRow("local time") << QDateTime(day, clock, Qt::LocalTime);
    QTest::newRow("offset +05:30") << QDateTime(day, clock, Qt::OffsetFromUTC, 5 * 3600 + 1800);
    QTest::newRow("offset -09:30") << QDateTime(day, clock, Qt::OffsetFromUTC, -(9 * 3600 + 1800));
    QTest::newRow("offset with seconds") << QDateTime(day, clock, Qt::OffsetFromUTC, 3600 + 59);
    QTest::newRow("offset zero") << QDateTime(day, clock, Qt::OffsetFromUTC, 0);
    QTest::newRow("Europe/Berlin winter")
        << QDateTime(QDate(2026, 1, 15), clock, QTimeZone("Europe/Berlin"));
    QTest::newRow("Europe/Berlin summer")
        << QDateTime(QDate(2026, 7, 15), QTime(23, 59, 59), QTimeZone("Europe/Berlin"));
    QTest::newRow("America/St_Johns")
        << QDateTime(QDate(2026, 11, 2), clock, QTimeZone("America/St_Johns"));
    QTest::newRow("Pacific/Kiritimati")
        << QDateTime(QDate(2026, 12, 31), clock, QTimeZone("Pacific/Kiritimati"));
    QTest::newRow("Europe/London in UTC+0")
        << QDateTime(QDate(2026, 12, 1), clock, QTimeZone("Europe/London"));
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), clock, Qt::UTC);
    QTest::newRow("year 999") << QDateTime(QDate(999, 12, 31), clock, Qt::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), clock, Qt::UTC);
    QTest::newRow("year -44") << QDateTime(QDate(-44, 3, 15), clock, Qt::UTC);
    QTest::newRow("invalid") << QDateTime();
}

void TestIsoText::dateTimesAsQtWritesThem() {
    QFETCH(QDateTime, time);
    QCOMPARE(isoDateTimeText(time), time.toString(Qt::ISODate));
}

void TestIsoText::datesAsQtWritesThem_data() {
    QTest::addColumn<QDate>("date");
    QTest::newRow("2026-03-09") << QDate(2026, 3, 9);
    QTest::newRow("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("year 7") << QDate(7, 7, 7);
    QTest::newRow("year 9999") << QDate(9999, 12, 31);
    QTest::newRow("year 12345") << QDate(12345, 6, 1);
    QTest::newRow("year -1") << QDate(-1, 6, 1);
    QTest::newRow("invalid") << QDate();
}

void TestIsoText::datesAsQtWritesThem() {
    QFETCH(QDate, date);
    QCOMPARE(isoDateText(date), date.toString(Qt::ISODate));
}

void TestIsoText::everyMinuteOfADayInAZoneWithSummerTime() {
    // The spring change in Berlin: the hour that does not exist and the
    // offsets on both sides of it.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    QDateTime time = QDateTime(QDate(2026, 3, 28), QTime(22, 0), Qt::UTC);
    for (int minute = 0; minute < 24 * 60; ++minute, time = time.addSecs(60)) {
        const QDateTime local = time.toTimeZone(berlin);
        QCOMPARE(isoDateTimeText(local), local.toString(Qt::ISODate));
        QCOMPARE(isoDateTimeText(time), time.toString(Qt::ISODate));
    }
}

// The other way: parseIsoDate and parseIsoUtc read what the workspace
// stores as QDate/QDateTime::fromString do, and anything else through them.
void TestIsoText::storedTextsAreReadAsQtReadsThem_data() {
    QTest::addColumn<QString>("text");
    for (const char* text :
         {"2026-03-09", "2024-02-29", "2026-02-29", "2026-13-01", "0001-01-01", "9999-12-31",
          "2026-3-09", "2026-03-09T10:00:00.000Z", "2026-03-09T23:59:59.999Z",
          "2026-03-09T10:00:00Z", "2026-03-09T10:00:00.000+02:00", "2026-03-09T24:00:00.000Z",
          "2026-03-09T10:61:00.000Z", "20x6-03-09", "", "garbage"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestIsoText::storedTextsAreReadAsQtReadsThem() {
    QFETCH(QString, text);
    QCOMPARE(parseIsoDate(text), QDate::fromString(text, Qt::ISODate));
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime ours = parseIsoUtc(text);
    QCOMPARE(ours.isValid(), qt.isValid());
    if (qt.isValid()) {
        QCOMPARE(ours, qt); // the same instant
        QCOMPARE(ours.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestIsoText)
#include "tst_isotext.moc"
