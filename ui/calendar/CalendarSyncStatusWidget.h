#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace md {

class ChangeSet;
class Workspace;

// One line under the calendar: whether a CalDAV calendar is connected, when
// it last synced ("Synced 2 minutes ago", kept current), how many changes
// wait to be sent, how many events changed on the server wait for the
// mentor's choice, and the last problem in plain words, with "Connect a
// Calendar…", "Review…" (the differences dialog) or "Try Again" beside it. It reads
// CalendarSyncService::status() and follows the workspace's changes (RecordKind::CalendarSync after
// every background sync); what it offers is asked for by signals.
class CalendarSyncStatusWidget final : public QWidget {
    Q_OBJECT
public:
    explicit CalendarSyncStatusWidget(QWidget* parent = nullptr);
    ~CalendarSyncStatusWidget() override;

    void setWorkspace(Workspace* workspace);
    // Reads the status again and rewrites the line.
    void refresh();
    QString text() const;

Q_SIGNALS:
    void connectRequested();
    void syncRequested();

private:
    void follow(const ChangeSet& changes);
    void reviewDifferences();
    QString syncedWhen(const QDateTime& lastSyncUtc) const;

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_following;
    QLabel* m_label = nullptr;
    QPushButton* m_connectButton = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QPushButton* m_tryAgainButton = nullptr;
    QTimer* m_clockTimer = nullptr; // "2 minutes ago" moves on
};

} // namespace md
