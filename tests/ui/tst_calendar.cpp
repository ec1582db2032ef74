// The Calendar area with its real widgets: create a fortnightly series by
// double-clicking the week grid and filling the session editor, then drag one
// occurrence to another day and keep the change to that session only. Also
// the month view, the agenda, conflict warnings in the editor and reminders,
// and series changes (dragged or edited) checked at every moved occurrence.
// (tst_calendar_changes: the views follow changes made elsewhere.)

#include "CalendarFixture.h"
#include "billing/BillingService.h"
#include "calendar/AgendaView.h"
#include "calendar/AvailabilityDialog.h"
#include "calendar/CalendarFileActions.h"
#include "calendar/MonthView.h"
#include "calendar/SessionEditorDialog.h"
#include "calendar/SessionListModel.h"
#include "calendar/UpcomingSessionsWidget.h"
#include "scheduling/ReminderScheduler.h"
#include "scheduling/TimeFormat.h"
#include "settings/SettingsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>

using namespace md;
using test::berlin;
using test::CalendarFixture;
using test::child;
using test::click;
using test::kBerlin;
using test::waitForDialog;

class TestCalendar final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        setDefaultKdfStrength(KdfStrength::Fast);
        QStandardPaths::setTestModeEnabled(true);
    }

    void createFortnightlySeriesAndMoveOneOccurrence() {
        CalendarFixture f;
        QVERIFY2(f.tw.isValid(), qPrintable(f.tw.error()));
        QCOMPARE(f.page.currentView(), CalendarPage::View::Week);
        QCOMPARE(f.page.weekView()->firstDay(), QDate(2026, 3, 2));

        // Double-click Tuesday 18:00 in the grid.
        QTest::mouseDClick(f.grid(), Qt::LeftButton, {},
                           f.grid()->pointFor(QDate(2026, 3, 3), QTime(18, 0)));
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        QCOMPARE(child<QDateEdit>(editor, "startDateEdit")->date(), QDate(2026, 3, 3));
        QCOMPARE(child<QTimeEdit>(editor, "startTimeEdit")->time(), QTime(18, 0));
        QCOMPARE(child<QComboBox>(editor, "timeZoneComboBox")->currentText(),
                 QStringLiteral("Europe/Berlin"));
        // The client lives in New York: her time is shown too.
        QLabel* theirs = child<QLabel>(editor, "clientTimeLabel");
        QVERIFY2(theirs->text().contains(QLatin1String("12:00")), qPrintable(theirs->text()));

        QComboBox* repeat = child<QComboBox>(editor, "repeatComboBox");
        repeat->setCurrentIndex(2); // every two weeks
        QVERIFY(repeat->currentText().contains(QLatin1String("two weeks")));
        child<QSpinBox>(editor, "countSpinBox")->setValue(6);
        child<QSpinBox>(editor, "durationSpinBox")->setValue(60);
        QVERIFY(child<QLabel>(editor, "seriesLabel")->text().contains(QLatin1String("6 session")));
        click(child<QPushButton>(editor, "saveButton"));

        auto series = f.sessions().seriesList(f.engagementId);
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 1);
        QCOMPARE(series->first().rule.interval, 2);
        auto members = *f.sessions().seriesMembers(series->first().id);
        QCOMPARE(members.size(), 6);
        QCOMPARE(members.at(1).start, berlin(2026, 3, 17, 18));
        QCOMPARE(members.at(5).start, berlin(2026, 5, 12, 18)); // summer time, still 18:00
        QVERIFY(!f.grid()->itemRect(members.at(0).id).isEmpty());

        // Two weeks on: the second occurrence.
        click(child<QToolButton>(&f.page, "nextButton"));
        click(child<QToolButton>(&f.page, "nextButton"));
        QCOMPARE(f.page.weekView()->firstDay(), QDate(2026, 3, 16));
        const QRect block = f.grid()->itemRect(members.at(1).id);
        QVERIFY(!block.isEmpty());

        // Drag it from Tuesday 18:00 to Thursday 10:00.
        const QPoint from = block.topLeft() + QPoint(block.width() / 2, 6);
        const QPoint to = f.grid()->pointFor(QDate(2026, 3, 19), QTime(10, 0)) + QPoint(0, 4);
        QTest::mousePress(f.grid(), Qt::LeftButton, {}, from);
        QTest::mouseMove(f.grid(), from + QPoint(10, 10));
        QTest::mouseMove(f.grid(), to);
        QTest::mouseRelease(f.grid(), Qt::LeftButton, {}, to);

        // A series member: the page asks how far the move reaches.
        auto* scope = waitForDialog<QMessageBox>(&f.page, "seriesScopeMessageBox");
        QVERIFY(scope);
        click(child<QPushButton>(scope, "thisOccurrenceButton"));

        const auto moved = f.sessions().session(members.at(1).id);
        QCOMPARE(moved->start, berlin(2026, 3, 19, 10));
        QVERIFY(moved->detached);
        QCOMPARE(moved->occurrenceDate, QDate(2026, 3, 17));
        const auto after = *f.sessions().seriesMembers(series->first().id);
        QCOMPARE(after.size(), 6);
        QCOMPARE(after.at(2).start, berlin(2026, 3, 31, 18)); // the others stay
        QVERIFY(!f.grid()->itemRect(members.at(1).id).isEmpty());
        QVERIFY(f.grid()->itemRect(members.at(1).id).left() > block.left()); // now on Thursday
    }

    void editorWarnsAboutConflicts() {
        CalendarFixture f;
        Session existing;
        existing.engagementId = f.engagementId;
        existing.start = berlin(2026, 3, 4, 10);
        QVERIFY(f.sessions().addSession(existing).ok());
        // Double-click a free slot, then pick a time that clashes.
        QTest::mouseDClick(f.grid(), Qt::LeftButton, {},
                           f.grid()->pointFor(QDate(2026, 3, 4), QTime(12, 0)));
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QVERIFY(editor->warnings().isEmpty());
        child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(10, 30));
        QLabel* conflicts = child<QLabel>(editor, "conflictLabel");
        QVERIFY2(conflicts->isVisible() && conflicts->text().contains(QLatin1String("Anna Berg")),
                 qPrintable(conflicts->text()));
        child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(14, 0));
        QVERIFY(!conflicts->isVisible());
        child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(7, 0));
        QVERIFY(conflicts->text().contains(QLatin1String("working hours")));
        click(child<QPushButton>(editor, "cancelButton"));
        QCOMPARE(f.sessions().sessions()->size(), 1);
    }

    // A phone engagement's new session is a phone call, unless the mentor picks
    // another format; the saved session keeps what the dialog showed.
    void aNewSessionTakesTheEngagementsFormat() {
        CalendarFixture f;
        Engagement engagement = *f.tw.workspace().engagements().engagement(f.engagementId);
        engagement.format = EngagementFormat::Phone;
        QVERIFY(f.tw.workspace().engagements().updateEngagement(engagement).ok());
        QTest::mouseDClick(f.grid(), Qt::LeftButton, {},
                           f.grid()->pointFor(QDate(2026, 3, 4), QTime(12, 0)));
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        QComboBox* format = child<QComboBox>(editor, "formatComboBox");
        QCOMPARE(format->currentData().toInt(), int(SessionFormat::Phone));
        click(child<QPushButton>(editor, "saveButton"));
        const auto saved = f.sessions().sessions();
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().format, SessionFormat::Phone);
    }

    // Marking a session cancelled by the client dates the cancellation (now,
    // or when the mentor says it came) and says what the cancellation policy
    // makes of it; the time is stored with the session.
    void aCancellationIsDatedAndJudgedByThePolicy() {
        CalendarFixture f;
        QVERIFY(f.tw.workspace()
                    .settings()
                    .setValue(QStringLiteral("billing.policy.late_cancellation_chargeable"),
                              QStringLiteral("true"))
                    .ok());
        Session session;
        session.engagementId = f.engagementId;
        session.start = berlin(2026, 3, 2, 9); // begun: the clock says 10:00 in Berlin
        const auto added = f.sessions().addSession(session);
        QVERIFY(added.ok());
        const QRect block = f.grid()->itemRect(added->id);
        QVERIFY(!block.isEmpty());
        QTest::mouseDClick(f.grid(), Qt::LeftButton, {}, block.center());
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        auto* when = child<QDateTimeEdit>(editor, "cancelledDateTimeEdit");
        auto* notice = child<QLabel>(editor, "cancellationNoticeLabel");
        QVERIFY(!when->isVisible());

        QComboBox* status = child<QComboBox>(editor, "statusComboBox");
        status->setCurrentIndex(status->findData(int(SessionStatus::CancelledByClient)));
        QVERIFY(when->isVisible());
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 3, 2), QTime(10, 0)));
        QVERIFY2(notice->text().startsWith(QStringLiteral("Cancelled late")),
                 qPrintable(notice->text()));
        QVERIFY(notice->text().contains(QStringLiteral("billed")));
        // The client had called the day before: in time.
        when->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(7, 30)));
        QVERIFY2(notice->text().startsWith(QStringLiteral("Cancelled in time")),
                 qPrintable(notice->text()));
        status->setCurrentIndex(status->findData(int(SessionStatus::CancelledByMentor)));
        QCOMPARE(notice->text(), QStringLiteral("Cancelled by you: never billed."));
        status->setCurrentIndex(status->findData(int(SessionStatus::CancelledByClient)));
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 3, 1), QTime(7, 30)));
        click(child<QPushButton>(editor, "saveButton"));

        const auto stored = f.sessions().session(added->id);
        QCOMPARE(stored->status, SessionStatus::CancelledByClient);
        QCOMPARE(stored->cancelledUtc, berlin(2026, 3, 1, 7, 30).toUTC());
        // In time, so nothing to bill.
        const qint64 clientId = f.tw.workspace().engagements().engagement(f.engagementId)->clientId;
        QVERIFY(f.tw.workspace()
                    .settings()
                    .setValue(QStringLiteral("billing.session.price"), QStringLiteral("100"))
                    .ok());
        QVERIFY(f.tw.workspace().billing().unbilledSessionLines(clientId)->isEmpty());

        // Opened again, it shows when the cancellation came.
        QTest::mouseDClick(f.grid(), Qt::LeftButton, {}, f.grid()->itemRect(added->id).center());
        editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        when = child<QDateTimeEdit>(editor, "cancelledDateTimeEdit");
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 3, 1), QTime(7, 30)));
        when->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(8, 0))); // an hour ahead: late
        click(child<QPushButton>(editor, "saveButton"));
        const auto lines = f.tw.workspace().billing().unbilledSessionLines(clientId);
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().sessionId, added->id);
    }

    void monthViewAndAgenda() {
        CalendarFixture f;
        SessionSeries series;
        series.engagementId = f.engagementId;
        series.rule = RecurrenceRule::monthlyOnWeekday(-1, 3); // last Friday
        series.firstStart = berlin(2026, 3, 27, 11);
        QList<Session> created;
        QVERIFY(f.sessions().addSeries(series, &created).ok());

        click(child<QToolButton>(&f.page, "monthViewButton"));
        QCOMPARE(f.page.currentView(), CalendarPage::View::Month);
        QCOMPARE(child<QLabel>(&f.page, "rangeLabel")->text(), QStringLiteral("March 2026"));
        const QRect line = f.page.monthView()->itemRect(created.first().id);
        QVERIFY(!line.isEmpty());
        QVERIFY(f.page.monthView()->cellRect(QDate(2026, 3, 27)).contains(line));
        // Drag to the 26th: same time, another day; only this one.
        QTest::mousePress(f.page.monthView(), Qt::LeftButton, {}, line.center());
        QTest::mouseMove(f.page.monthView(), line.center() + QPoint(-20, 0));
        const QPoint target = f.page.monthView()->cellRect(QDate(2026, 3, 26)).center();
        QTest::mouseMove(f.page.monthView(), target);
        QTest::mouseRelease(f.page.monthView(), Qt::LeftButton, {}, target);
        auto* scope = waitForDialog<QMessageBox>(&f.page, "seriesScopeMessageBox");
        QVERIFY(scope);
        click(child<QPushButton>(scope, "thisOccurrenceButton"));
        QCOMPARE(f.sessions().session(created.first().id)->start, berlin(2026, 3, 26, 11));

        click(child<QToolButton>(&f.page, "nextButton"));
        QCOMPARE(child<QLabel>(&f.page, "rangeLabel")->text(), QStringLiteral("April 2026"));

        click(child<QToolButton>(&f.page, "agendaViewButton"));
        click(child<QPushButton>(&f.page, "todayButton"));
        QTableView* agenda = child<QTableView>(&f.page, "agendaTableView");
        QCOMPARE(agenda->model()->rowCount(), 1); // four weeks from 2 March: only 26 March
        QVERIFY(agenda->model()
                    ->index(0, SessionListModel::ClientColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Anna Berg")));
    }

    void remindersAndUpcoming() {
        CalendarFixture f;
        QSignalSpy shown(&f.page, &CalendarPage::reminderShown);
        Session soon;
        soon.engagementId = f.engagementId;
        soon.start = ZonedTime::make(QDate(2026, 3, 2), QTime(10, 10), kBerlin); // 09:10 UTC
        QVERIFY(f.sessions().addSession(soon).ok());
        // Saving re-reads the coming sessions; the reminder is due at once.
        f.page.reminders()->check();
        QCOMPARE(shown.count(), 1); // 10 minutes ahead, within the 15-minute lead
        QVERIFY(shown.at(0).at(0).toString().contains(QLatin1String("Anna Berg")));

        UpcomingSessionsWidget upcoming;
        upcoming.show(); // it reads only while on screen
        upcoming.setWorkspace(&f.tw.workspace());
        QCOMPARE(upcoming.model()->rowCount(), 1);
        upcoming.setWorkspace(nullptr);
        QCOMPARE(upcoming.model()->rowCount(), 0);
    }

    void dragARangeAndResize() {
        CalendarFixture f;
        // Drag from Wednesday 13:00 down to 14:15: a 90-minute session.
        const QPoint from = f.grid()->pointFor(QDate(2026, 3, 4), QTime(13, 0));
        const QPoint to = f.grid()->pointFor(QDate(2026, 3, 4), QTime(14, 15));
        QTest::mousePress(f.grid(), Qt::LeftButton, {}, from);
        QTest::mouseMove(f.grid(), from + QPoint(0, 12));
        QTest::mouseMove(f.grid(), to);
        QTest::mouseRelease(f.grid(), Qt::LeftButton, {}, to);
        auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
        QVERIFY(editor);
        QCOMPARE(child<QTimeEdit>(editor, "startTimeEdit")->time(), QTime(13, 0));
        QCOMPARE(child<QSpinBox>(editor, "durationSpinBox")->value(), 90);
        click(child<QPushButton>(editor, "saveButton"));
        const auto sessions = *f.sessions().sessions();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().start, berlin(2026, 3, 4, 13));

        // Pull its lower edge down to 15:00: two hours, no question asked.
        const QRect block = f.grid()->itemRect(sessions.first().id);
        const QPoint edge(block.center().x(), block.bottom() - 2);
        const QPoint lower = f.grid()->pointFor(QDate(2026, 3, 4), QTime(14, 50));
        QTest::mousePress(f.grid(), Qt::LeftButton, {}, edge);
        QTest::mouseMove(f.grid(), edge + QPoint(0, 10));
        QTest::mouseMove(f.grid(), lower);
        QTest::mouseRelease(f.grid(), Qt::LeftButton, {}, lower);
        QCOMPARE(f.sessions().session(sessions.first().id)->durationMinutes, 120);
    }

    void movingASeriesChecksEveryOccurrence() {
        CalendarFixture f;
        SessionSeries series;
        series.engagementId = f.engagementId;
        series.rule = RecurrenceRule::weekly(4); // Tuesdays 10:00 from 3 March
        series.firstStart = berlin(2026, 3, 3, 10);
        QList<Session> created;
        const auto added = f.sessions().addSeries(series, &created);
        QVERIFY(added.ok());
        const qint64 seriesId = added->id;
        // Only the third week's Wednesday is taken.
        Session blocker;
        blocker.engagementId = f.engagementId;
        blocker.start = berlin(2026, 3, 18, 10);
        const qint64 blockerId = f.sessions().addSession(blocker)->id;

        // Drag the first one (free on its new day) to Wednesday, for all sessions.
        auto dragFirstToWednesday = [&] {
            const QRect block = f.grid()->itemRect(created.first().id);
            const QPoint from = block.topLeft() + QPoint(block.width() / 2, 6);
            const QPoint to = f.grid()->pointFor(QDate(2026, 3, 4), QTime(10, 0)) + QPoint(0, 4);
            QTest::mousePress(f.grid(), Qt::LeftButton, {}, from);
            QTest::mouseMove(f.grid(), from + QPoint(10, 10));
            QTest::mouseMove(f.grid(), to);
            QTest::mouseRelease(f.grid(), Qt::LeftButton, {}, to);
            auto* scope = waitForDialog<QMessageBox>(&f.page, "seriesScopeMessageBox");
            if (scope)
                click(child<QPushButton>(scope, "wholeSeriesButton"));
            return waitForDialog<QMessageBox>(&f.page, "conflictMessageBox");
        };
        QMessageBox* conflict = dragFirstToWednesday();
        QVERIFY2(conflict, "the clash on 18 March must be named before anything moves");
        QVERIFY2(conflict->informativeText().contains(QLatin1String("Anna Berg")),
                 qPrintable(conflict->informativeText()));
        click(conflict->button(QMessageBox::Cancel));
        const auto kept = *f.sessions().seriesMembers(seriesId);
        for (const Session& member : kept)
            QCOMPARE(member.start.date().dayOfWeek(), int(Qt::Tuesday)); // nothing moved
        QTest::qWait(50);                                                // let the closed box go

        conflict = dragFirstToWednesday();
        QVERIFY(conflict);
        click(child<QPushButton>(conflict, "moveAnywayButton"));
        const auto moved = *f.sessions().seriesMembers(seriesId);
        QCOMPARE(moved.size(), 4);
        QCOMPARE(moved.at(2).start, berlin(2026, 3, 18, 10)); // the mentor chose to
        QVERIFY(f.sessions().session(blockerId).ok());
    }

    void editorSeriesTimeChangeChecksEveryOccurrence() {
        CalendarFixture f;
        SessionSeries series;
        series.engagementId = f.engagementId;
        series.rule = RecurrenceRule::weekly(4); // Tuesdays 10:00 from 3 March
        series.firstStart = berlin(2026, 3, 3, 10);
        QList<Session> created;
        const auto added = f.sessions().addSeries(series, &created);
        QVERIFY(added.ok());
        const qint64 seriesId = added->id;
        // Three weeks later, 14:00 is taken.
        Session blocker;
        blocker.engagementId = f.engagementId;
        blocker.start = berlin(2026, 3, 24, 14);
        const qint64 blockerId = f.sessions().addSession(blocker)->id;

        // Open the first one, move it to 14:00 (free that day), for all sessions.
        auto editFirstTo14 = [&] {
            f.page.openSession(created.first().id);
            auto* editor = waitForDialog<SessionEditorDialog>(&f.page, "sessionEditorDialog");
            if (!editor)
                return static_cast<QMessageBox*>(nullptr);
            child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(14, 0));
            // The editor sees only this occurrence: no warning here.
            if (!editor->warnings().isEmpty())
                return static_cast<QMessageBox*>(nullptr);
            child<QPlainTextEdit>(editor, "privateNotesTextEdit")
                ->setPlainText(QStringLiteral("Bring the CV"));
            click(child<QPushButton>(editor, "saveButton"));
            auto* scope = waitForDialog<QMessageBox>(&f.page, "seriesScopeMessageBox");
            if (scope)
                click(child<QPushButton>(scope, "wholeSeriesButton"));
            return waitForDialog<QMessageBox>(&f.page, "conflictMessageBox");
        };
        QMessageBox* conflict = editFirstTo14();
        QVERIFY2(conflict, "the clash on 24 March must be named before anything changes");
        QVERIFY2(conflict->informativeText().contains(QLatin1String("Anna Berg")),
                 qPrintable(conflict->informativeText()));
        QVERIFY2(conflict->informativeText().contains(TimeFormat::shortDate(QDate(2026, 3, 24))),
                 qPrintable(conflict->informativeText()));
        click(conflict->button(QMessageBox::Cancel));
        const auto kept = *f.sessions().seriesMembers(seriesId);
        QCOMPARE(kept.size(), 4);
        for (const Session& member : kept)
            QCOMPARE(member.start.time(), QTime(10, 0));                           // nothing moved
        QVERIFY(f.sessions().session(created.first().id)->privateNotes.isEmpty()); // nor saved
        QTest::qWait(50); // let the closed boxes go

        conflict = editFirstTo14();
        QVERIFY(conflict);
        click(child<QPushButton>(conflict, "moveAnywayButton"));
        const auto moved = *f.sessions().seriesMembers(seriesId);
        QCOMPARE(moved.size(), 4);
        for (const Session& member : moved)
            QCOMPARE(member.start.time(), QTime(14, 0));
        QCOMPARE(moved.at(3).start, berlin(2026, 3, 24, 14)); // the mentor chose to
        QCOMPARE(f.sessions().session(created.first().id)->privateNotes,
                 QStringLiteral("Bring the CV"));
        QVERIFY(f.sessions().session(blockerId).ok());
    }

    void reminderLeadTimeFromTheAvailabilityDialog() {
        CalendarFixture f;
        SettingsService& settings = f.tw.workspace().settings();
        PracticeRules rules = *settings.practiceRules();
        rules.reminderMinutes = 15;
        QVERIFY(settings.savePracticeRules(rules).ok());
        QCOMPARE(f.page.reminders()->leadMinutes(), 15);

        // The dialog is modal (exec): answer it once it is up.
        bool answered = false;
        QTimer::singleShot(0, &f.page, [&] {
            auto* dialog = waitForDialog<AvailabilityDialog>(&f.page, "availabilityDialog");
            if (!dialog)
                return;
            QSpinBox* reminder = child<QSpinBox>(dialog, "reminderSpinBox");
            answered = reminder->value() == 15 && reminder->text().contains(QLatin1String("15"));
            // A new day off starts on today of the workspace clock.
            answered = answered &&
                       child<QDateEdit>(dialog, "newDayOffDateEdit")->date() == QDate(2026, 3, 2);
            reminder->setValue(45);
            click(child<QPushButton>(dialog, "addDayOffButton"));
            click(child<QPushButton>(dialog, "saveButton"));
        });
        CalendarFileActions::editAvailability(&f.page, f.tw.workspace());
        QVERIFY(answered);
        // A rule of the practice: kept in the workspace, not on this computer.
        QCOMPARE(settings.practiceRules()->reminderMinutes, 45);
        QCOMPARE(f.page.reminders()->leadMinutes(), 45); // the running scheduler follows
        QVERIFY(f.sessions().availability()->daysOff.contains(QDate(2026, 3, 2)));
        f.page.setWorkspace(nullptr); // as locking does
        QVERIFY(f.tw.reopen());
        QCOMPARE(f.tw.workspace().settings().practiceRules()->reminderMinutes, 45);
        f.page.setWorkspace(&f.tw.workspace());
        QCOMPARE(f.page.reminders()->leadMinutes(), 45);
    }

    void lockingClearsTheCalendar() {
        CalendarFixture f;
        Session session;
        session.engagementId = f.engagementId;
        session.start = berlin(2026, 3, 3, 10);
        const qint64 id = f.sessions().addSession(session)->id;
        QVERIFY(!f.grid()->itemRect(id).isEmpty());
        f.page.setWorkspace(nullptr);
        QVERIFY(f.grid()->itemRect(id).isEmpty());
        QVERIFY(!f.page.isEnabled());
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
