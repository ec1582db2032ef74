// The limits of the ICS reader: whatever a calendar file holds, reading it
// finishes in seconds and cannot fill the disk. A file beyond a limit is
// refused as a whole (nothing of it is imported), with a message naming the
// event; a rule that can never occur simply has no dates.

#include "ics/IcsReader.h"

#include <QFile>
#include <QTest>

#include <ctime>

using namespace md;

namespace {
// ASan and UBSan run the reader 10 to 70 times slower; the limits are what
// keeps an import to seconds, so they are checked against the same budget
// scaled for the sanitizer build.
#ifdef MENTORDESK_SANITIZED_BUILD
constexpr int kSlowdown = 30;
#else
constexpr int kSlowdown = 1;
#endif

// The budgets guard against runaway expansion (the files behind them took
// minutes), not against a slow machine: they count the processor time this
// process used, so other builds and tests running beside it do not count.
class CpuTimer {
public:
    void start() { m_start = std::clock(); }
    qint64 elapsed() const { return qint64(std::clock() - m_start) * 1000 / CLOCKS_PER_SEC; }

private:
    std::clock_t m_start = 0;
};
} // namespace

namespace {

// The window the importer uses: a month back, a year ahead.
IcsReader::Options importWindow() {
    IcsReader::Options options;
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    options.fromUtc = now.addMonths(-1);
    options.toUtc = now.addMonths(12);
    options.floatingZone = QTimeZone("Europe/Berlin");
    return options;
}

QByteArray sample(const QString& name) {
    const QString relative = QStringLiteral("data/ics/limits/") + name;
    QString path =
        qEnvironmentVariable("MENTORDESK_SOURCE_DIR") + QStringLiteral("/tests/") + relative;
    if (!QFile::exists(path))
        path = QFINDTESTDATA(relative);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray oneEvent(const QByteArray& rule, const QByteArray& summary = "Pathological") {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:p@example.org\r\nSUMMARY:" +
           summary +
           "\r\nDTSTART:20260301T090000Z\r\nDTEND:20260301T091500Z\r\n"
           "RRULE:" +
           rule + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

// 20,000 events, each a daily series of 1,000 (the second file of the issue).
QByteArray manyLongSeries() {
    QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    for (int i = 0; i < 20000; ++i)
        data += QByteArray("BEGIN:VEVENT\r\nUID:e") + QByteArray::number(i) +
                "@example.org\r\nSUMMARY:Series " + QByteArray::number(i) +
                "\r\nDTSTART:20260301T" + QByteArray::number((i / 60) % 24).rightJustified(2, '0') +
                QByteArray::number(i % 60).rightJustified(2, '0') +
                "00Z\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY;COUNT=1000\r\nEND:VEVENT\r\n";
    return data + "END:VCALENDAR\r\n";
}

// One event whose SUMMARY is 10 MB long (the third file), folded or not.
QByteArray hugeSummary(bool folded) {
    const QByteArray text(10 * 1024 * 1024, 'x');
    QByteArray line = "SUMMARY:";
    if (folded) {
        line += text.left(66);
        for (qsizetype i = 66; i < text.size(); i += 74)
            line += "\r\n " + text.mid(i, 74);
    } else {
        line += text;
    }
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:long@example.org\r\n" + line +
           "\r\nDTSTART:20260305T090000Z\r\nDTEND:20260305T100000Z\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n";
}

} // namespace

class TestIcsLimits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The first file of the issue: a minutely rule on 30 February ran past
    // 300 s. It never occurs, so it has no dates, at once.
    void impossibleMinutelyRuleEndsAtOnce() {
        const QByteArray data = sample(QStringLiteral("impossible_minutely.ics"));
        QVERIFY(!data.isEmpty());
        CpuTimer timer;
        timer.start();
        const auto imported = IcsReader::read(data, importWindow());
        QVERIFY2(timer.elapsed() < 2000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported->eventCount, 1);
        QVERIFY(imported->busyTimes.isEmpty());
    }

    // Rules that libical would grind through for seconds or minutes, possible
    // or not: each is read, or refused naming its event, in well under a
    // second.
    void pathologicalRulesFinishQuickly_data() {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<bool>("refused");
        QTest::newRow("every minute") << QByteArray("FREQ=MINUTELY") << true;
        QTest::newRow("every second") << QByteArray("FREQ=SECONDLY") << true;
        QTest::newRow("seconds of 28 February")
            << QByteArray("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=28") << true;
        QTest::newRow("seconds of 30 February")
            << QByteArray("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30") << false;
        QTest::newRow("hours of 30 February")
            << QByteArray("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30") << false;
        QTest::newRow("monthly 31 April")
            << QByteArray("FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4") << false;
        QTest::newRow("monthly, February never reached")
            << QByteArray("FREQ=MONTHLY;INTERVAL=12;BYMONTH=2") << false;
        QTest::newRow("yearly 30 February")
            << QByteArray("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30") << false;
        QTest::newRow("a first in 30 February")
            << QByteArray("FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2;BYSETPOS=1") << false;
        QTest::newRow("every minute, a million times")
            << QByteArray("FREQ=MINUTELY;COUNT=1000000") << true;
        QTest::newRow("every second hour is fine")
            << QByteArray("FREQ=HOURLY;INTERVAL=2;COUNT=20") << false;
    }
    void pathologicalRulesFinishQuickly() {
        QFETCH(QByteArray, rule);
        QFETCH(bool, refused);
        CpuTimer timer;
        timer.start();
        const auto imported = IcsReader::read(oneEvent(rule), importWindow());
        QVERIFY2(timer.elapsed() < 1000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
        if (refused) {
            QVERIFY(!imported.ok());
            QCOMPARE(imported.code(), ErrorCode::InvalidInput);
            QVERIFY2(imported.message().contains(QStringLiteral("“Pathological”")),
                     qPrintable(imported.message()));
            QVERIFY2(imported.message().contains(QStringLiteral("line 3")),
                     qPrintable(imported.message()));
        } else {
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
        }
    }

    void everySecondHourStillReadsItsDates() {
        const auto imported =
            IcsReader::read(oneEvent("FREQ=HOURLY;INTERVAL=2;COUNT=20"), importWindow());
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported->busyTimes.size(), 20);
        QCOMPARE(imported->busyTimes.at(1).startUtc,
                 QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC));
    }

