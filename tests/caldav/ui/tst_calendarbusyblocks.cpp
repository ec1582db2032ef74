// Busy times read from another calendar on the CalDAV server are drawn in
// the week view as busy blocks: "Busy" unless the mentor allows titles.

#include "CalDavFixture.h"
#include "calendar/CalendarItem.h"
#include "calendar/CalendarPage.h"
#include "calendar/WeekGrid.h"
#include "calendar/WeekView.h"

#include <QDir>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace md;
using md::test::CalDavFixture;

class TestCalendarBusyBlocks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void busyTimesOfAnotherCalendarAreBlocks_data();
    void busyTimesOfAnotherCalendarAreBlocks();
};

void TestCalendarBusyBlocks::busyTimesOfAnotherCalendarAreBlocks_data() {
    QTest::addColumn<bool>("titlesShown");
    QTest::addColumn<QString>("title");
    QTest::newRow("without titles") << false << QStringLiteral("Busy");
    QTest::newRow("titles allowed") << true << QStringLiteral("Dentist Dr. Hahn");
}

void TestCalendarBusyBlocks::busyTimesOfAnotherCalendarAreBlocks() {
    QFETCH(bool, titlesShown);
    QFETCH(QString, title);
    CalDavFixture fx;
    const QString problem = fx.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(fx.scheduling().saveAvailability(Availability::standardWeek(berlin)).ok());

    // The mentor's private calendar on the same server, with one event on
    // Tuesday 20 October, 12:00–13:00 in Berlin.
    auto home = fx.phone().discover(fx.server().baseUrl());
    QVERIFY2(home.ok(), qPrintable(home.message()));
    auto privateCalendar =
        fx.phone().makeCalendar(home->calendarHomeUrl, QStringLiteral("Private"));
    QVERIFY2(privateCalendar.ok(), qPrintable(privateCalendar.message()));
    const QByteArray dentist =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\n"
        "UID:dentist@phone\r\nDTSTAMP:20261001T090000Z\r\nDTSTART:20261020T100000Z\r\n"
        "DTEND:20261020T110000Z\r\nSUMMARY:Dentist Dr. Hahn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    QVERIFY(fx.phone().put(privateCalendar->resolved(QUrl("dentist.ics")), dentist, {}).ok());
    CalendarSyncService::ConnectRequest request = fx.request();
    request.busyCalendarNames = {QStringLiteral("Private")};
    request.busyTitlesShown = titlesShown;
    auto connected = fx.calendar().connectAccount(request, CalDavFixture::password());
    QVERIFY2(connected.ok(), qPrintable(connected.message()));

    CalendarPage page;
    page.resize(1200, 820);
    page.show();
    page.setWorkspace(&fx.workspace());
    page.showView(CalendarPage::View::Week);
    page.setAnchor(QDate(2026, 10, 20));
    WeekGrid* grid = page.weekView()->grid();
    QCOMPARE(grid->firstDay(), QDate(2026, 10, 19));

    // The sync runs with the page open: the page follows the busy times.
    auto synced = fx.calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QCOMPARE(synced->busyTimes, 1);
    auto busy = fx.scheduling().busyTimes();
    QVERIFY(busy.ok());
    QCOMPARE(busy->size(), 1);
    QCOMPARE(busy->first().summary, title);
    const qint64 busyId = busy->first().id;
    QTRY_VERIFY(!grid->busyTimeRect(busyId).isEmpty());

    // Where Tuesday 12:00–13:00 is drawn.
    const QRect block = grid->busyTimeRect(busyId);
    const QPoint noon = grid->pointFor(QDate(2026, 10, 20), QTime(12, 0));
    const QPoint one = grid->pointFor(QDate(2026, 10, 20), QTime(13, 0));
    QVERIFY2(block.contains(noon.x(), noon.y() + 4), "the block is not at 12:00 on Tuesday");
    QVERIFY(block.bottom() <= one.y() + 2);
    QVERIFY(block.height() >= grid->hourHeight() - 4);

    // Painted in the busy times' quiet fill, hatched, not as a session.
    const QImage image = grid->grab().toImage();
    if (const QString folder = qEnvironmentVariable("MENTORDESK_TEST_SHOTS"); !folder.isEmpty())
        image.save(QDir(folder).filePath(QStringLiteral("busy-block-%1.png").arg(titlesShown)));
    const qreal ratio = image.devicePixelRatio();
    CalendarItem asBusy;
    asBusy.busyTimeId = busyId;
    const QColor fill = CalendarItems::colorFor(asBusy, grid->palette());
    int filled = 0;
    int other = 0;
    for (int y = block.top() + 20; y < block.bottom() - 2; y += 3) {
        for (int x = block.left() + 8; x < block.right() - 4; x += 3) {
            const QColor pixel = image.pixelColor(int(x * ratio), int(y * ratio));
            (pixel.rgb() == fill.rgb() ? filled : other) += 1;
        }
    }
    QVERIFY2(filled > 0, "no pixel of the busy fill in the block");
    QVERIFY2(other > 0, "the block is not hatched");
    const QColor outside =
        image.pixelColor(int((block.left() + 8) * ratio), int((block.bottom() + 30) * ratio));
    QVERIFY(outside.rgb() != fill.rgb());

    // Its tooltip names it as the mentor's other calendar, with the title
    // only when allowed.
    QHelpEvent help(QEvent::ToolTip, block.center(), grid->mapToGlobal(block.center()));
    QCoreApplication::sendEvent(grid, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(title), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QLatin1String("Busy in your other calendar")));
    QCOMPARE(QToolTip::text().contains(QLatin1String("Dentist")), titlesShown);
    QToolTip::hideText();
}

QTEST_MAIN(TestCalendarBusyBlocks)
#include "tst_calendarbusyblocks.moc"
