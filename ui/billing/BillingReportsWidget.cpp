#include "billing/BillingReportsWidget.h"

#include "UiStyle.h"
#include "billing/BillingReports.h"
#include "billing/BillingService.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

namespace {

// Numbers keep their full width; the one text column (`stretchColumn`) takes
// what is left, so the amounts never hide behind a horizontal scroll bar.
QTableWidget* table(const QStringList& headers, int stretchColumn, const char* name,
                    QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return t;
}

void setRowBold(QTableWidget* t, int row) {
    QFont bold = t->font();
    bold.setBold(true);
    for (int column = 0; column < t->columnCount(); ++column)
        if (QTableWidgetItem* item = t->item(row, column))
            item->setFont(bold);
}

void setRow(QTableWidget* t, int row, const QStringList& texts, int firstNumeric) {
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        if (column >= firstNumeric)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

BillingReportsWidget::BillingReportsWidget(QWidget* parent)
    : QWidget(parent) {
    m_payments = table(
        {tr("Date"), tr("Client"), tr("Amount"), tr("Method"), tr("Reference"), tr("Invoices")}, 5,
        "paymentsTableWidget", this);
    m_revenue = table({tr("Month"), tr("Net"), tr("Tax"), tr("Invoiced"), tr("Received")}, 0,
                      "revenueTableWidget", this);
    m_ageing = table({tr("Client"), tr("0–30 days"), tr("31–60"), tr("61–90"), tr("Over 90"),
                      tr("Total"), tr("Overdue")},
                     0, "ageingTableWidget", this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(2000, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_credit = new QLabel(this);
    ui::styleAsSecondary(m_credit);

    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year:"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    auto* revenue = new QWidget(this);
    auto* revenueLayout = new QVBoxLayout(revenue);
    revenueLayout->setContentsMargins(0, 0, 0, 0);
    revenueLayout->addLayout(yearRow);
    revenueLayout->addWidget(m_revenue);

    auto* top = new QHBoxLayout;
    top->addWidget(box(tr("Revenue by month"), revenue, this), 1);
    top->addWidget(box(tr("Owed by client, by age of the invoice"), m_ageing, this), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(box(tr("Payments received"), m_payments, this), 1);
    layout->addWidget(m_credit);
    connect(m_year, &QSpinBox::valueChanged, this, &BillingReportsWidget::reload);
}

void BillingReportsWidget::setBilling(BillingService* billing) {
    if (m_billing)
        disconnect(m_billing, nullptr, this, nullptr);
    m_billing = billing;
    if (m_billing) {
        connect(m_billing, &BillingService::billingChanged, this, &BillingReportsWidget::reload);
        const QSignalBlocker blocker(m_year);
        m_year->setValue(m_billing->clock().today().year());
    }
    reload();
}

void BillingReportsWidget::reload() {
    for (QTableWidget* t : {m_payments, m_revenue, m_ageing})
        t->setRowCount(0);
    m_credit->clear();
    if (!m_billing)
        return;
    auto settings = m_billing->businessSettings();
    auto invoices = m_billing->invoices().list();
    auto payments = m_billing->payments().list();
    if (!settings || !invoices || !payments)
        return;
    const QLocale locale;
    const QString currency = settings->currency;

    m_payments->setRowCount(int(payments->size()));
    Money unallocated(0, currency);
    for (int row = 0; row < payments->size(); ++row) {
        // Newest first.
        const PaymentRecord& r = payments->at(payments->size() - 1 - row);
        setRow(m_payments, row,
               {locale.toString(r.payment.receivedOn, QLocale::ShortFormat), r.clientName,
                r.payment.amount.format(locale), paymentMethodLabel(r.payment.method),
                r.payment.reference, r.invoiceNumbers.join(QStringLiteral(", "))},
               99);
        m_payments->item(row, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.payment.amount.currency() == currency)
            unallocated += r.unallocated();
    }
    if (unallocated.isPositive())
        m_credit->setText(tr("Client credit not yet used: %1").arg(unallocated.format(locale)));

    const auto months =
        BillingReports::revenueByMonth(*invoices, *payments, m_year->value(), currency);
    m_revenue->setRowCount(int(months.size()) + 1);
    RevenueRow year;
    year.net = year.tax = year.gross = year.received = Money(0, currency);
    for (int row = 0; row < months.size(); ++row) {
        const RevenueRow& m = months.at(row);
        setRow(m_revenue, row,
               {locale.standaloneMonthName(m.month), m.net.format(locale), m.tax.format(locale),
                m.gross.format(locale), m.received.format(locale)},
               1);
        year.net += m.net;
        year.tax += m.tax;
        year.gross += m.gross;
        year.received += m.received;
    }
    setRow(m_revenue, int(months.size()),
           {tr("Year %1").arg(m_year->value()), year.net.format(locale), year.tax.format(locale),
            year.gross.format(locale), year.received.format(locale)},
           1);
    setRowBold(m_revenue, int(months.size()));
    scrollToThisMonth();

    const auto owed = BillingReports::owedByClient(*invoices, m_billing->clock().today(), currency);
    m_ageing->setRowCount(int(owed.size()));
    for (int row = 0; row < owed.size(); ++row) {
        const AgeingRow& a = owed.at(row);
        setRow(m_ageing, row,
               {a.clientName, a.days0to30.format(locale), a.days31to60.format(locale),
                a.days61to90.format(locale), a.over90.format(locale), a.total.format(locale),
                a.overdue.format(locale)},
               1);
        if (a.clientId == 0) // the total
            setRowBold(m_ageing, row);
    }
}

void BillingReportsWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    scrollToThisMonth();
}

void BillingReportsWidget::scrollToThisMonth() {
    if (!m_billing)
        return;
    const QDate today = m_billing->clock().today();
    const int row = today.month() - 1;
    if (m_year->value() == today.year() && row < m_revenue->rowCount())
        m_revenue->scrollToItem(m_revenue->item(row, 0), QAbstractItemView::PositionAtCenter);
}

} // namespace md
