#include "pipeline/EngagementPage.h"

#include "UiStyle.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "pipeline/ActionListModel.h"
#include "pipeline/ActionsTab.h"
#include "pipeline/EngagementService.h"
#include "pipeline/EvaluationTab.h"
#include "pipeline/GoalListModel.h"
#include "pipeline/GoalsTab.h"
#include "pipeline/MoveFlow.h"
#include "pipeline/NeedListModel.h"
#include "pipeline/NeedsTab.h"
#include "pipeline/PipelineWarnings.h"
#include "pipeline/ProfileTab.h"
#include "pipeline/TimelineModel.h"
#include "pipeline/TransitionTable.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

EngagementPage::EngagementPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("engagementPage"));
    auto* boardButton = new QPushButton(tr("\u2190 Board"), this);
    boardButton->setObjectName(QStringLiteral("backToBoardButton"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("engagementHeadingLabel"));
    ui::styleAsHeading(m_heading, 1.3);
    // A long client name and title wrap instead of making the window wider
    // than a 1024 px screen.
    m_heading->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("engagementStateLabel"));
    ui::styleAsSecondary(m_state);
    m_back = new QPushButton(tr("Move &Back"), this);
    m_back->setObjectName(QStringLiteral("engagementMoveBackButton"));
    m_advance = new QPushButton(tr("&Advance \u2192"), this);
    m_advance->setObjectName(QStringLiteral("engagementAdvanceButton"));
    m_end = new QPushButton(tr("&End"), this);
    m_end->setObjectName(QStringLiteral("engagementEndButton"));
    auto* endMenu = new QMenu(m_end);
    const QList<std::pair<EngagementStatus, QString>> endings = {
        {EngagementStatus::Completed, tr("Completed")},
        {EngagementStatus::Maintenance, tr("Maintenance (periodic check-ins)")},
        {EngagementStatus::ClosedEarly, tr("Close Early…")}};
    for (const auto& [status, text] : endings) {
        endMenu->addAction(text, this, [this, status = status] {
            if (!m_workspace || !m_engagementId)
                return;
            const auto result = MoveFlow::moveTo(this, m_workspace->engagements(), m_engagementId,
                                                 pipelineStateOf(Stage::Evaluation, status));
            runResult(int(result.outcome), result.target);
        });
    }
    m_end->setMenu(endMenu);
    m_followUp = new QPushButton(tr("New &Needs…"), this);
    m_followUp->setObjectName(QStringLiteral("followUpButton"));
    m_followUp->setToolTip(tr("Start a new engagement for the same client, linked to this one"));

    auto* header = new QHBoxLayout;
    header->addWidget(boardButton);
    header->addSpacing(8);
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_state);
    header->addLayout(titles, 1);
    header->addWidget(m_back);
    header->addWidget(m_advance);
    header->addWidget(m_end);
    header->addWidget(m_followUp);

    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("gateChecklistLabel"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::RichText);

    m_profile = new ProfileTab(this);
    connect(m_profile, &ProfileTab::agreementRequested, this, &EngagementPage::agreementRequested);
    m_needs = new NeedsTab(this);
    m_goals = new GoalsTab(this);
    m_actions = new ActionsTab(this);
    m_evaluation = new EvaluationTab(this);
    m_timeline = new TimelineModel(this);
    m_timelineView = new QTableView(this);
    m_timelineView->setObjectName(QStringLiteral("timelineTableView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setColumnWidth(TimelineModel::WhenColumn, 150);
    m_timelineView->setColumnWidth(TimelineModel::FromColumn, 150);
    m_timelineView->setColumnWidth(TimelineModel::ToColumn, 150);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("engagementTabWidget"));
    const QList<Stage> stages = allOf<Stage>();
    const QList<EngagementTab*> tabs = stageTabs();
    for (int i = 0; i < stages.size(); ++i) {
        // "&" in a tab title would be a mnemonic; "Profile & agreement" needs "&&".
        QString title = labelOf(stages.at(i));
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_tabs->addTab(tabs.at(i), tr("%1. %2").arg(stageNumber(stages.at(i))).arg(title));
        connect(tabs.at(i), &EngagementTab::statusMessage, this, &EngagementPage::statusMessage);
    }
    m_tabs->addTab(m_timelineView, tr("Timeline"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_gate);
    layout->addWidget(m_tabs, 1);

    connect(boardButton, &QPushButton::clicked, this, &EngagementPage::backToBoardRequested);
    connect(m_advance, &QPushButton::clicked, this, [this] {
        if (!m_workspace || !m_engagementId)
            return;
        const auto result = MoveFlow::advance(this, m_workspace->engagements(), m_engagementId);
        runResult(int(result.outcome), result.target);
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (!m_workspace || !m_engagementId)
            return;
        const auto result = MoveFlow::back(this, m_workspace->engagements(), m_engagementId);
        runResult(int(result.outcome), result.target);
    });
    connect(m_followUp, &QPushButton::clicked, this, &EngagementPage::startFollowUp);
}

QList<EngagementTab*> EngagementPage::stageTabs() const {
    return {m_profile, m_needs, m_goals, m_actions, m_evaluation};
}

void EngagementPage::setEngagement(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    for (EngagementTab* tab : stageTabs())
        tab->setEngagement(workspace, m_engagementId);
    m_timeline->setSource(workspace, m_engagementId);
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &EngagementPage::followChanges);
    refreshHeader();
    if (m_workspace && m_engagementId) {
        if (auto engagement = m_workspace->engagements().engagement(m_engagementId))
            showStage(engagement->stage);
    }
    Q_EMIT engagementShown(m_engagementId);
}