    // The second file: 20,000 events × 1,000 dates took 186 s and stored 7.2
    // million busy times. Beyond the limit of busy times per file the whole
    // file is refused, naming where the limit was reached.
    void tooManyOccurrencesAreRefusedInSeconds() {
        const QByteArray data = manyLongSeries();
        CpuTimer timer;
        timer.start();
        const auto imported = IcsReader::read(data, importWindow());
        QVERIFY2(timer.elapsed() < 5000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.code(), ErrorCode::InvalidInput);
        QVERIFY2(imported.message().contains(QStringLiteral("“Series ")),
                 qPrintable(imported.message()));
        QVERIFY2(imported.message().contains(QString::number(IcsReader::kMaxBusyTimesPerFile)),
                 qPrintable(imported.message()));
    }

    // Series that began long ago and ended before the window cost nothing
    // but their steps; too many of them are refused as well.
    void longPastSeriesAreBounded() {
        QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        for (int i = 0; i < 3000; ++i)
            data += QStringLiteral("BEGIN:VEVENT\r\nUID:old%1\r\nSUMMARY:Old %1\r\n"
                                   "DTSTART:19900101T090000Z\r\nDURATION:PT15M\r\n"
                                   "RRULE:FREQ=DAILY;COUNT=5000\r\nEND:VEVENT\r\n")
                        .arg(i)
                        .toLatin1();
        data += "END:VCALENDAR\r\n";
        CpuTimer timer;
        timer.start();
        const auto imported = IcsReader::read(data, importWindow());
        QVERIFY2(timer.elapsed() < 5000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.message().contains(QStringLiteral("“Old ")),
                 qPrintable(imported.message()));
    }

    // The third file: a 10 MB SUMMARY took 30 s. Lines have a length limit
    // (after unfolding), checked before anything else reads them.
    void hugeLineIsRefusedInSeconds_data() {
        QTest::addColumn<bool>("folded");
        QTest::newRow("folded") << true;
        QTest::newRow("one line") << false;
    }
    void hugeLineIsRefusedInSeconds() {
        QFETCH(bool, folded);
        const QByteArray data = hugeSummary(folded);
        CpuTimer timer;
        timer.start();
        const auto imported = IcsReader::read(data, importWindow());
        QVERIFY2(timer.elapsed() < 3000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.code(), ErrorCode::InvalidInput);
        QVERIFY2(imported.message().startsWith(QStringLiteral("Line 5:")),
                 qPrintable(imported.message().left(200)));
        QVERIFY2(imported.message().contains(QStringLiteral("SUMMARY")),
                 qPrintable(imported.message().left(200)));
        QVERIFY2(imported.message().contains(QStringLiteral("event on line 3")),
                 qPrintable(imported.message().left(200)));
        QVERIFY(imported.message().size() < 400);
    }

    void tooLargeFileIsRefused() {
        QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        const QByteArray comment = "X-COMMENT:" + QByteArray(60000, 'c') + "\r\n";
        while (data.size() <= IcsReader::kMaxFileBytes)
            data += comment;
        data += "END:VCALENDAR\r\n";
        CpuTimer timer;
        timer.start();
        const auto imported = IcsReader::read(data, importWindow());
        QVERIFY2(timer.elapsed() < 3000 * kSlowdown, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.code(), ErrorCode::InvalidInput);
    }

    // Only the window the app uses is expanded, however wide the caller's.
    void expansionWindowIsBounded() {
        IcsReader::Options options = importWindow();
        options.toUtc = options.fromUtc.addYears(20);
        const auto imported = IcsReader::read(oneEvent("FREQ=WEEKLY"), options);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QVERIFY(!imported->busyTimes.isEmpty());
        const QDateTime last = imported->busyTimes.last().startUtc;
        QVERIFY2(last < options.fromUtc.addMonths(IcsReader::kMaxWindowMonths),
                 qPrintable(last.toString(Qt::ISODate)));
        QVERIFY(last > options.fromUtc.addMonths(IcsReader::kMaxWindowMonths).addDays(-8));
    }
};

QTEST_GUILESS_MAIN(TestIcsLimits)
#include "tst_icslimits.moc"
