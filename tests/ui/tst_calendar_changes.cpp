// The Calendar area follows what changes elsewhere: a session planned,
// moved or removed through the service (as the CLI or another dialog does)
// shows in the week, month and agenda views, the upcoming sessions and the
// reminders without a manual reload; a change outside the shown range reads
// nothing again; another process's changes reload everything. Also "next
// full hour" on the mentor's clock in a half-hour zone.

#include "CalendarFixture.h"
#include "calendar/MonthView.h"
#include "calendar/SessionEditorDialog.h"
#include "calendar/SessionListModel.h"
#include "calendar/UpcomingSessionsWidget.h"
#include "common/ChangeNotifier.h"
#include "scheduling/ReminderScheduler.h"
#include "settings/SettingsService.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>

using namespace md;
using test::berlin;
using test::CalendarFixture;
using test::child;
using test::click;
using test::kBerlin;
using test::waitForDialog;

namespace {

// The database and its write-ahead log, by content (the -shm index may
// change on reads; it holds no data).
QMap<QString, QByteArray> databaseFiles(const QString& dir) {
    QMap<QString, QByteArray> files;
    for (const QString& name :
         {QStringLiteral("mentordesk.db"), QStringLiteral("mentordesk.db-wal")}) {
        QFile file(QDir(dir).filePath(name));
        files.insert(name,
                     file.open(QIODevice::ReadOnly)
                         ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                         : QByteArray("<none>"));
    }
    return files;
}

} // namespace

