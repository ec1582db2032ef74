#include "pipeline/ClientEngagementsPanel.h"

#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineArea.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

ClientEngagementsPanel::ClientEngagementsPanel(PipelineArea* area, QWidget* parent)
    : QWidget(parent)
    , m_area(area) {
    setObjectName(QStringLiteral("clientEngagementsPanel"));
    m_heading = new QLabel(tr("Engagements"), this);
    ui::styleAsHeading(m_heading, 1.1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("clientEngagementsListWidget"));
    m_list->setMaximumHeight(120);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openClientEngagementButton"));
    m_new = new QPushButton(tr("New Engagement…"), this);
    m_new->setObjectName(QStringLiteral("newClientEngagementButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_open);
    header->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(m_open, &QPushButton::clicked, this, &ClientEngagementsPanel::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ClientEngagementsPanel::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_open->setEnabled(row >= 0); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_clientId > 0 && m_area && PipelineArea::activate(this))
            m_area->newEngagement(m_clientId);
    });
    showClient(0);
}

void ClientEngagementsPanel::showClient(qint64 clientId) {
    Workspace* workspace = m_area ? m_area->workspace() : nullptr;
    if (workspace != m_workspace) {
        if (m_workspace)
            disconnect(&m_workspace->changes(), nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace)
            connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                    &ClientEngagementsPanel::followChanges);
    }
    m_clientId = clientId;
    reload();
}

void ClientEngagementsPanel::reload() {
    m_list->clear();
    m_count = 0;
    const bool shown = m_workspace && m_clientId > 0;
    setVisible(shown);
    m_new->setEnabled(shown);
    m_open->setEnabled(false);
    if (!shown)
        return;
    EngagementFilter filter;
    filter.clientId = m_clientId;
    auto engagements = m_workspace->engagements().engagements(filter);
    if (engagements) {
        for (const Engagement& e : std::as_const(engagements.value())) {
            auto* item = new QListWidgetItem(textOf(e), m_list);
            item->setData(Qt::UserRole, e.id);
        }
        m_count = int(engagements->size());
    }
    showCount();
}

void ClientEngagementsPanel::followChanges(const ChangeSet& changes) {
    if (!m_workspace || m_clientId <= 0)
        return;
    if (changes.external()) {
        reload();
        return;
    }
    for (qint64 id : changes.ids(RecordKind::Engagement)) {
        if (changes.removed(RecordKind::Engagement, id)) {
            if (const int row = rowOf(id); row >= 0) {
                delete m_list->takeItem(row);
                --m_count;
            }
        } else {
            refresh(id);
        }
    }
    showCount();
}

void ClientEngagementsPanel::refresh(qint64 engagementId) {
    auto engagement = m_workspace->engagements().engagement(engagementId);
    if (!engagement || engagement->clientId != m_clientId)
        return;
    if (const int row = rowOf(engagementId); row >= 0) {
        m_list->item(row)->setText(textOf(engagement.value()));
        return;
    }
    // Newest first, as listed: a new engagement goes on top.
    auto* item = new QListWidgetItem(textOf(engagement.value()));
    item->setData(Qt::UserRole, engagement->id);
    m_list->insertItem(0, item);
    ++m_count;
}

int ClientEngagementsPanel::rowOf(qint64 engagementId) const {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == engagementId)
            return row;
    }
    return -1;
}

QString ClientEngagementsPanel::textOf(const Engagement& e) const {
    return tr("%1 \u2014 %2 (started %3)")
        .arg(e.title, labelOf(e.state()), QLocale().toString(e.startDate, QLocale::ShortFormat));
}

void ClientEngagementsPanel::showCount() {
    // The hint row stands in for an empty list; it is never an engagement.
    const int hint = rowOf(0);
    if (m_count > 0 && hint >= 0)
        delete m_list->takeItem(hint);
    if (m_count == 0 && hint < 0) {
        auto* item = new QListWidgetItem(tr("No engagement yet."), m_list);
        item->setData(Qt::UserRole, qint64(0));
        item->setFlags(Qt::NoItemFlags);
    }
    m_heading->setText(tr("Engagements (%1)").arg(m_count));
}

void ClientEngagementsPanel::openSelected() {
    QListWidgetItem* item = m_list->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id > 0 && m_area && PipelineArea::activate(this))
        m_area->openEngagement(id);
}

} // namespace md
