#pragma once

#include "pipeline/EngagementTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace md {

class GoalListModel;

// Stage 5: for each goal, the outcome, the final value against baseline and
// target, the mentor's assessment, the mentee's feedback and adjustments.
class EvaluationTab final : public EngagementTab {
    Q_OBJECT
public:
    explicit EvaluationTab(QWidget* parent = nullptr);

    void setEngagement(Workspace* workspace, qint64 engagementId) override;
    void focusTarget(const FillTarget& target) override;
    bool selectItem(qint64 goalId) override { return selectGoal(goalId); }
    GoalListModel* model() const { return m_model; }

    // Selects the goal to evaluate; false when it is not in the list.
    bool selectGoal(qint64 goalId);
    bool save();

private:
    void showGoal(qint64 goalId);
    void followRow(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    qint64 m_goalId = 0;
    bool m_loading = false;
    bool m_dirty = false; // the form holds edits not saved yet
    GoalListModel* m_model = nullptr;

    QTableView* m_view = nullptr;
    QLabel* m_goalLabel = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_finalValue = nullptr;
    QLabel* m_range = nullptr;
    QPlainTextEdit* m_assessment = nullptr;
    QComboBox* m_rating = nullptr;
    QPlainTextEdit* m_comments = nullptr;
    QPlainTextEdit* m_adjustments = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace md
