#include "scheduling/Recurrence.h"
#include "scheduling/SeriesPlanner.h"
#include "scheduling/ZonedTime.h"

#include <QTest>

using namespace md;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

struct Fixture {
    SessionSeries series;
    QList<Session> members;

    // A stored series with ids 1..n, as the repository would have it.
    explicit Fixture(const RecurrenceRule& rule, const QDateTime& first) {
        series.id = 7;
        series.engagementId = 3;
        series.uid = QStringLiteral("series-7@mentordesk");
        series.rule = rule;
        series.firstStart = first;
        series.durationMinutes = 60;
        series.location = QStringLiteral("https://meet.example/abc");
        const auto occurrences = Recurrence::expand(rule, first);
        qint64 id = 1;
        for (const Recurrence::Occurrence& occurrence : *occurrences) {
            Session session = series.makeOccurrence(occurrence.date, occurrence.start);
            session.id = id++;
            members.append(session);
        }
    }
    const Session& at(int index) const { return members.at(index); }
};

QStringList starts(const QList<Session>& sessions) {
    QStringList out;
    for (const Session& session : sessions)
        out << session.start.toString(QStringLiteral("MM-dd HH:mm"));
    return out;
}

const Session* byId(const QList<Session>& sessions, qint64 id) {
    for (const Session& session : sessions) {
        if (session.id == id)
            return &session;
    }
    return nullptr;
}

} // namespace

class TestSessionSeries final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void moveOneOccurrence();
    void cancelOneOccurrence();
    void moveThisAndFollowingSplitsTheSeries();
    void moveThisAndFollowingUntilSeries();
    void cancelThisAndFollowingKeepsHistory();
    void moveWholeSeriesKeepsHistoryAndDetached();
    void moveWholeSeriesToAnotherWeekday();
    void changeWholeSeriesFields();
    void followingFromFirstIsWholeSeries();
    void skipOccurrence();
    void refusals();
};

void TestSessionSeries::moveOneOccurrence() {
    Fixture f(RecurrenceRule::fortnightly(4), berlin(2026, 3, 3, 18));
    SessionChange change;
    change.start = berlin(2026, 3, 18, 9);
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(1).id, EditScope::ThisOccurrence, change);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QCOMPARE(plan->updated.size(), 1);
    const Session& moved = plan->updated.first();
    QCOMPARE(moved.start, berlin(2026, 3, 18, 9));
    QCOMPARE(moved.occurrenceDate, QDate(2026, 3, 17)); // identity in the series stays
    QVERIFY(moved.detached);
    QCOMPARE(plan->series.rule, f.series.rule);
    QVERIFY(!plan->split);
    QVERIFY(plan->removed.isEmpty() && plan->inserted.isEmpty());

    // Moving it back to the rule's time makes it a regular occurrence again.
    change.start = berlin(2026, 3, 17, 18);
    const auto back =
        SeriesPlanner::edit(f.series, plan->updated, moved.id, EditScope::ThisOccurrence, change);
    QVERIFY(back.ok());
    QVERIFY(!back->updated.first().detached);
}

void TestSessionSeries::cancelOneOccurrence() {
    Fixture f(RecurrenceRule::weekly(3), berlin(2026, 3, 2, 10));
    SessionChange change;
    change.status = SessionStatus::CancelledByClient;
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(2).id, EditScope::ThisOccurrence, change);
    QVERIFY(plan.ok());
    QCOMPARE(plan->updated.size(), 1);
    QCOMPARE(plan->updated.first().status, SessionStatus::CancelledByClient);
    QVERIFY(!plan->updated.first().detached);
}

