#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace md {

// The dashboard's backup panel: when the last verified backup was made, in
// the warning colour after a week without one, and a button to make one now.
// What it shows comes from BackupActions, the same as the status bar.
class BackupStatusPanel final : public QWidget {
    Q_OBJECT
public:
    explicit BackupStatusPanel(QWidget* parent = nullptr);

    void setStatus(const QString& text, bool warning, const QString& details);

Q_SIGNALS:
    void backUpNowRequested();

private:
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_backUpNow = nullptr;
};

} // namespace md
