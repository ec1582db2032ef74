#pragma once

#include "AreaPage.h"

#include <QMap>
#include <QPointer>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace md {

class ChangeSet;
class DashboardListModel;

// The Dashboard area: engagements per stage, overdue actions, goals due soon
// and stale engagements (EngagementService::dashboard). Double-clicking a row
// opens the engagement. It follows every change to the pipeline, the clients
// and the practice rules: at once while shown, on the next show otherwise.
class DashboardPage final : public AreaPage {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    // Recomputes everything now.
    void refresh();
    // Hook for other features: a panel added below the pipeline's lists
    // (e.g. billing's totals).
    void addPanel(QWidget* panel);

    DashboardListModel* overdueModel() const { return m_overdue; }
    DashboardListModel* dueSoonModel() const { return m_dueSoon; }
    DashboardListModel* staleModel() const { return m_stale; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTableView* makeTable(DashboardListModel* model, const char* objectName);
    void followChanges(const ChangeSet& changes);

    QPointer<Workspace> m_workspace;
    QMap<int, QLabel*> m_counts; // by int(PipelineState)
    DashboardListModel* m_overdue = nullptr;
    DashboardListModel* m_dueSoon = nullptr;
    DashboardListModel* m_stale = nullptr;
    QLabel* m_headline = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace md