void TestSessionSeries::moveThisAndFollowingSplitsTheSeries() {
    // Eight fortnightly Tuesdays at 18:00; from the 4th on: Wednesdays 19:00.
    Fixture f(RecurrenceRule::fortnightly(8), berlin(2026, 3, 3, 18));
    f.members[0].status = SessionStatus::Held;
    f.series.skippedDates = {QDate(2026, 3, 17), QDate(2026, 5, 12)}; // #2 and #6
    f.members.removeAt(5);
    f.members.removeAt(1);

    SessionChange change;
    change.start = berlin(2026, 4, 15, 19); // the 4th was Tue 14 Apr
    const qint64 anchorId = 4;
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, anchorId, EditScope::ThisAndFollowing, change);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));

    // The old series keeps the first three occurrences and its skip.
    QCOMPARE(plan->series.id, f.series.id);
    QCOMPARE(plan->series.rule.count, 3);
    QCOMPARE(plan->series.skippedDates, QList<QDate>{QDate(2026, 3, 17)});
    QVERIFY(plan->updated.isEmpty());

    // The new series starts at the moved occurrence with a new UID.
    QVERIFY(plan->split.has_value());
    const SessionSeries& tail = *plan->split;
    QCOMPARE(tail.id, 0);
    QVERIFY(tail.uid != f.series.uid);
    QCOMPARE(tail.firstStart, berlin(2026, 4, 15, 19));
    QCOMPARE(tail.rule.count, 5);
    QCOMPARE(tail.rule.interval, 2);
    QCOMPARE(tail.skippedDates, QList<QDate>{QDate(2026, 5, 13)}); // the skip moved along
    QCOMPARE(starts(plan->splitMembers),
             (QStringList{"04-15 19:00", "04-29 19:00", "05-27 19:00", "06-10 19:00"}));
    for (const Session& member : plan->splitMembers) {
        QVERIFY(member.id != 0); // rows move, keeping their notes
        QVERIFY(!member.detached);
        QCOMPARE(member.occurrenceDate, member.start.date());
    }
    QVERIFY(plan->removed.isEmpty());
}

void TestSessionSeries::moveThisAndFollowingUntilSeries() {
    Fixture f(RecurrenceRule::weekly(0, QDate(2026, 3, 30)), berlin(2026, 3, 2, 9));
    QCOMPARE(f.members.size(), 5);
    SessionChange change;
    change.start = berlin(2026, 3, 17, 9); // #3 moves from Monday to Tuesday
    change.durationMinutes = 90;
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(2).id, EditScope::ThisAndFollowing, change);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QCOMPARE(plan->series.rule.until, QDate(2026, 3, 9));
    QCOMPARE(plan->split->rule.until, QDate(2026, 3, 31)); // shifted with the move
    QCOMPARE(plan->split->durationMinutes, 90);
    QCOMPARE(starts(plan->splitMembers),
             (QStringList{"03-17 09:00", "03-24 09:00", "03-31 09:00"}));
    for (const Session& member : plan->splitMembers)
        QCOMPARE(member.durationMinutes, 90);
}

void TestSessionSeries::cancelThisAndFollowingKeepsHistory() {
    Fixture f(RecurrenceRule::weekly(5), berlin(2026, 3, 2, 9));
    f.members[3].status = SessionStatus::Held; // held out of order: must not be cancelled
    SessionChange change;
    change.status = SessionStatus::CancelledByMentor;
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(2).id, EditScope::ThisAndFollowing, change);
    QVERIFY(plan.ok());
    QVERIFY(!plan->split); // a status change alone does not split
    QCOMPARE(plan->updated.size(), 2);
    QVERIFY(byId(plan->updated, 3) && byId(plan->updated, 5));
    for (const Session& row : plan->updated)
        QCOMPARE(row.status, SessionStatus::CancelledByMentor);
}

void TestSessionSeries::moveWholeSeriesKeepsHistoryAndDetached() {
    Fixture f(RecurrenceRule::weekly(4), berlin(2026, 3, 2, 9));
    f.members[0].status = SessionStatus::Held;
    f.members[2].start = berlin(2026, 3, 17, 15); // moved on its own earlier
    f.members[2].detached = true;
    SessionChange change;
    change.start = berlin(2026, 3, 9, 11); // anchor #2: 09:00 -> 11:00, same day
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(1).id, EditScope::WholeSeries, change);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QCOMPARE(plan->series.firstStart, berlin(2026, 3, 2, 11));
    QCOMPARE(plan->series.uid, f.series.uid);
    QCOMPARE(starts(plan->updated),
             (QStringList{"03-02 09:00", "03-09 11:00", "03-17 15:00", "03-23 11:00"}));
    QVERIFY(plan->updated.at(0).detached); // held: stays, now differs from the rule
    QVERIFY(!plan->updated.at(1).detached);
    QVERIFY(plan->updated.at(2).detached);
    QVERIFY(plan->inserted.isEmpty() && plan->removed.isEmpty());
}

