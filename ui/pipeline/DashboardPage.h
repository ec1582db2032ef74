#pragma once

#include "AreaPage.h"

#include <QDate>
#include <QMap>
#include <QPointer>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace md {

class ChangeSet;
class DashboardListModel;
class LoadOnShow;

// The Dashboard area: engagements per stage, overdue actions, goals due soon
// and stale engagements (EngagementService::dashboard, a read model).
// Double-clicking a row opens the engagement. It reads nothing until it is
// first shown; then it follows every change to the pipeline, the clients and
// the practice rules: at once while shown, on the next show otherwise. A
// repeat show with nothing changed (the same day) reads nothing.
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
    // How many times the page read the dashboard (tests count the work).
    int loads() const;

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
    LoadOnShow* m_load = nullptr;
    QDate m_loadedOn; // the day the lists were computed for
};

} // namespace md
