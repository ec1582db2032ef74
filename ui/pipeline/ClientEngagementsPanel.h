#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace md {

class ChangeSet;
class PipelineArea;
class Workspace;
struct Engagement;

// The client page's list of the client's engagements (current and past),
// with buttons to open one or start a new one. Lives under the profile form
// (ClientsPage::addClientPanel) and reads the Pipeline area's workspace. The
// rows follow the engagements named by change notifications.
class ClientEngagementsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ClientEngagementsPanel(PipelineArea* area, QWidget* parent = nullptr);

    // The client shown on the page; 0 when none (a new client, locked).
    void showClient(qint64 clientId);
    QListWidget* list() const { return m_list; }

private:
    void reload();
    void followChanges(const ChangeSet& changes);
    void refresh(qint64 engagementId);
    int rowOf(qint64 engagementId) const;
    QString textOf(const Engagement& engagement) const;
    void showCount();
    void openSelected();

    QPointer<PipelineArea> m_area;
    QPointer<Workspace> m_workspace; // the one the list was read from
    int m_count = 0;
    qint64 m_clientId = 0;
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace md