class TestCalendarChanges final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setDefaultKdfStrength(KdfStrength::Fast);
        QStandardPaths::setTestModeEnabled(true);
    }

    void viewsFollowChangesMadeElsewhere() {
        CalendarFixture f;
        QSignalSpy reloaded(&f.page, &CalendarPage::reloaded);
        UpcomingSessionsWidget upcoming;
        upcoming.show(); // it reads only while on screen
        upcoming.setWorkspace(&f.tw.workspace());
        QCOMPARE(upcoming.model()->rowCount(), 0);

        // Planned through the service, as the CLI or another dialog would.
        Session session;
        session.engagementId = f.engagementId;
        session.start = berlin(2026, 3, 4, 10);
        const auto added = f.sessions().addSession(session);
        QVERIFY(added.ok());
        QCOMPARE(reloaded.count(), 1);
        const QRect before = f.grid()->itemRect(added->id);
        QVERIFY(!before.isEmpty()); // shown without a manual reload
        QCOMPARE(upcoming.model()->rowCount(), 1);

        // Moved to Thursday afternoon.
        SessionChange move;
        move.start = berlin(2026, 3, 5, 15);
        QVERIFY(f.sessions().editSession(added->id, EditScope::ThisOccurrence, move).ok());
        QCOMPARE(reloaded.count(), 2);
        const QRect after = f.grid()->itemRect(added->id);
        QVERIFY(!after.isEmpty());
        QVERIFY(after.left() > before.left());
        QVERIFY(after.top() > before.top());

        // Outside the week shown: nothing to read again.
        Session later = session;
        later.start = berlin(2026, 6, 2, 10);
        const auto far = f.sessions().addSession(later);
        QVERIFY(far.ok());
        Session edited = *far;
        edited.shareableNotes = QStringLiteral("Bring the CV");
        QVERIFY(f.sessions().updateSession(edited).ok());
        QCOMPARE(reloaded.count(), 2);
        QVERIFY(f.grid()->itemRect(far->id).isEmpty());
        QCOMPARE(upcoming.model()->rowCount(), 1);

        // Moved into the week: it appears.
        SessionChange into;
        into.start = berlin(2026, 3, 6, 9);
        QVERIFY(f.sessions().editSession(far->id, EditScope::ThisOccurrence, into).ok());
        QCOMPARE(reloaded.count(), 3);
        QVERIFY(!f.grid()->itemRect(far->id).isEmpty());
        QCOMPARE(upcoming.model()->rowCount(), 2);

        // Removed: it goes.
        QVERIFY(f.sessions().removeSession(added->id).ok());
        QCOMPARE(reloaded.count(), 4);
        QVERIFY(f.grid()->itemRect(added->id).isEmpty());
        QCOMPARE(upcoming.model()->rowCount(), 1);

        // Another process wrote: nothing is known, everything is read again.
        f.tw.workspace().changes().publish(ChangeSet::externalChange());
        QCOMPARE(reloaded.count(), 5);
    }

    void aRenamedClientShowsInTheWeekAndAfterAStep() {
        // The names on the items are read once, not on every step: a rename
        // must still reach the view, and the weeks stepped to after it.
        CalendarFixture f;
        Session session;
        session.engagementId = f.engagementId;
        session.start = berlin(2026, 3, 4, 10);
        const auto added = f.sessions().addSession(session);
        QVERIFY(added.ok());
        const auto titleShown = [&f]() -> QString {
            for (const CalendarItem& item : f.grid()->items()) {
                if (item.sessionId != 0)
                    return item.title;
            }
            return QStringLiteral("<no session shown>");
        };
        QCOMPARE(titleShown(), QStringLiteral("Anna Berg"));

        auto client = f.tw.workspace().clients().get(
            f.tw.workspace().engagements().engagement(f.engagementId)->clientId);
        QVERIFY(client.ok());
        client->fullName = QStringLiteral("Anna Lind");
        QVERIFY(f.tw.workspace().clients().update(*client).ok());
        QCOMPARE(titleShown(), QStringLiteral("Anna Lind"));

        auto* next = child<QToolButton>(&f.page, "nextButton");
        auto* previous = child<QToolButton>(&f.page, "previousButton");
        QVERIFY(next && previous);
        next->click();
        QCOMPARE(titleShown(), QStringLiteral("<no session shown>"));
        client->fullName = QStringLiteral("Anna Berg-Lind");
        QVERIFY(f.tw.workspace().clients().update(*client).ok());
        previous->click();
        QCOMPARE(titleShown(), QStringLiteral("Anna Berg-Lind"));
    }

    void agendaAndMonthFollowToo() {
        CalendarFixture f;
        click(child<QToolButton>(&f.page, "agendaViewButton"));
        QTableView* agenda = child<QTableView>(&f.page, "agendaTableView");
        QCOMPARE(agenda->model()->rowCount(), 0);
        Session session;
        session.engagementId = f.engagementId;
        session.start = berlin(2026, 3, 20, 10);
        const auto added = f.sessions().addSession(session);
        QVERIFY(added.ok());
        QCOMPARE(agenda->model()->rowCount(), 1);
        click(child<QToolButton>(&f.page, "monthViewButton"));
        QVERIFY(!f.page.monthView()->itemRect(added->id).isEmpty());
        SessionChange move;
        move.start = berlin(2026, 3, 24, 10);
        QVERIFY(f.sessions().editSession(added->id, EditScope::ThisOccurrence, move).ok());
        QVERIFY(f.page.monthView()
                    ->cellRect(QDate(2026, 3, 24))
                    .contains(f.page.monthView()->itemRect(added->id)));
    }

    void remindersFollowChangesAndRules() {
        CalendarFixture f;
        QSignalSpy shown(&f.page, &CalendarPage::reminderShown);
        Session soon;
        soon.engagementId = f.engagementId;
        soon.start = ZonedTime::make(QDate(2026, 3, 2), QTime(10, 30), kBerlin); // 09:30 UTC
        QVERIFY(f.sessions().addSession(soon).ok());
        f.page.reminders()->check();
        QCOMPARE(shown.count(), 0); // 30 minutes ahead, the lead is 15
        // The practice's rule changes elsewhere (Preferences): the reminder is due.
        PracticeRules rules = *f.tw.workspace().settings().practiceRules();
        rules.reminderMinutes = 45;
        QVERIFY(f.tw.workspace().settings().savePracticeRules(rules).ok());
        QCOMPARE(f.page.reminders()->leadMinutes(), 45);
        f.page.reminders()->check();
        QCOMPARE(shown.count(), 1);
    }

    void newSessionStartsAtTheNextFullHourOfTheMentorsZone() {
        CalendarFixture f;
        // 09:10 UTC is 14:40 in Kolkata (UTC+5:30).
        f.tw.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 10), Qt::UTC));
        QVERIFY(f.sessions()
                    .saveAvailability(Availability::standardWeek(QTimeZone("Asia/Kolkata")))
                    .ok());
        f.page.newSession();
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        QCOMPARE(child<QComboBox>(editor, "timeZoneComboBox")->currentText(),
                 QStringLiteral("Asia/Kolkata"));
        QCOMPARE(child<QTimeEdit>(editor, "startTimeEdit")->time(), QTime(15, 0));
        QCOMPARE(editor->session().startUtc(), QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        click(child<QPushButton>(editor, "cancelButton"));
    }

    void readingWritesNothing() {
        CalendarFixture f;
        SessionSeries series;
        series.engagementId = f.engagementId;
        series.rule = RecurrenceRule::weekly(6);
        series.firstStart = berlin(2026, 3, 3, 10);
        QList<Session> created;
        QVERIFY(f.sessions().addSeries(series, &created).ok());
        Session held = created.first();
        held.status = SessionStatus::Held;
        f.tw.clock().set(held.endUtc()); // held once it took place
        QVERIFY(f.sessions().updateSession(held).ok());
        const auto before = databaseFiles(f.tw.directory());

        // Every view, every range, the dashboard's panel, an editor, the
        // reports and exports: reads only.
        for (const char* button : {"monthViewButton", "agendaViewButton", "weekViewButton"}) {
            click(child<QToolButton>(&f.page, button));
            click(child<QToolButton>(&f.page, "nextButton"));
            click(child<QToolButton>(&f.page, "previousButton"));
        }
        UpcomingSessionsWidget upcoming;
        upcoming.show(); // it reads only while on screen
        upcoming.setWorkspace(&f.tw.workspace());
        f.page.openSession(created.at(1).id);
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        click(child<QPushButton>(editor, "cancelButton"));
        QVERIFY(f.sessions().summaryInput(held.id).ok());
        QVERIFY(f.sessions().progressReportInput(f.engagementId).ok());
        QVERIFY(f.sessions().exportCalendar().ok());
        QVERIFY(f.sessions().tally(f.engagementId).ok());
        QVERIFY(f.sessions().conflictsForSeries(series).ok());
        f.page.reminders()->check();

        QCOMPARE(databaseFiles(f.tw.directory()), before);
    }
};

QTEST_MAIN(TestCalendarChanges)
#include "tst_calendar_changes.moc"