void EngagementPage::followChanges(const ChangeSet& changes) {
    if (changes.removed(RecordKind::Engagement, m_engagementId) ||
        changes.removed(RecordKind::Client, m_clientId)) {
        // Deleted elsewhere (or with its client): nothing left to show.
        setEngagement(nullptr, 0);
        Q_EMIT backToBoardRequested();
        return;
    }
    // The gate depends on the engagement's work (every write to it names the
    // engagement) and on its agreements; the heading on the client's name.
    if (changes.external() || changes.ids(RecordKind::Engagement).contains(m_engagementId) ||
        changes.ids(RecordKind::Client).contains(m_clientId) ||
        changes.touches(RecordKind::Agreement))
        refreshHeader();
}

void EngagementPage::addPanel(QWidget* panel) {
    panel->setParent(this);
    layout()->addWidget(panel);
}

void EngagementPage::refreshHeader() {
    Engagement e;
    QString client;
    std::optional<GateResult> gate;
    if (m_workspace && m_engagementId) {
        if (auto loaded = m_workspace->engagements().engagement(m_engagementId))
            e = loaded.value();
        if (auto c = m_workspace->clients().get(e.clientId))
            client = c->displayName();
        if (auto checked = m_workspace->engagements().checkAdvance(m_engagementId))
            gate = checked.value();
    }
    m_clientId = e.clientId;
    m_heading->setText(e.id ? tr("%1 \u2014 %2").arg(client, e.title) : QString());
    QString state;
    if (e.id) {
        const int days = PipelineWarnings::daysInStage(e, m_workspace->clock());
        state = days == 1   ? tr("%1 since yesterday").arg(labelOf(e.state()))
                : days == 0 ? tr("%1 since today").arg(labelOf(e.state()))
                            : tr("%1 for %2 days").arg(labelOf(e.state())).arg(days);
        if (e.previousEngagementId > 0)
            state += tr(" \u00b7 follows engagement #%1").arg(e.previousEngagementId);
    }
    m_state->setText(state);

    QString checklist;
    if (gate) {
        const bool finishing =
            e.state() == PipelineState::Evaluation || e.state() == PipelineState::Maintenance;
        checklist = (finishing ? tr("<b>To end the engagement:</b> ")
                               : tr("<b>To leave \"%1\":</b> ").arg(labelOf(gate->stage)));
        // The colours follow the theme: they are not part of the text.
        const QString done = ui::successColor(palette()).name();
        const QString missing = ui::warningColor(palette()).name();
        if (gate->passed()) {
            checklist += QStringLiteral("<span style='color:%1'>%2</span>")
                             .arg(done, tr("\u2714 everything is done."));
        } else {
            QStringList items;
            for (const MissingItem& item : gate->missing)
                items.append(QStringLiteral("<span style='color:%1'>\u2718 %2</span>")
                                 .arg(missing, item.message.toHtmlEscaped()));
            checklist += items.join(QStringLiteral(" &nbsp; "));
        }
    } else if (e.id) {
        checklist = tr("This engagement has ended (%1).").arg(labelOf(e.state()));
    }
    m_gate->setText(checklist);

    const bool open = e.id && !isFinal(e.state());
    m_advance->setEnabled(open);
    m_end->setEnabled(open);
    m_back->setEnabled(e.id && TransitionTable::backFrom(e.state()).has_value());
    m_followUp->setEnabled(e.id && (!stageOf(e.state()) || e.stage == Stage::Evaluation));
    m_advance->setText(e.state() == PipelineState::Evaluation ||
                               e.state() == PipelineState::Maintenance
                           ? tr("&Complete \u2714")
                           : tr("&Advance \u2192"));
}

void EngagementPage::showStage(Stage stage) {
    m_tabs->setCurrentIndex(int(stage));
}

void EngagementPage::showTarget(const FillTarget& target) {
    showStage(target.tab);
    stageTabs().at(int(target.tab))->focusTarget(target);
}

bool EngagementPage::showItem(Stage stage, qint64 itemId) {
    showStage(stage);
    return stageTabs().at(int(stage))->selectItem(itemId);
}

void EngagementPage::runResult(int outcome, const FillTarget& target) {
    switch (static_cast<MoveFlow::Outcome>(outcome)) {
    case MoveFlow::Outcome::GoFill:
        showTarget(target);
        break;
    case MoveFlow::Outcome::Moved:
        refreshHeader();
        if (auto engagement = m_workspace->engagements().engagement(m_engagementId)) {
            if (!isFinal(engagement->state()))
                showStage(engagement->stage);
            Q_EMIT statusMessage(tr("Now in \"%1\".").arg(labelOf(engagement->state())));
        }
        break;
    default:
        break;
    }
}

void EngagementPage::startFollowUp() {
    if (!m_workspace || !m_engagementId)
        return;
    auto next = m_workspace->engagements().startFollowUp(m_engagementId);
    if (!next) {
        QMessageBox::warning(this, tr("New Needs"), next.message());
        return;
    }
    Q_EMIT statusMessage(tr("Started \"%1\".").arg(next->title));
    Q_EMIT openEngagementRequested(next->id);
}

} // namespace md
