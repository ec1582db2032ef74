#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace md {

// What the main window shows instead of any client data while no workspace
// is open: either "locked" with an Unlock button, or "no workspace yet" with
// Create and Open buttons.
class LockedPage final : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Locked, NoWorkspace };

    explicit LockedPage(QWidget* parent = nullptr);
    void setMode(Mode mode, const QString& workspaceDir);
    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void unlockRequested();
    void createWorkspaceRequested();
    void openWorkspaceRequested();

private:
    Mode m_mode = Mode::Locked;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace md
