#pragma once

#include "pipeline/PipelineKeys.h"
#include "pipeline/StageGate.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace md {

class BoardColumnView;
class ChangeSet;
class EngagementBoardModel;
class LoadOnShow;
class Workspace;

// The pipeline board: a column per stage plus maintenance, a card per
// engagement. Cards move by drag and drop or with the buttons; both go
// through MoveFlow, so the same gates apply. The "stale after" control shows
// and saves the workspace's practice rule (SettingsService::practiceRules).
// It reads nothing until it is first shown; then the model follows the
// workspace's changes row by row, and a repeat show reads again only on a new
// day (days in a stage, stale flags).
class PipelineBoard final : public QWidget {
    Q_OBJECT
public:
    explicit PipelineBoard(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    EngagementBoardModel* model() const { return m_model; }
    BoardColumnView* column(PipelineState state) const;
    // The selected card's engagement, 0 when none.
    qint64 selectedEngagementId() const;
    bool selectEngagement(qint64 id);
    // Reads every card again now.
    void reload();
    // How many times the board read all its cards (tests count the work).
    int loads() const;

    // The board's states, in column order.
    static QList<PipelineState> columnStates();

Q_SIGNALS:
    void openRequested(qint64 engagementId);
    // A gate failed and the user chose to go and fill in what is missing.
    void fillRequested(qint64 engagementId, const md::FillTarget& target);
    void newEngagementRequested();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    std::optional<PipelineState> stateOf(qint64 id) const;
    void followChanges(const ChangeSet& changes);
    void showStaleRule();
    void saveStaleRule(int days);
    void runMove(qint64 id, PipelineState target);
    void advanceSelected();
    void backSelected();
    void endSelected(EngagementStatus endState);
    void onSelectionChanged(BoardColumnView* source);
    void updateHeadings();
    void updateButtons();

    QPointer<Workspace> m_workspace;
    EngagementBoardModel* m_model = nullptr;
    QList<BoardColumnView*> m_columns;
    QList<QLabel*> m_headings;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_advanceButton = nullptr;
    QPushButton* m_endButton = nullptr;
    QSpinBox* m_staleDays = nullptr;
    LoadOnShow* m_load = nullptr;
    QDate m_loadedOn; // the day the cards were computed for
    int m_reads = 0;
};

} // namespace md
