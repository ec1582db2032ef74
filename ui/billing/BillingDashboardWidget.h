#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace md {

class BillingArea;
class BillingService;

// The dashboard's billing box: revenue this month and this year, what is
// outstanding, and the overdue invoices (double-click opens one in Billing).
class BillingDashboardWidget final : public QWidget {
    Q_OBJECT
public:
    explicit BillingDashboardWidget(BillingArea* area, QWidget* parent = nullptr);

    void setBilling(BillingService* billing);
    void reload();

    QLabel* revenueLabel() const { return m_revenue; }
    QTableWidget* overdueTable() const { return m_overdue; }

Q_SIGNALS:
    void invoiceActivated(qint64 invoiceId);

private:
    QPointer<BillingArea> m_area;
    QPointer<BillingService> m_billing;
    QLabel* m_revenue = nullptr;
    QTableWidget* m_overdue = nullptr;
};

} // namespace md