void TestSessionSeries::moveWholeSeriesToAnotherWeekday() {
    // Monthly on the last Friday; the whole series moves to the last Thursday.
    Fixture f(RecurrenceRule::monthlyOnWeekday(-1, 3), berlin(2026, 1, 30, 10));
    SessionChange change;
    change.start = berlin(2026, 2, 26, 10); // anchor #2 (Fri 27 Feb) -> Thu 26 Feb
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(1).id, EditScope::WholeSeries, change);
    QVERIFY2(plan.ok(), qPrintable(plan.message()));
    QCOMPARE(plan->series.rule.weekdayOrdinal, -1);
    QCOMPARE(starts(plan->updated), (QStringList{"01-29 10:00", "02-26 10:00", "03-26 10:00"}));
}

void TestSessionSeries::changeWholeSeriesFields() {
    Fixture f(RecurrenceRule::weekly(3), berlin(2026, 3, 2, 9));
    f.members[0].status = SessionStatus::Held;
    SessionChange change;
    change.format = SessionFormat::Phone;
    change.location = QStringLiteral("+49 30 1234567");
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(2).id, EditScope::WholeSeries, change);
    QVERIFY(plan.ok());
    QCOMPARE(plan->series.format, SessionFormat::Phone);
    QCOMPARE(plan->updated.size(), 2); // the held one is history
    for (const Session& row : plan->updated) {
        QCOMPARE(row.format, SessionFormat::Phone);
        QCOMPARE(row.location, QStringLiteral("+49 30 1234567"));
    }
}

void TestSessionSeries::followingFromFirstIsWholeSeries() {
    Fixture f(RecurrenceRule::weekly(3), berlin(2026, 3, 2, 9));
    SessionChange change;
    change.start = berlin(2026, 3, 2, 10);
    const auto plan =
        SeriesPlanner::edit(f.series, f.members, f.at(0).id, EditScope::ThisAndFollowing, change);
    QVERIFY(plan.ok());
    QVERIFY(!plan->split);
    QCOMPARE(starts(plan->updated), (QStringList{"03-02 10:00", "03-09 10:00", "03-16 10:00"}));
}

void TestSessionSeries::skipOccurrence() {
    Fixture f(RecurrenceRule::weekly(3), berlin(2026, 3, 2, 9));
    const auto plan = SeriesPlanner::skip(f.series, f.members, f.at(1).id);
    QVERIFY(plan.ok());
    QCOMPARE(plan->removed, QList<qint64>{f.at(1).id});
    QCOMPARE(plan->series.skippedDates, QList<QDate>{QDate(2026, 3, 9)});

    f.members[1].status = SessionStatus::Held;
    QCOMPARE(SeriesPlanner::skip(f.series, f.members, f.at(1).id).code(), ErrorCode::Refused);
}

void TestSessionSeries::refusals() {
    Fixture f(RecurrenceRule::weekly(3), berlin(2026, 3, 2, 9));
    SessionChange change;
    change.durationMinutes = 0;
    QCOMPARE(SeriesPlanner::edit(f.series, f.members, 1, EditScope::WholeSeries, change).code(),
             ErrorCode::InvalidInput);
    change = {};
    change.status = SessionStatus::Held;
    QCOMPARE(SeriesPlanner::edit(f.series, f.members, 99, EditScope::WholeSeries, change).code(),
             ErrorCode::NotFound);
    // A "fifth Tuesday" series cannot be moved to a date that has no fifth.
    Fixture fifth(RecurrenceRule::monthlyOnWeekday(5, 2), berlin(2026, 3, 31, 10));
    change = {};
    change.start = berlin(2026, 3, 24, 10); // 4th Tuesday: the rule becomes "4th"
    const auto plan =
        SeriesPlanner::edit(fifth.series, fifth.members, 1, EditScope::WholeSeries, change);
    QVERIFY(plan.ok());
    QCOMPARE(plan->series.rule.weekdayOrdinal, 4);
}

QTEST_GUILESS_MAIN(TestSessionSeries)
#include "tst_session_series.moc"
