#include "pipeline/PipelineArea.h"

#include "MainWindow.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementPage.h"
#include "pipeline/NewEngagementDialog.h"
#include "pipeline/PipelineBoard.h"
#include "workspace/Workspace.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace md {

PipelineArea::PipelineArea(QWidget* parent)
    : AreaPage(parent) {
    setObjectName(QStringLiteral("pipelineArea"));
    m_board = new PipelineBoard(this);
    m_page = new EngagementPage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_board, &PipelineBoard::openRequested, this, &PipelineArea::openEngagement);
    connect(m_board, &PipelineBoard::fillRequested, this, &PipelineArea::openTarget);
    connect(m_board, &PipelineBoard::newEngagementRequested, this, [this] { newEngagement(); });
    connect(m_board, &PipelineBoard::statusMessage, this, &AreaPage::statusMessage);
    connect(m_page, &EngagementPage::backToBoardRequested, this, &PipelineArea::showBoard);
    connect(m_page, &EngagementPage::openEngagementRequested, this, &PipelineArea::openEngagement);
    connect(m_page, &EngagementPage::statusMessage, this, &AreaPage::statusMessage);
    connect(m_page, &EngagementPage::agreementRequested, this, &PipelineArea::agreementRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_board->model(), signal, this, &PipelineArea::updateSummary);
    connect(m_board->model(), &QAbstractItemModel::modelReset, this, &PipelineArea::updateSummary);
}

void PipelineArea::setWorkspace(Workspace* workspace) {
    // Locking: drop every row and field before the workspace goes away.
    m_workspace = workspace;
    m_page->setEngagement(nullptr, 0);
    m_board->setWorkspace(workspace);
    m_stack->setCurrentWidget(m_board);
    updateSummary();
}

Workspace* PipelineArea::workspace() const {
    return m_workspace;
}

void PipelineArea::showBoard() {
    m_stack->setCurrentWidget(m_board);
    if (const qint64 id = m_page->engagementId())
        m_board->selectEngagement(id);
}

void PipelineArea::openEngagement(qint64 engagementId) {
    if (!m_workspace)
        return;
    m_page->setEngagement(m_workspace, engagementId);
    m_stack->setCurrentWidget(m_page);
}

void PipelineArea::openTarget(qint64 engagementId, const FillTarget& target) {
    openEngagement(engagementId);
    m_page->showTarget(target);
}

qint64 PipelineArea::newEngagement(qint64 clientId) {
    if (!m_workspace)
        return 0;
    NewEngagementDialog dialog(m_workspace->engagements(), m_workspace->clients(), clientId, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    openEngagement(dialog.createdId());
    return dialog.createdId();
}

PipelineArea* PipelineArea::activate(QWidget* from) {
    QWidget* window = from ? from->window() : nullptr;
    auto* area = window ? window->findChild<PipelineArea*>() : nullptr;
    if (auto* mainWindow = qobject_cast<MainWindow*>(window); mainWindow && area)
        mainWindow->setCurrentArea(area);
    return area;
}

void PipelineArea::updateSummary() {
    const int count = m_board->model()->rowCount();
    Q_EMIT summaryChanged(m_workspace ? (count == 1 ? tr("1 engagement on the board")
                                                    : tr("%1 engagements on the board").arg(count))
                                      : QString());
}

} // namespace md
