#include "scheduling/ConflictChecker.h"
#include "scheduling/ZonedTime.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(md::ConflictWarning::Kind)

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime at(const QString& isoLocal) {
    const QDateTime naive = QDateTime::fromString(isoLocal, Qt::ISODate);
    return ZonedTime::make(naive.date(), naive.time(), kBerlin);
}

Session session(qint64 id, const QString& start, int minutes,
                SessionStatus status = SessionStatus::Planned) {
    Session s;
    s.id = id;
    s.engagementId = 10 + id;
    s.start = at(start);
    s.durationMinutes = minutes;
    s.status = status;
    return s;
}

Availability availability() {
    Availability a = Availability::standardWeek(kBerlin); // Mon–Fri 09–17
    a.bufferMinutes = 15;
    a.daysOff.insert(QDate(2026, 3, 6)); // a Friday
    return a;
}

using Kinds = QList<ConflictWarning::Kind>;

} // namespace

class TestConflict final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void messagesNameTheOtherSession();
    void movingASessionIgnoresItself();
    void mentorZoneDecidesWorkingHours();
};

void TestConflict::rules_data() {
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<Kinds>("expected");

    using K = ConflictWarning::Kind;
    // Existing on Tue 3 Mar: session 1 10:00–11:00, cancelled session 2 13:00–14:00,
    // busy time 15:00–16:00.
    QTest::newRow("free slot") << "2026-03-03T11:30" << 60 << Kinds{};
    QTest::newRow("exactly after, no buffer left")
        << "2026-03-03T11:00" << 30 << Kinds{K::InsideBuffer};
    QTest::newRow("15 minutes after: buffer kept") << "2026-03-03T11:15" << 30 << Kinds{};
    QTest::newRow("ends 10 minutes before") << "2026-03-03T09:00" << 50 << Kinds{K::InsideBuffer};
    QTest::newRow("overlap") << "2026-03-03T10:30" << 60 << Kinds{K::SessionOverlap};
    QTest::newRow("inside") << "2026-03-03T10:15" << 15 << Kinds{K::SessionOverlap};
    QTest::newRow("cancelled sessions do not count") << "2026-03-03T13:00" << 60 << Kinds{};
    QTest::newRow("busy time") << "2026-03-03T15:30" << 60 << Kinds{K::BusyTimeOverlap};
    QTest::newRow("touching busy time is fine") << "2026-03-03T14:00" << 60 << Kinds{};
    QTest::newRow("before working hours")
        << "2026-03-03T08:00" << 60 << Kinds{K::OutsideWorkingHours};
    QTest::newRow("runs past working hours")
        << "2026-03-03T16:30" << 60 << Kinds{K::OutsideWorkingHours};
    QTest::newRow("ends at closing time") << "2026-03-03T16:00" << 60 << Kinds{};
    QTest::newRow("weekend") << "2026-03-07T10:00" << 60 << Kinds{K::OutsideWorkingHours};
    QTest::newRow("day off") << "2026-03-06T10:00" << 60 << Kinds{K::DayOff};
    QTest::newRow("several at once")
        << "2026-03-03T10:30" << 420
        << Kinds{K::SessionOverlap, K::BusyTimeOverlap, K::OutsideWorkingHours};
}

void TestConflict::rules() {
    QFETCH(QString, start);
    QFETCH(int, minutes);
    QFETCH(Kinds, expected);

    const QList<Session> sessions{
        session(1, QStringLiteral("2026-03-03T10:00"), 60),
        session(2, QStringLiteral("2026-03-03T13:00"), 60, SessionStatus::CancelledByClient)};
    BusyTime busy;
    busy.id = 5;
    busy.summary = QStringLiteral("Dentist");
    busy.startUtc = at(QStringLiteral("2026-03-03T15:00")).toUTC();
    busy.endUtc = at(QStringLiteral("2026-03-03T16:00")).toUTC();

    const ConflictChecker::Proposal proposal{0, at(start).toUTC(), minutes};
    const QList<ConflictWarning> warnings =
        ConflictChecker::check(proposal, sessions, {busy}, availability());
    Kinds kinds;
    for (const ConflictWarning& warning : warnings) {
        kinds << warning.kind;
        QVERIFY(!warning.message.isEmpty());
    }
    QCOMPARE(kinds, expected);
}

void TestConflict::messagesNameTheOtherSession() {
    const QList<Session> sessions{session(1, QStringLiteral("2026-03-03T10:00"), 60)};
    BusyTime busy;
    busy.id = 9;
    busy.summary = QStringLiteral("Dentist");
    busy.startUtc = at(QStringLiteral("2026-03-03T10:00")).toUTC();
    busy.endUtc = at(QStringLiteral("2026-03-03T12:00")).toUTC();
    const auto warnings =
        ConflictChecker::check({0, at(QStringLiteral("2026-03-03T10:30")).toUTC(), 30}, sessions,
                               {busy}, availability(), {{11, QStringLiteral("Anna Berg")}});
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).sessionId, 1);
    QVERIFY2(warnings.at(0).message.contains(QLatin1String("Anna Berg")),
             qPrintable(warnings.at(0).message));
    QVERIFY(warnings.at(0).message.contains(QLatin1String("10:00")));
    QCOMPARE(warnings.at(1).busyTimeId, 9);
    QVERIFY(warnings.at(1).message.contains(QLatin1String("Dentist")));
}

void TestConflict::movingASessionIgnoresItself() {
    const QList<Session> sessions{session(1, QStringLiteral("2026-03-03T10:00"), 60)};
    // Session 1 moved by 30 minutes overlaps its old place, which is itself.
    const auto warnings = ConflictChecker::check(
        {1, at(QStringLiteral("2026-03-03T10:30")).toUTC(), 60}, sessions, {}, availability());
    QVERIFY(warnings.isEmpty());
}

void TestConflict::mentorZoneDecidesWorkingHours() {
    // A 09:00 New York session is 15:00 in Berlin: inside the Berlin mentor's hours.
    const QDateTime ny =
        ZonedTime::make(QDate(2026, 3, 17), QTime(9, 0), QTimeZone("America/New_York"));
    QVERIFY(ConflictChecker::check({0, ny.toUTC(), 60}, {}, {}, availability()).isEmpty());
    // 12:00 New York is 17:00 in Berlin: outside.
    const QDateTime late = ny.addSecs(3 * 3600);
    const auto warnings = ConflictChecker::check({0, late.toUTC(), 60}, {}, {}, availability());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().kind, ConflictWarning::Kind::OutsideWorkingHours);
}

QTEST_GUILESS_MAIN(TestConflict)
#include "tst_conflict.moc"
