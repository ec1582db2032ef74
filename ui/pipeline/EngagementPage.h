#pragma once

#include "pipeline/StageGate.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace md {

class ActionsTab;
class ChangeSet;
class EngagementTab;
class EvaluationTab;
class GoalsTab;
class NeedsTab;
class ProfileTab;
class TimelineModel;
class Workspace;

// One engagement: a tab per stage with its work, the timeline, what the
// current stage still needs, and the moves (the same MoveFlow as the board).
// The header follows changes to the engagement, its work, its client and
// its agreements, wherever they were made.
class EngagementPage final : public QWidget {
    Q_OBJECT
public:
    explicit EngagementPage(QWidget* parent = nullptr);

    // Shows the engagement (0 or a null workspace clears the page).
    void setEngagement(Workspace* workspace, qint64 engagementId);
    qint64 engagementId() const { return m_engagementId; }
    // Opens the tab of a stage; the current stage's tab when nothing is given.
    void showStage(Stage stage);
    // Opens the tab and the item where a missing thing is filled in.
    void showTarget(const FillTarget& target);
    // Opens the tab of `stage` with one of its items selected (see
    // EngagementTab::selectItem); false when the item is not there.
    bool showItem(Stage stage, qint64 itemId);

    QTabWidget* tabs() const { return m_tabs; }
    ProfileTab* profileTab() const { return m_profile; }
    NeedsTab* needsTab() const { return m_needs; }
    GoalsTab* goalsTab() const { return m_goals; }
    ActionsTab* actionsTab() const { return m_actions; }
    EvaluationTab* evaluationTab() const { return m_evaluation; }
    TimelineModel* timelineModel() const { return m_timeline; }
    // Lets other areas (billing) add a panel under the tabs; the page owns it.
    void addPanel(QWidget* panel);

Q_SIGNALS:
    void backToBoardRequested();
    void openEngagementRequested(qint64 engagementId);
    // From the profile tab: prepare the engagement's agreement.
    void agreementRequested(qint64 engagementId);
    void statusMessage(const QString& message);
    // The engagement now shown (0 when the page was cleared).
    void engagementShown(qint64 engagementId);

private:
    void followChanges(const ChangeSet& changes);
    void refreshHeader();
    void runResult(int outcome, const FillTarget& target);
    void startFollowUp();
    QList<EngagementTab*> stageTabs() const;

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    qint64 m_clientId = 0;

    QLabel* m_heading = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_gate = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_followUp = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProfileTab* m_profile = nullptr;
    NeedsTab* m_needs = nullptr;
    GoalsTab* m_goals = nullptr;
    ActionsTab* m_actions = nullptr;
    EvaluationTab* m_evaluation = nullptr;
    TimelineModel* m_timeline = nullptr;
    QTableView* m_timelineView = nullptr;
};

} // namespace md
