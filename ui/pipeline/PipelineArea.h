#pragma once

#include "AreaPage.h"
#include "pipeline/StageGate.h"

#include <QPointer>

class QStackedWidget;

namespace md {

class EngagementPage;
class PipelineBoard;

// The Pipeline area: the board, and an engagement's page when one is opened
// (from the board, the dashboard or a client's page).
class PipelineArea final : public AreaPage {
    Q_OBJECT
public:
    explicit PipelineArea(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;

    void showBoard();
    void openEngagement(qint64 engagementId);
    void openTarget(qint64 engagementId, const FillTarget& target);
    // Asks for a new engagement (for `clientId` when given) and opens it.
    qint64 newEngagement(qint64 clientId = 0);

    PipelineBoard* board() const { return m_board; }
    EngagementPage* engagementPage() const { return m_page; }
    // The open workspace, nullptr while locked.
    Workspace* workspace() const;

    // The Pipeline area of the window `from` is in, made current; nullptr
    // when the window has none. Lets other areas open an engagement.
    static PipelineArea* activate(QWidget* from);

Q_SIGNALS:
    // An engagement's agreement is wanted (stage 1's gate or profile tab);
    // installPipelineAreas hands it to the Agreements area.
    void agreementRequested(qint64 engagementId);

private:
    void updateSummary();

    QPointer<Workspace> m_workspace;
    QStackedWidget* m_stack = nullptr;
    PipelineBoard* m_board = nullptr;
    EngagementPage* m_page = nullptr;
};

} // namespace md
