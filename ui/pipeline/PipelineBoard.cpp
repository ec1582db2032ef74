#include "pipeline/PipelineBoard.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "pipeline/BoardColumnProxyModel.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementCardDelegate.h"
#include "pipeline/EngagementService.h"
#include "pipeline/MoveFlow.h"
#include "pipeline/TransitionTable.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md {

QList<PipelineState> PipelineBoard::columnStates() {
    return {PipelineState::ProfileAgreement, PipelineState::Needs,      PipelineState::Goals,
            PipelineState::ActionPlan,       PipelineState::Evaluation, PipelineState::Maintenance};
}

PipelineBoard::PipelineBoard(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("pipelineBoard"));
    m_model = new EngagementBoardModel(this);

    auto* newButton = new QPushButton(tr("&New Engagement"), this);
    newButton->setObjectName(QStringLiteral("newEngagementButton"));
    newButton->setIcon(ui::actionIcon("document-new", "new-engagement"));
    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setObjectName(QStringLiteral("openEngagementButton"));
    m_backButton = new QPushButton(tr("\u2190 &Back"), this);
    m_backButton->setObjectName(QStringLiteral("moveBackButton"));
    m_backButton->setToolTip(tr("Move the selected engagement back a stage to rework it"));
    m_advanceButton = new QPushButton(tr("&Advance \u2192"), this);
    m_advanceButton->setObjectName(QStringLiteral("advanceButton"));
    m_advanceButton->setToolTip(tr("Move the selected engagement to its next stage"));
    m_endButton = new QPushButton(tr("&End"), this);
    m_endButton->setObjectName(QStringLiteral("endEngagementButton"));
    auto* endMenu = new QMenu(m_endButton);
    endMenu->addAction(tr("Completed"), this, [this] { endSelected(EngagementStatus::Completed); })
        ->setObjectName(QStringLiteral("endCompletedAction"));
    endMenu
        ->addAction(tr("Maintenance (periodic check-ins)"), this,
                    [this] { endSelected(EngagementStatus::Maintenance); })
        ->setObjectName(QStringLiteral("endMaintenanceAction"));
    endMenu
        ->addAction(tr("Close Early…"), this,
                    [this] { endSelected(EngagementStatus::ClosedEarly); })
        ->setObjectName(QStringLiteral("closeEarlyAction"));
    m_endButton->setMenu(endMenu);

    auto* staleLabel = new QLabel(tr("Stale after"), this);
    m_staleDays = new QSpinBox(this);
    m_staleDays->setObjectName(QStringLiteral("staleDaysSpinBox"));
    m_staleDays->setRange(PracticeRules::kMinStaleDays, PracticeRules::kMaxStaleDays);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(PracticeRules{}.staleEngagementDays);
    m_staleDays->setEnabled(false);
    m_staleDays->setToolTip(tr("Warn about engagements with no activity for this long"));
    staleLabel->setBuddy(m_staleDays);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(newButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_openButton);
    toolbar->addWidget(m_backButton);
    toolbar->addWidget(m_advanceButton);
    toolbar->addWidget(m_endButton);
    toolbar->addStretch();
    toolbar->addWidget(staleLabel);
    toolbar->addWidget(m_staleDays);

    m_emptyLabel = new QLabel(tr("No engagement is on the board yet. Start one with New "
                                 "Engagement, or from a client's page."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("boardEmptyStateLabel"));
    ui::styleAsSecondary(m_emptyLabel);

    auto* columnsWidget = new QWidget(this);
    // Headings in one row and the columns in the next, so a heading that
    // wraps moves every column down alike: their tops stay in line.
    auto* columnsLayout = new QGridLayout(columnsWidget);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setRowStretch(1, 1);
    auto* delegate = new EngagementCardDelegate(this);
    for (PipelineState state : columnStates()) {
        auto* proxy = new BoardColumnProxyModel(state, this);
        proxy->setSourceModel(m_model);
        auto* view = new BoardColumnView(state, columnsWidget);
        view->setModel(proxy);
        view->setItemDelegate(delegate);
        // Six columns share the width: at 1024 px they shrink (cards elide
        // their text) rather than push the last stages off to the side.
        view->setMinimumWidth(EngagementCardDelegate::kMinimumWidth + 2 * view->spacing() +
                              2 * view->frameWidth());
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setResizeMode(QListView::Adjust);
        auto* heading = new QLabel(columnsWidget);
        heading->setObjectName(keyOf(state) + QStringLiteral("ColumnHeadingLabel"));
        ui::styleAsHeading(heading, 1.05);
        // "Profile & agreement (3)" wraps in a narrow column instead of widening it.
        heading->setWordWrap(true);
        heading->setMinimumWidth(view->minimumWidth());
        heading->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        const int column = int(m_columns.size());
        columnsLayout->addWidget(heading, 0, column);
        columnsLayout->addWidget(view, 1, column);
        columnsLayout->setColumnStretch(column, 1);
        m_columns.append(view);
        m_headings.append(heading);

        connect(view, &BoardColumnView::engagementDropped, this, &PipelineBoard::runMove);
        connect(view, &BoardColumnView::engagementActivated, this, &PipelineBoard::openRequested);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view] { onSelectionChanged(view); });
    }
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(columnsWidget);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(toolbar);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(scroll, 1);

    connect(newButton, &QPushButton::clicked, this, &PipelineBoard::newEngagementRequested);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEngagementId())
            Q_EMIT openRequested(id);
    });
    connect(m_advanceButton, &QPushButton::clicked, this, &PipelineBoard::advanceSelected);
    connect(m_backButton, &QPushButton::clicked, this, &PipelineBoard::backSelected);
    connect(m_staleDays, &QSpinBox::valueChanged, this, &PipelineBoard::saveStaleRule);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PipelineBoard::updateHeadings);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineBoard::updateHeadings);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PipelineBoard::updateHeadings);
    updateHeadings();
    m_load = new LoadOnShow(this, [this] { load(); });
}

