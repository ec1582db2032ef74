#pragma once

#include "caldav/CalendarDifference.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace md {

class ChangeSet;
class Workspace;

// The events changed or deleted on the mentor's CalDAV server since MentorDesk
// published them (CalendarSyncService::differences()): one row per session
// (client and time in MentorDesk, what the server has now), and for the
// selected one the mentor's choice: take the server's version into
// MentorDesk, or keep MentorDesk's and overwrite the server's. The list
// follows the workspace's changes (RecordKind::CalendarDifference).
class CalendarDifferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CalendarDifferencesDialog(Workspace& workspace, QWidget* parent = nullptr);

    // The rows shown, in order (for tests and callers).
    const QList<CalendarDifference>& differences() const { return m_differences; }

private:
    void reload();
    void follow(const ChangeSet& changes);
    void updateButtons();
    qint64 selectedId() const;
    void acceptServerVersion();
    void keepMentorDeskVersion();
    void showMessage(const QString& text);

    Workspace& m_workspace;
    QList<CalendarDifference> m_differences;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_keep = nullptr;
};

} // namespace md
