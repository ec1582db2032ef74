#include "pipeline/DashboardPage.h"

#include "LoadOnShow.h"
#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "pipeline/DashboardListModel.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineDashboard.h"
#include "workspace/Workspace.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {
QString daysText(int days) {
    return days == 1 ? DashboardPage::tr("1 day") : DashboardPage::tr("%1 days").arg(days);
}
} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : AreaPage(parent) {
    setObjectName(QStringLiteral("dashboardPage"));

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadlineLabel"));
    ui::styleAsHeading(m_headline, 1.3);

    auto* stagesBox = new QGroupBox(tr("Engagements per stage"), this);
    auto* stages = new QGridLayout(stagesBox);
    int column = 0;
    for (PipelineState state : allOf<PipelineState>()) {
        if (isFinal(state))
            continue;
        auto* count = new QLabel(QStringLiteral("0"), stagesBox);
        count->setObjectName(keyOf(state) + QStringLiteral("CountLabel"));
        count->setAlignment(Qt::AlignCenter);
        ui::styleAsHeading(count, 1.8);
        auto* label = new QLabel(labelOf(state), stagesBox);
        label->setAlignment(Qt::AlignCenter);
        ui::styleAsSecondary(label);
        stages->addWidget(count, 0, column);
        stages->addWidget(label, 1, column);
        m_counts.insert(int(state), count);
        ++column;
    }

    m_overdue = new DashboardListModel(tr("Action"), tr("Overdue by"), this);
    m_dueSoon = new DashboardListModel(tr("Goal"), tr("Due"), this);
    m_stale = new DashboardListModel(tr("Stage"), tr("Idle for"), this);
    auto* lists = new QGridLayout;
    const QList<std::tuple<QString, DashboardListModel*, const char*>> boxes = {
        {tr("Overdue actions"), m_overdue, "overdueActionsTableView"},
        {tr("Goals due soon"), m_dueSoon, "goalsDueSoonTableView"},
        {tr("Stale engagements"), m_stale, "staleEngagementsTableView"}};
    int index = 0;
    for (const auto& [title, model, name] : boxes) {
        auto* box = new QGroupBox(title, this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(makeTable(model, name));
        // Two lists side by side, the third across the full width below.
        lists->addWidget(box, index / 2, index % 2, 1, index == 2 ? 2 : 1);
        ++index;
    }

    // Other areas add panels below (upcoming sessions, agreements ending,
    // billing): the page scrolls rather than growing the window past the screen.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContentWidget"));
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->addWidget(m_headline);
    m_layout->addWidget(stagesBox);
    m_layout->addLayout(lists);
    // Panels go above this stretch, so a short page keeps its lists at the top.
    m_layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    m_load = new LoadOnShow(this, [this] { refresh(); });
}

int DashboardPage::loads() const {
    return m_load->loads();
}

QTableView* DashboardPage::makeTable(DashboardListModel* model, const char* objectName) {
    auto* view = new QTableView(this);
    view->setObjectName(QLatin1String(objectName));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    ui::keepNamesWhole(view, DashboardListModel::ClientColumn);
    view->setShowGrid(false);
    view->setWordWrap(false);
    // Room for a handful of rows, then the list scrolls: empty lists no
    // longer push the panels below (sessions, agreements, billing) off screen.
    constexpr int kVisibleRows = 5;
    const int height = view->horizontalHeader()->sizeHint().height() +
                       kVisibleRows * view->verticalHeader()->defaultSectionSize() +
                       2 * view->frameWidth();
    view->setMinimumHeight(height);
    view->setMaximumHeight(height);
    view->setToolTip(tr("Double-click to open the engagement"));
    connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(DashboardListModel::EngagementIdRole).toLongLong();
        if (PipelineArea* area = PipelineArea::activate(this))
            area->openEngagement(id);
    });
    return view;
}

void DashboardPage::addPanel(QWidget* panel) {
    m_layout->insertWidget(m_layout->count() - 1, panel);
}

void DashboardPage::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &DashboardPage::followChanges);
    if (m_workspace) {
        m_load->request(); // read when shown
    } else {
        m_load->cancel();
        refresh(); // empties, reads nothing
    }
}

void DashboardPage::followChanges(const ChangeSet& changes) {
    // Any of these may change a count, a list or a client's name in it.
    if (!changes.touchesAny({RecordKind::Engagement, RecordKind::Need, RecordKind::Goal,
                             RecordKind::GoalProgress, RecordKind::Action, RecordKind::Evaluation,
                             RecordKind::Client, RecordKind::PracticeSettings}))
        return;
    // While hidden it only notes it: the next show reads again.
    m_load->request();
}

void DashboardPage::showEvent(QShowEvent* event) {
    // Overdue, due soon and idle days move with the date, nothing else does.
    if (m_workspace && m_loadedOn.isValid() && m_loadedOn != m_workspace->clock().today())
        m_load->request();
    AreaPage::showEvent(event);
}

void DashboardPage::refresh() {
    QList<DashboardListModel::Row> overdue;
    QList<DashboardListModel::Row> dueSoon;
    QList<DashboardListModel::Row> stale;
    for (QLabel* label : std::as_const(m_counts))
        label->setText(QStringLiteral("0"));
    int open = 0;
    m_loadedOn = m_workspace ? m_workspace->clock().today() : QDate();
    if (m_workspace) {
        auto summary = m_workspace->engagements().dashboard();
        if (summary) {
            for (auto it = summary->countByState.cbegin(); it != summary->countByState.cend();
                 ++it) {
                if (QLabel* label = m_counts.value(int(it.key())))
                    label->setText(QString::number(it.value()));
                open += it.value();
            }
            const QLocale locale;
            for (const auto& item : std::as_const(summary->overdueActions))
                overdue.append({item.engagement.engagementId, item.engagement.clientName,
                                item.engagement.title, item.description,
                                daysText(item.daysOverdue)});
            for (const auto& item : std::as_const(summary->goalsDueSoon))
                dueSoon.append({item.engagement.engagementId, item.engagement.clientName,
                                item.engagement.title, item.title,
                                locale.toString(item.dueDate, QLocale::ShortFormat)});
            for (const auto& item : std::as_const(summary->staleEngagements))
                stale.append({item.engagement.engagementId, item.engagement.clientName,
                              item.engagement.title, labelOf(item.engagement.state),
                              daysText(item.daysSinceActivity)});
        } else {
            Q_EMIT statusMessage(summary.message());
        }
    }
    m_overdue->setRows(overdue);
    m_dueSoon->setRows(dueSoon);
    m_stale->setRows(stale);
    m_headline->setText(
        m_workspace ? (open == 1 ? tr("1 open engagement") : tr("%1 open engagements").arg(open))
                    : QString());
    Q_EMIT summaryChanged(m_workspace
                              ? (overdue.size() == 1 ? tr("1 overdue action")
                                                     : tr("%1 overdue actions").arg(overdue.size()))
                              : QString());
}

} // namespace md
