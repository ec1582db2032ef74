// The list of events changed on the CalDAV server, driven as the mentor
// would: the real dialog over a workspace synced with Radicale.

#include "CalDavFixture.h"
#include "calendar/CalendarDifferencesDialog.h"
#include "calendar/CalendarSyncStatusWidget.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace md;
using md::test::CalDavFixture;

namespace {

// Saves a picture of `widget` when MENTORDESK_TEST_SHOTS names a folder.
void keepShot(QWidget& widget, const QString& name) {
    const QString folder = qEnvironmentVariable("MENTORDESK_TEST_SHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestCalendarDifferencesDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsTheServersChangesAndResolvesThem();
    void theCalendarsStatusLineLeadsToTheDifferences();
};

void TestCalendarDifferencesDialog::listsTheServersChangesAndResolvesThem() {
    CalDavFixture fx;
    const QString problem = fx.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(fx.scheduling()
                .saveAvailability(Availability::standardWeek(QTimeZone("Europe/Berlin")))
                .ok());
    const QString connected = fx.connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    const qint64 moved = fx.addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    const qint64 deleted = fx.addSingleSession(CalDavFixture::berlin(2026, 10, 6, 10));
    QVERIFY(fx.calendar().sync().ok());

    CalendarDifferencesDialog dialog(fx.workspace());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("differencesTreeWidget"));
    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("acceptServerVersionButton"));
    auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("keepMentorDeskVersionButton"));
    auto* intro = dialog.findChild<QLabel*>(QStringLiteral("introLabel"));
    QVERIFY(list && accept && keep && intro);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!accept->isEnabled());
    QVERIFY(intro->text().contains(QLatin1String("nothing was changed")));

    // On the phone: one event moved to Friday 14:00, the other deleted.
    for (const CalendarObject& object : fx.serverObjects()) {
        if (object.data.contains("DTSTART;TZID=Europe/Berlin:20261005T100000")) {
            QByteArray edited = object.data;
            edited.replace(":20261005T10", ":20261009T14");
            QVERIFY(fx.phone().put(object.url, edited, object.etag).ok());
        } else {
            QVERIFY(fx.phone().remove(object.url, object.etag).ok());
        }
    }
    // The sync (the app's background one) adds the rows to the open list.
    auto synced = fx.calendar().sync();
    QVERIFY2(synced.ok(), qPrintable(synced.message()));
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QVERIFY(intro->text().contains(QLatin1String("MentorDesk did not overwrite them")));
    QTreeWidgetItem* first = list->topLevelItem(0);
    QTreeWidgetItem* second = list->topLevelItem(1);
    QCOMPARE(first->text(0), QStringLiteral("Jo, Mon 5 Oct, 10:00–10:45"));
    QCOMPARE(first->text(1), QStringLiteral("Moved on the server to Fri 9 Oct, 14:00–14:45"));
    QCOMPARE(second->text(0), QStringLiteral("Jo, Tue 6 Oct, 10:00–10:45"));
    QCOMPARE(second->text(1), QStringLiteral("Deleted on the server"));
    // One row is always chosen; the mentor clicks the moved one.
    QVERIFY(first->isSelected() || second->isSelected());
    QVERIFY(accept->isEnabled() && keep->isEnabled());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(first).center());
    QVERIFY(first->isSelected());
    keepShot(dialog, QStringLiteral("calendar-differences"));

    // The phone's move goes into MentorDesk.
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(fx.scheduling().session(moved)->startUtc(), CalDavFixture::utc(2026, 10, 9, 12));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Deleted on the server"));

    // The deleted one (chosen now, as the only one) is written to the server again.
    QVERIFY(list->topLevelItem(0)->isSelected());
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!accept->isEnabled() && !keep->isEnabled());
    QCOMPARE(fx.scheduling().session(deleted)->status, SessionStatus::Planned);
    QCOMPARE(fx.serverObjects().size(), 2);
    QCOMPARE(fx.calendar().status()->differences, 0);
}

void TestCalendarDifferencesDialog::theCalendarsStatusLineLeadsToTheDifferences() {
    CalDavFixture fx;
    const QString problem = fx.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(fx.scheduling()
                .saveAvailability(Availability::standardWeek(QTimeZone("Europe/Berlin")))
                .ok());
    const QString connected = fx.connectAccount();
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    fx.addSingleSession(CalDavFixture::berlin(2026, 10, 5, 10));
    QVERIFY(fx.calendar().sync().ok());

    CalendarSyncStatusWidget status;
    status.setWorkspace(&fx.workspace());
    status.resize(900, status.sizeHint().height());
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    auto* review = status.findChild<QPushButton*>(QStringLiteral("reviewDifferencesButton"));
    QVERIFY(review);
    QVERIFY(!review->isVisible());
    QVERIFY(!status.text().contains(QLatin1String("changed on the calendar server")));

    // Deleted on the phone: the next sync announces the difference, and the
    // line says so with a way to it.
    const QList<CalendarObject> objects = fx.serverObjects();
    QCOMPARE(objects.size(), 1);
    QVERIFY(fx.phone().remove(objects.first().url, objects.first().etag).ok());
    QVERIFY(fx.calendar().sync().ok());
    QTRY_VERIFY(review->isVisible());
    // The English forms come from the catalogue, which this test may run without.
    QVERIFY2(status.text().contains(QRegularExpression(QStringLiteral(
                 "1 event(\\(s\\))? changed on the calendar server waits? for your choice"))),
             qPrintable(status.text()));

    // Review… opens the list; keeping MentorDesk's version there clears the line.
    bool sawDialog = false;
    QTimer::singleShot(0, &status, [&sawDialog] {
        auto* dialog = qobject_cast<CalendarDifferencesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = dialog->differences().size() == 1;
        if (auto* keep =
                dialog->findChild<QPushButton*>(QStringLiteral("keepMentorDeskVersionButton")))
            keep->click();
        dialog->accept();
    });
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY(sawDialog);
    QTRY_VERIFY(!review->isVisible());
    QCOMPARE(fx.calendar().status()->differences, 0);
    QCOMPARE(fx.serverObjects().size(), 1);
}

QTEST_MAIN(TestCalendarDifferencesDialog)
#include "tst_calendardifferencesdialog.moc"
