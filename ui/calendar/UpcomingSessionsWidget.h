#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTableView;

namespace md {

class ChangeSet;
class LoadOnShow;
class SessionListModel;
class Workspace;

// Upcoming sessions for the dashboard: the sessions starting in the next days
// (SchedulingService::upcoming, one bounded query), and a note for each
// engagement whose last planned session is near ("7 of 8 held"). It reads
// only while it is on screen: a change that concerns it (a session in its
// days or of an engagement it names, the clients' names, another process's
// changes) reloads it at once when shown and on its next show otherwise.
// Embed it and call setWorkspace().
class UpcomingSessionsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit UpcomingSessionsWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setDays(int days);
    SessionListModel* model() const { return m_model; }
    // The reads done so far (tests check that a hidden panel reads nothing).
    int loads() const;
    // The "last session near" notes, as shown.
    QStringList notes() const { return m_notes; }

Q_SIGNALS:
    void openRequested(qint64 sessionId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void follow(const md::ChangeSet& changes);

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_connection;
    int m_days = 7;
    QDateTime m_fromUtc; // the window shown
    QDateTime m_toUtc;
    QDateTime m_expiresUtc; // the list is out of date from then on (a session starts)
    LoadOnShow* m_load = nullptr;
    QSet<qint64> m_shownSessions;
    QSet<qint64> m_shownEngagements;
    SessionListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_notesLabel = nullptr;
    QStringList m_notes;
};

} // namespace md
