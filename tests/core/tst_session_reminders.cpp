#include "FakeClock.h"
#include "scheduling/ReminderScheduler.h"
#include "scheduling/SessionTally.h"

#include <QSignalSpy>
#include <QTest>

using namespace md;

namespace {

Session sessionAt(qint64 id, const QDateTime& startUtc,
                  SessionStatus status = SessionStatus::Planned) {
    Session s;
    s.id = id;
    s.start = startUtc.toTimeZone(QTimeZone("Europe/Berlin"));
    s.status = status;
    return s;
}

const QDateTime kNine(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestSessionReminders final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remindsOnceLeadMinutesBefore();
    void movedSessionIsRemindedAgain();
    void missedReminderStillGivenBeforeStart();
    void onlyPlannedSessions();
    void nextDue();
    void watchesTheNextHoursOnly();
    void tally();
};

void TestSessionReminders::remindsOnceLeadMinutesBefore() {
    test::FakeClock clock(kNine);
    ReminderScheduler scheduler(clock);
    scheduler.setLeadMinutes(15);
    scheduler.setSessions({sessionAt(1, kNine.addSecs(3600))}); // 10:00
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);

    scheduler.check();
    QCOMPARE(spy.count(), 0);
    clock.set(kNine.addSecs(44 * 60)); // 09:44
    scheduler.check();
    QCOMPARE(spy.count(), 0);
    clock.set(kNine.addSecs(45 * 60)); // 09:45
    scheduler.check();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Session>().id, 1);
    clock.advanceSeconds(60);
    scheduler.check();
    QCOMPARE(spy.count(), 1); // once only
}

void TestSessionReminders::movedSessionIsRemindedAgain() {
    test::FakeClock clock(kNine.addSecs(50 * 60));
    ReminderScheduler scheduler(clock);
    scheduler.setLeadMinutes(15);
    scheduler.setSessions({sessionAt(1, kNine.addSecs(3600))});
    QCOMPARE(scheduler.takeDue().size(), 1);
    scheduler.setSessions({sessionAt(1, kNine.addSecs(3600 + 5 * 60))}); // moved by 5 minutes
    QCOMPARE(scheduler.takeDue().size(), 1);
}

void TestSessionReminders::missedReminderStillGivenBeforeStart() {
    test::FakeClock clock(kNine.addSecs(58 * 60)); // app started at 09:58
    ReminderScheduler scheduler(clock);
    scheduler.setSessions({sessionAt(1, kNine.addSecs(3600)), sessionAt(2, kNine.addSecs(-600))});
    const QList<Session> due = scheduler.takeDue();
    QCOMPARE(due.size(), 1); // session 2 already started: no reminder
    QCOMPARE(due.first().id, 1);
}

void TestSessionReminders::onlyPlannedSessions() {
    const QDateTime now = kNine.addSecs(55 * 60);
    for (SessionStatus status : allSessionStatuses()) {
        QCOMPARE(
            ReminderScheduler::needsReminder(sessionAt(1, kNine.addSecs(3600), status), now, 15),
            status == SessionStatus::Planned);
    }
}

// The scheduler is fed the next hours only (the lead time plus
// kLookAheadMinutes), not every session to come.
void TestSessionReminders::watchesTheNextHoursOnly() {
    test::FakeClock clock(kNine);
    ReminderScheduler scheduler(clock);
    scheduler.setLeadMinutes(15);
    SessionFilter window = scheduler.watchFilter(kNine);
    QCOMPARE(window.fromUtc, kNine);
    QCOMPARE(window.toUtc, kNine.addSecs((15 + ReminderScheduler::kLookAheadMinutes) * 60));
    QVERIFY(!window.includeCancelled);
    QVERIFY(window.toUtc <= kNine.addSecs(6 * 3600)); // hours, not days
    scheduler.setLeadMinutes(120);
    window = scheduler.watchFilter(kNine);
    QCOMPARE(window.toUtc, kNine.addSecs((120 + ReminderScheduler::kLookAheadMinutes) * 60));
    // Every reminder that falls due before the window is read again (every
    // five minutes) has its session inside it.
    const Session last = sessionAt(1, kNine.addSecs((120 + 5) * 60));
    QVERIFY(last.overlaps(window.fromUtc, window.toUtc));
}

void TestSessionReminders::nextDue() {
    test::FakeClock clock(kNine);
    ReminderScheduler scheduler(clock);
    scheduler.setLeadMinutes(30);
    QVERIFY(!scheduler.nextDueUtc().isValid());
    scheduler.setSessions({sessionAt(1, kNine.addSecs(7200)), sessionAt(2, kNine.addSecs(3600))});
    QCOMPARE(scheduler.nextDueUtc(), kNine.addSecs(1800));
    clock.set(kNine.addSecs(1800));
    QCOMPARE(scheduler.takeDue().size(), 1);
    QCOMPARE(scheduler.nextDueUtc(), kNine.addSecs(5400));
}

void TestSessionReminders::tally() {
    const QList<Session> sessions{sessionAt(1, kNine.addDays(-14), SessionStatus::Held),
                                  sessionAt(2, kNine.addDays(-7), SessionStatus::Held),
                                  sessionAt(3, kNine.addDays(-3), SessionStatus::CancelledByClient),
                                  sessionAt(4, kNine.addDays(-1), SessionStatus::Held),
                                  sessionAt(5, kNine.addDays(7)),
                                  sessionAt(6, kNine.addDays(14), SessionStatus::NoShow)};
    SessionTally t = SessionTally::count(sessions, 8, kNine);
    QCOMPARE(t.held, 3);
    QCOMPARE(t.upcoming, 1);
    QCOMPARE(t.cancelled, 1);
    QCOMPARE(t.noShows, 1);
    QCOMPARE(t.remaining(), 5);
    QCOMPARE(t.text(), QStringLiteral("3 of 8 held"));
    QVERIFY(!t.lastSessionNear());
    t = SessionTally::count(sessions, 4, kNine);
    QVERIFY(t.lastSessionNear());
    QCOMPARE(SessionTally::count(sessions, 0, kNine).text(), QStringLiteral("3 held"));
}

QTEST_GUILESS_MAIN(TestSessionReminders)
#include "tst_session_reminders.moc"
