#pragma once

#include "common/Clock.h"
#include "scheduling/Session.h"
#include "scheduling/SessionFilter.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace md {

// Decides when to remind the mentor of an upcoming session: `leadMinutes`
// before it starts, once per session and start time (a moved session is
// reminded again). Reminders missed while the app was closed are still given
// if the session has not started yet. Time comes from the Clock; the UI
// connects reminderDue() to its tray notification.
class ReminderScheduler final : public QObject {
    Q_OBJECT
public:
    explicit ReminderScheduler(const Clock& clock, QObject* parent = nullptr);

    void setLeadMinutes(int minutes);
    int leadMinutes() const { return m_leadMinutes; }
    // The sessions to watch (those of watchFilter()); re-checks at once.
    void setSessions(const QList<Session>& sessions);

    // How far past the lead time the watched sessions reach. The reader
    // (CalendarPage) reads the window again every few minutes and on every
    // change to a session in it, so a few hours hold every session whose
    // reminder can fall due before the next read, and the read stays a
    // handful of rows however many sessions the workspace holds.
    static constexpr int kLookAheadMinutes = 3 * 60;
    // The sessions worth watching at `nowUtc`: not cancelled, overlapping
    // the next leadMinutes() + kLookAheadMinutes.
    SessionFilter watchFilter(const QDateTime& nowUtc) const;

    // The sessions due now that were not reminded yet; marks them reminded.
    QList<Session> takeDue();
    // When the next reminder is due (invalid when none is pending).
    QDateTime nextDueUtc() const;

    // Starts checking on a timer (the GUI); tests call check() themselves.
    void start();
    void stop();

    // The rule, on plain data: sessions needing a reminder at `nowUtc`.
    static bool needsReminder(const Session& session, const QDateTime& nowUtc, int leadMinutes);

public Q_SLOTS:
    // Emits reminderDue for every due session and re-arms the timer.
    void check();

Q_SIGNALS:
    void reminderDue(const md::Session& session);

private:
    QString reminderKey(const Session& session) const;
    void arm();

    const Clock& m_clock;
    int m_leadMinutes = 15;
    QList<Session> m_sessions;
    QSet<QString> m_reminded;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace md
