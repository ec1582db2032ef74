#pragma once

#include "pipeline/EngagementTab.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace md {

// Sizes the short columns of a list of goals (GoalListModel) to every text
// they can show: the SMART letters, a percentage, a date, an outcome.
void fitGoalColumns(QTableView* view);

class ChangeSet;
class GoalEditor;
class GoalListModel;
class ProgressChart;

// Stage 3: SMART goals with their live check, and progress entries with a
// small chart.
class GoalsTab final : public EngagementTab {
    Q_OBJECT
public:
    explicit GoalsTab(QWidget* parent = nullptr);

    void setEngagement(Workspace* workspace, qint64 engagementId) override;
    void focusTarget(const FillTarget& target) override;
    bool selectItem(qint64 id) override;
    GoalListModel* model() const { return m_model; }

    void newGoal();
    bool save();
    void removeSelected();
    bool addProgress();

private:
    void showGoal(qint64 goalId);
    void followChanges(const ChangeSet& changes);
    void refreshNeeds();
    void refreshProgress();

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    qint64 m_goalId = 0;
    QStringList m_shownNeeds; // what the editor's needs list was filled from
    GoalListModel* m_model = nullptr;

    QTableView* m_view = nullptr;
    GoalEditor* m_editor = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_delete = nullptr;
    ProgressChart* m_chart = nullptr;
    QDateEdit* m_progressDate = nullptr;
    QLineEdit* m_progressValue = nullptr;
    QLineEdit* m_progressComment = nullptr;
    QPushButton* m_addProgress = nullptr;
    QLabel* m_progressSummary = nullptr;
    QListWidget* m_progressEntries = nullptr;
};

} // namespace md
