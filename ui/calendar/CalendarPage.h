#pragma once

#include "AreaPage.h"
#include "scheduling/Availability.h"
#include "scheduling/SeriesPlanner.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace md {

class AgendaView;
class CalendarSyncStatusWidget;
class CalendarView;
class LoadOnShow;
class ChangeSet;
class MonthView;
class ReminderScheduler;
class SchedulingService;
class SessionEditFlow;
class SessionEditorDialog;
class UpcomingSessionsWidget;
class WeekView;

// The Calendar area: week, month and agenda views of the sessions with the
// busy times imported from other calendars; today/previous/next; new
// sessions by double-click or by dragging a range; moving and resizing by
// dragging, always through the conflict check and, for a series member, the
// question how far the change reaches. Also runs the session reminders
// (tray notification) while a workspace is open.
//
// It follows the workspace's changes: a change to a session in the shown
// range (or shown there before) reloads that range, a change elsewhere
// nothing; another process's changes reload everything.
class CalendarPage final : public AreaPage {
    Q_OBJECT
public:
    enum class View { Week, Month, Agenda };

    explicit CalendarPage(QWidget* parent = nullptr);
    ~CalendarPage() override;

    void setWorkspace(Workspace* workspace) override;

    void showView(View view);
    View currentView() const { return m_view; }
    void setAnchor(const QDate& day);
    QDate anchor() const { return m_anchor; }
    void goToday();
    void goPrevious();
    void goNext();
    // Opens the editor for a new session (File > New Session).
    void newSession();
    void openSession(qint64 sessionId);

    // A widget elsewhere (the dashboard's upcoming sessions) that follows
    // this area's workspace.
    void attach(UpcomingSessionsWidget* widget);

    WeekView* weekView() const { return m_week; }
    MonthView* monthView() const { return m_month; }
    AgendaView* agendaView() const { return m_agenda; }
    ReminderScheduler* reminders() const { return m_reminders; }
    CalendarSyncStatusWidget* syncStatus() const { return m_syncStatus; }

Q_SIGNALS:
    // A reminder was shown (also without a system tray), for tests and logs.
    void reminderShown(const QString& text);
    // The shown range was read again from the workspace.
    void reloaded();
    // The sync status line's "Connect a Calendar…" and "Try Again".
    void calendarAccountRequested();
    void calendarSyncRequested();

private:
    CalendarView* currentCalendarView() const;
    void reload();
    void reloadReminders();
    void follow(const md::ChangeSet& changes);
    // True when `changes` name a session shown (`shown`) or now lying in
    // [fromUtc, toUtc).
    bool concernsSessions(const ChangeSet& changes, const QDateTime& fromUtc,
                          const QDateTime& toUtc, const QSet<qint64>& shown) const;
    void loadReminderLead();
    void updateRangeLabel();
    QDate today() const;
    void createAt(const QDateTime& startUtc, int minutes);
    void editorFinished(SessionEditorDialog* editor, int result);
    void moveSession(qint64 sessionId, const QDateTime& newStartUtc, int minutes);
    void report(const Status& status, const QString& success);
    void importBusyTimes();
    void exportCalendar();
    void chooseAutoExport();
    void exportProgressReport();
    void showReminder(const Session& session);
    // The names on the items, read once and kept until a client or an
    // engagement changes: every step of the calendar would read them again.
    const QHash<qint64, QString>& engagementLabels();

    QPointer<Workspace> m_workspace;
    SchedulingService* m_scheduling = nullptr;
    Availability m_availability;    // as last read: the zone "today" is in
    QSet<qint64> m_shownSessions;   // in the current view
    QSet<qint64> m_watchedSessions; // by the reminders
    std::optional<QHash<qint64, QString>> m_engagementLabels; // see engagementLabels()
    const QHash<qint64, QString> m_noLabels;
    SessionEditFlow* m_editFlow = nullptr; // stored-session edits of this workspace
    View m_view = View::Week;
    QDate m_anchor;
    QLabel* m_rangeLabel = nullptr;
    QButtonGroup* m_viewButtons = nullptr;
    QStackedWidget* m_stack = nullptr;
    WeekView* m_week = nullptr;
    MonthView* m_month = nullptr;
    AgendaView* m_agenda = nullptr;
    ReminderScheduler* m_reminders = nullptr;
    CalendarSyncStatusWidget* m_syncStatus = nullptr;
    QTimer* m_refreshTimer = nullptr;
    LoadOnShow* m_load = nullptr; // the shown view's range, read when on screen
    QSystemTrayIcon* m_tray = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QList<QPointer<UpcomingSessionsWidget>> m_attached;
};

} // namespace md
