#include "billing/BillingDashboardWidget.h"

#include "LoadOnShow.h"
#include "UiStyle.h"

#include "billing/BillingArea.h"
#include "billing/BillingReportModels.h"
#include "billing/BillingService.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

BillingDashboardWidget::BillingDashboardWidget(BillingArea* area, QWidget* parent)
    : QWidget(parent)
    , m_area(area) {
    setObjectName(QStringLiteral("billingDashboardWidget"));
    // A heading like the dashboard's other panels (agreements, sessions).
    auto* title = new QLabel(tr("Billing"), this);
    ui::styleAsHeading(title, 1.15);
    m_revenue = new QLabel(this);
    m_revenue->setObjectName(QStringLiteral("revenueLabel"));
    m_revenue->setWordWrap(true);
    m_overdue = new OverdueInvoiceModel(this);
    m_overdueView = new QTableView(this);
    m_overdueView->setObjectName(QStringLiteral("overdueTableView"));
    m_overdueView->setModel(m_overdue);
    m_overdueView->verticalHeader()->setVisible(false);
    m_overdueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    ui::keepNamesWhole(m_overdueView, OverdueInvoiceModel::ClientColumn);
    m_overdueView->setMaximumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_revenue);
    layout->addWidget(m_overdueView);
    connect(m_overdueView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(OverdueInvoiceModel::IdRole).toLongLong();
        Q_EMIT invoiceActivated(id);
        if (m_area)
            m_area->selectInvoice(id);
    });
    m_load = new LoadOnShow(this, [this] { reload(); });
    reload();
}

void BillingDashboardWidget::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &BillingDashboardWidget::followChanges);
    if (m_workspace) {
        m_load->request();
    } else {
        m_load->cancel();
        reload(); // locked: nothing is shown
    }
}

void BillingDashboardWidget::followChanges(const ChangeSet& changes) {
    if (changes.touchesAny({RecordKind::Invoice, RecordKind::Payment, RecordKind::Client,
                            RecordKind::BusinessSettings}))
        m_load->request();
}

void BillingDashboardWidget::reload() {
    m_revenue->clear();
    if (!m_workspace) {
        m_overdue->setInvoices({}, {});
        m_overdueView->hide();
        return;
    }
    const QDate today = m_workspace->clock().today();
    auto overview = m_workspace->billing().overview(today.year());
    if (!overview) {
        m_overdue->setInvoices({}, today);
        m_overdueView->hide();
        m_revenue->setText(overview.message().toHtmlEscaped());
        return;
    }
    const QLocale locale;
    const AgeingRow& total = overview->owed.last();
    m_revenue->setText(
        tr("Invoiced (net) this month: <b>%1</b> · this year: <b>%2</b> · received this year: "
           "%3<br>Outstanding: <b>%4</b>, of which overdue: <b>%5</b>")
            .arg(overview->months.at(today.month() - 1).net.format(locale).toHtmlEscaped(),
                 overview->yearTotal.net.format(locale).toHtmlEscaped(),
                 overview->yearTotal.received.format(locale).toHtmlEscaped(),
                 total.total.format(locale).toHtmlEscaped(),
                 total.overdue.format(locale).toHtmlEscaped()));
    m_overdue->setInvoices(overview->overdue, today);
    m_overdueView->setVisible(!overview->overdue.isEmpty());
}

} // namespace md
