#include "billing/BillingDashboardWidget.h"

#include "UiStyle.h"

#include "billing/BillingArea.h"
#include "billing/BillingReports.h"
#include "billing/BillingService.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
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
    m_overdue = new QTableWidget(0, 4, this);
    m_overdue->setObjectName(QStringLiteral("overdueTableWidget"));
    m_overdue->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Client"), tr("Outstanding"), tr("Days overdue")});
    m_overdue->verticalHeader()->setVisible(false);
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_overdue->setMaximumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_revenue);
    layout->addWidget(m_overdue);
    connect(m_overdue, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 id = m_overdue->item(row, 0)->data(Qt::UserRole).toLongLong();
        Q_EMIT invoiceActivated(id);
        if (m_area)
            m_area->selectInvoice(id);
    });
    reload();
}

void BillingDashboardWidget::setBilling(BillingService* billing) {
    if (m_billing)
        disconnect(m_billing, nullptr, this, nullptr);
    m_billing = billing;
    if (m_billing)
        connect(m_billing, &BillingService::billingChanged, this, &BillingDashboardWidget::reload);
    reload();
}

void BillingDashboardWidget::reload() {
    m_overdue->setRowCount(0);
    m_revenue->clear();
    if (!m_billing)
        return;
    auto settings = m_billing->businessSettings();
    auto invoices = m_billing->invoices().list();
    auto payments = m_billing->payments().list();
    if (!settings || !invoices || !payments)
        return;
    const QDate today = m_billing->clock().today();
    const QString currency = settings->currency;
    const QLocale locale;
    const auto months =
        BillingReports::revenueByMonth(*invoices, *payments, today.year(), currency);
    Money year(0, currency);
    Money received(0, currency);
    for (const RevenueRow& m : months) {
        year += m.net;
        received += m.received;
    }
    const auto owed = BillingReports::owedByClient(*invoices, today, currency);
    const AgeingRow& total = owed.last();
    m_revenue->setText(
        tr("Invoiced (net) this month: <b>%1</b> · this year: <b>%2</b> · received this year: "
           "%3<br>Outstanding: <b>%4</b>, of which overdue: <b>%5</b>")
            .arg(months.at(today.month() - 1).net.format(locale).toHtmlEscaped(),
                 year.format(locale).toHtmlEscaped(), received.format(locale).toHtmlEscaped(),
                 total.total.format(locale).toHtmlEscaped(),
                 total.overdue.format(locale).toHtmlEscaped()));
    const auto late = BillingReports::overdue(*invoices, today);
    m_overdue->setRowCount(int(late.size()));
    for (int row = 0; row < late.size(); ++row) {
        const InvoiceRecord& r = late.at(row);
        const QStringList texts{r.invoice.number, r.clientName, r.outstanding().format(locale),
                                QString::number(InvoiceStatusRules::daysOverdue(r, today))};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, r.invoice.id);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_overdue->setItem(row, column, item);
        }
    }
    m_overdue->setVisible(!late.isEmpty());
}

} // namespace md