int PipelineBoard::loads() const {
    return m_reads;
}

void PipelineBoard::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &PipelineBoard::followChanges);
    if (!m_workspace) {
        m_load->cancel();
        m_model->setWorkspace(nullptr); // empties, reads nothing
        m_loadedOn = {};
        showStaleRule();
        updateButtons();
        return;
    }
    m_load->request(); // read when shown
}

void PipelineBoard::load() {
    if (!m_workspace)
        return;
    // The model follows the workspace's changes from its first read on.
    if (m_model->workspace() != m_workspace)
        m_model->setWorkspace(m_workspace);
    else
        m_model->reload();
    ++m_reads;
    m_loadedOn = m_workspace->clock().today();
    showStaleRule();
    updateButtons();
}

void PipelineBoard::showEvent(QShowEvent* event) {
    // Days in a stage and "stale" move with the date, nothing else does.
    if (m_workspace && m_loadedOn.isValid() && m_loadedOn != m_workspace->clock().today())
        m_load->request();
    QWidget::showEvent(event);
}

void PipelineBoard::followChanges(const ChangeSet& changes) {
    if (m_load->isPending() || !m_loadedOn.isValid())
        return; // not read yet: the first show reads everything
    // Saved here, in Preferences or by another process.
    if (changes.touches(RecordKind::PracticeSettings))
        showStaleRule();
    // The selected card may have moved elsewhere: its buttons follow.
    if (changes.touches(RecordKind::Engagement))
        updateButtons();
}

void PipelineBoard::showStaleRule() {
    const QSignalBlocker blocker(m_staleDays);
    m_staleDays->setEnabled(m_workspace != nullptr);
    if (!m_workspace)
        return;
    // Unchanged (the mentor's own edit coming back): leave the field as typed.
    if (auto rules = m_workspace->settings().practiceRules();
        rules && rules->staleEngagementDays != m_staleDays->value())
        m_staleDays->setValue(rules->staleEngagementDays);
}

