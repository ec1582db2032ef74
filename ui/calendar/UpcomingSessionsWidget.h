#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTableView;

namespace md {

class ChangeSet;
class SessionListModel;
class Workspace;

// Upcoming sessions for the dashboard: the next days' sessions, and a note
// for each engagement whose last planned session is near ("7 of 8 held").
// Follows the workspace's changes (a session in its days or of an engagement
// it names, the clients' names, another process's changes); embed it and call
// setWorkspace().
class UpcomingSessionsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit UpcomingSessionsWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setDays(int days);
    SessionListModel* model() const { return m_model; }
    // The "last session near" notes, as shown.
    QStringList notes() const { return m_notes; }

Q_SIGNALS:
    void openRequested(qint64 sessionId);

private:
    void reload();
    void follow(const md::ChangeSet& changes);

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_connection;
    int m_days = 7;
    QDateTime m_fromUtc; // the window shown
    QDateTime m_toUtc;
    QSet<qint64> m_shownSessions;
    QSet<qint64> m_shownEngagements;
    SessionListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_notesLabel = nullptr;
    QStringList m_notes;
};

} // namespace md
