#pragma once

#include "AreaPage.h"

#include <QMap>
#include <QPointer>

class QLabel;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace md {

class ClientService;
class DashboardListModel;
class Pipeline;
class Settings;

// The Dashboard area: engagements per stage, overdue actions, goals due soon
// and stale engagements. Double-clicking a row opens the engagement.
class DashboardPage final : public AreaPage {
    Q_OBJECT
public:
    DashboardPage(Settings& settings, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    // Recomputes everything now (it also follows every change, batched).
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
    void connectPipeline();

    Settings& m_settings;
    QPointer<Pipeline> m_pipeline;
    ClientService* m_clients;
    QTimer* m_refreshTimer = nullptr;
    QMap<int, QLabel*> m_counts; // by int(PipelineState)
    DashboardListModel* m_overdue = nullptr;
    DashboardListModel* m_dueSoon = nullptr;
    DashboardListModel* m_stale = nullptr;
    QLabel* m_headline = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace md