void PipelineBoard::saveStaleRule(int days) {
    if (!m_workspace)
        return;
    auto rules = m_workspace->settings().practiceRules();
    if (!rules) {
        Q_EMIT statusMessage(rules.message());
        return;
    }
    if (rules->staleEngagementDays == days)
        return;
    rules->staleEngagementDays = days;
    // The board's stale flags follow the PracticeSettings change this announces.
    if (const Status saved = m_workspace->settings().savePracticeRules(*rules); !saved) {
        Q_EMIT statusMessage(saved.message());
        showStaleRule();
    }
}

void PipelineBoard::reload() {
    load();
}

BoardColumnView* PipelineBoard::column(PipelineState state) const {
    for (BoardColumnView* view : m_columns) {
        if (view->state() == state)
            return view;
    }
    return nullptr;
}

qint64 PipelineBoard::selectedEngagementId() const {
    for (BoardColumnView* view : m_columns) {
        if (const qint64 id = view->currentEngagementId())
            return id;
    }
    return 0;
}

bool PipelineBoard::selectEngagement(qint64 id) {
    for (BoardColumnView* view : m_columns) {
        QAbstractItemModel* proxy = view->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data(EngagementBoardModel::IdRole).toLongLong() == id) {
                view->setCurrentIndex(index);
                view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
                view->scrollTo(index);
                return true;
            }
        }
    }
    return false;
}

void PipelineBoard::runMove(qint64 id, PipelineState target) {
    if (!m_workspace)
        return;
    const MoveFlow::Result result = MoveFlow::moveTo(this, m_workspace->engagements(), id, target);
    if (result.outcome == MoveFlow::Outcome::GoFill)
        Q_EMIT fillRequested(id, result.target);
    else if (result.outcome == MoveFlow::Outcome::Moved) {
        selectEngagement(id);
        Q_EMIT statusMessage(tr("Moved to \"%1\".").arg(labelOf(target)));
    }
}

std::optional<PipelineState> PipelineBoard::stateOf(qint64 id) const {
    if (!id || !m_workspace)
        return std::nullopt;
    auto engagement = m_workspace->engagements().engagement(id);
    return engagement ? std::optional<PipelineState>(engagement->state()) : std::nullopt;
}

void PipelineBoard::advanceSelected() {
    const qint64 id = selectedEngagementId();
    const auto state = stateOf(id);
    if (!state)
        return;
    if (const auto rule = TransitionTable::advanceFrom(*state))
        runMove(id, rule->to);
}

void PipelineBoard::backSelected() {
    const qint64 id = selectedEngagementId();
    const auto state = stateOf(id);
    if (!state)
        return;
    if (const auto rule = TransitionTable::backFrom(*state))
        runMove(id, rule->to);
}

void PipelineBoard::endSelected(EngagementStatus endState) {
    if (const qint64 id = selectedEngagementId())
        runMove(id, pipelineStateOf(Stage::Evaluation, endState));
}

void PipelineBoard::onSelectionChanged(BoardColumnView* source) {
    // One card is selected on the whole board, not one per column.
    if (source->currentEngagementId() != 0) {
        for (BoardColumnView* view : std::as_const(m_columns)) {
            if (view != source)
                view->selectionModel()->clearSelection();
        }
    }
    updateButtons();
}

void PipelineBoard::updateHeadings() {
    for (int i = 0; i < m_columns.size(); ++i) {
        const PipelineState state = m_columns.at(i)->state();
        m_headings.at(i)->setText(tr("%1 (%2)").arg(labelOf(state)).arg(m_model->countIn(state)));
    }
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

void PipelineBoard::updateButtons() {
    const qint64 id = selectedEngagementId();
    const auto state = stateOf(id);
    m_openButton->setEnabled(state.has_value());
    m_advanceButton->setEnabled(state && TransitionTable::advanceFrom(*state).has_value());
    m_backButton->setEnabled(state && TransitionTable::backFrom(*state).has_value());
    m_endButton->setEnabled(state.has_value());
}

} // namespace md
