// Changing the busy calendars of a connected account (setBusyCalendars):
// chosen, cleared and chosen again, against a real Radicale on loopback.

#include "CalDavFixture.h"
#include "common/ChangeNotifier.h"

#include <QTest>

using namespace md;
using md::test::CalDavFixture;

namespace {

const QByteArray kDentist =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\n"
    "UID:dentist@phone\r\nDTSTAMP:20261001T090000Z\r\nDTSTART:20261020T100000Z\r\n"
    "DTEND:20261020T110000Z\r\nSUMMARY:Dentist Dr. Hahn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

} // namespace

class TestCalendarBusyChoice final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fx.reset(); }
    void choosesClearsAndChoosesAgain();
    void unknownNameChangesNothing();
    void needsAnAccount();

private:
    CalendarSyncService& calendar() { return m_fx->calendar(); }
    QList<QUrl> busyCalendars() { return calendar().account()->value().busyCalendars; }
    int busyTimeCount() { return int(m_fx->scheduling().busyTimes()->size()); }

    std::unique_ptr<CalDavFixture> m_fx;
    QUrl m_privateUrl;
};

void TestCalendarBusyChoice::init() {
    m_fx = std::make_unique<CalDavFixture>();
    const QString problem = m_fx->setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto home = m_fx->phone().discover(m_fx->server().baseUrl());
    QVERIFY2(home.ok(), qPrintable(home.message()));
    auto made = m_fx->phone().makeCalendar(home->calendarHomeUrl, QStringLiteral("Private"));
    QVERIFY2(made.ok(), qPrintable(made.message()));
    m_privateUrl = *made;
    QVERIFY(m_fx->phone().put(m_privateUrl.resolved(QUrl("dentist.ics")), kDentist, {}).ok());
}

void TestCalendarBusyChoice::choosesClearsAndChoosesAgain() {
    const QString connected = m_fx->connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    QVERIFY(calendar().sync().ok());
    QCOMPARE(busyTimeCount(), 0);

    // Chosen once connected, titles shown: the next sync reads it.
    Status chosen = calendar().setBusyCalendars({QStringLiteral("Private")}, true);
    QVERIFY2(chosen.ok(), qPrintable(chosen.message()));
    QCOMPARE(busyCalendars(), QList<QUrl>{m_privateUrl});
    QVERIFY(calendar().account()->value().busyTitlesShown);
    auto synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->busyTimes, 1);
    QCOMPARE(m_fx->scheduling().busyTimes()->first().summary, QStringLiteral("Dentist Dr. Hahn"));
    const qint64 busyId = m_fx->scheduling().busyTimes()->first().id;

    // Cleared: its busy times go at once, in the same unit of work, announced.
    QList<ChangeSet> published;
    connect(&m_fx->workspace().changes(), &ChangeNotifier::changed, this,
            [&](const ChangeSet& changes) { published.append(changes); });
    Status cleared = calendar().setBusyCalendars({}, false);
    QVERIFY2(cleared.ok(), qPrintable(cleared.message()));
    QVERIFY(busyCalendars().isEmpty());
    QVERIFY(!calendar().account()->value().busyTitlesShown);
    QCOMPARE(busyTimeCount(), 0);
    QCOMPARE(published.size(), 1);
    QVERIFY(published.first().removed(RecordKind::BusyTime, busyId));
    QVERIFY(published.first().touches(RecordKind::CalendarSync));
    QVERIFY(calendar().sync().ok());
    QCOMPARE(busyTimeCount(), 0);

    // Chosen again (the calendar published to is never a busy one): back after a sync.
    chosen = calendar().setBusyCalendars({QStringLiteral("Private"), QStringLiteral("MentorDesk")},
                                         false);
    QVERIFY2(chosen.ok(), qPrintable(chosen.message()));
    QCOMPARE(busyCalendars(), QList<QUrl>{m_privateUrl});
    QCOMPARE(busyTimeCount(), 0);
    synced = calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->busyTimes, 1);
    QCOMPARE(m_fx->scheduling().busyTimes()->first().summary, QStringLiteral("Busy"));
    // The account is otherwise as it was.
    QCOMPARE(calendar().account()->value().calendarUrl, m_fx->calendarUrl());
    QVERIFY(calendar().status()->lastSyncUtc.isValid());
}

void TestCalendarBusyChoice::unknownNameChangesNothing() {
    const QString connected = m_fx->connectAccount({QStringLiteral("Private")});
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    QVERIFY(calendar().sync().ok());
    QCOMPARE(busyTimeCount(), 1);
    Status refused = calendar().setBusyCalendars({QStringLiteral("Nowhere")}, false);
    QCOMPARE(refused.code(), ErrorCode::NotFound);
    QVERIFY(refused.message().contains(QLatin1String("Nowhere")));
    QCOMPARE(busyCalendars(), QList<QUrl>{m_privateUrl});
    QCOMPARE(busyTimeCount(), 1);
}

void TestCalendarBusyChoice::needsAnAccount() {
    QCOMPARE(calendar().setBusyCalendars({QStringLiteral("Private")}, false).code(),
             ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestCalendarBusyChoice)
#include "tst_calendarbusychoice.moc"
