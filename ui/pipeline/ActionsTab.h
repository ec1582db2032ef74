#pragma once

#include "pipeline/EngagementTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace md {

class ActionListModel;
class ChangeSet;

// Stage 4: the action plan, concrete actions per goal with a due date, a
// status and the people the mentee will approach.
class ActionsTab final : public EngagementTab {
    Q_OBJECT
public:
    explicit ActionsTab(QWidget* parent = nullptr);

    void setEngagement(Workspace* workspace, qint64 engagementId) override;
    void focusTarget(const FillTarget& target) override;
    bool selectItem(qint64 id) override;
    ActionListModel* model() const { return m_model; }

    void newAction(qint64 goalId = 0);
    bool save();
    void removeSelected();

private:
    void showAction(int row);
    void followChanges(const ChangeSet& changes);
    void refreshGoals();

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    qint64 m_actionId = 0;
    ActionListModel* m_model = nullptr;

    QTableView* m_view = nullptr;
    QComboBox* m_goal = nullptr;
    QLineEdit* m_description = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_people = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace md
