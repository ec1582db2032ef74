#include "pipeline/ClientEngagementsPanel.h"

#include "UiStyle.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineWarnings.h"
#include "storage/EngagementRepository.h"

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
    Pipeline* pipeline = m_area ? m_area->pipeline() : nullptr;
    if (pipeline != nullptr) {
        // Follow changes to this client's engagements while shown.
        disconnect(&pipeline->engagements(), nullptr, this, nullptr);
        connect(&pipeline->engagements(), &EngagementRepository::engagementAdded, this,
                &ClientEngagementsPanel::reload);
        connect(&pipeline->engagements(), &EngagementRepository::engagementChanged, this,
                &ClientEngagementsPanel::reload);
        connect(&pipeline->engagements(), &EngagementRepository::engagementRemoved, this,
                &ClientEngagementsPanel::reload);
    }
    m_clientId = clientId;
    reload();
}

void ClientEngagementsPanel::reload() {
    m_list->clear();
    Pipeline* pipeline = m_area ? m_area->pipeline() : nullptr;
    const bool shown = pipeline && m_clientId > 0;
    setVisible(shown);
    m_new->setEnabled(shown);
    m_open->setEnabled(false);
    if (!shown)
        return;
    EngagementFilter filter;
    filter.clientId = m_clientId;
    auto engagements = pipeline->engagements().list(filter);
    if (!engagements)
        return;
    const QLocale locale;
    for (const Engagement& e : std::as_const(engagements.value())) {
        auto* item =
            new QListWidgetItem(tr("%1 \u2014 %2 (started %3)")
                                    .arg(e.title, labelOf(e.state()),
                                         locale.toString(e.startDate, QLocale::ShortFormat)),
                                m_list);
        item->setData(Qt::UserRole, e.id);
    }
    if (m_list->count() == 0) {
        auto* hint = new QListWidgetItem(tr("No engagement yet."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_heading->setText(tr("Engagements (%1)").arg(engagements->size()));
}

void ClientEngagementsPanel::openSelected() {
    QListWidgetItem* item = m_list->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id > 0 && m_area && PipelineArea::activate(this))
        m_area->openEngagement(id);
}

} // namespace md
