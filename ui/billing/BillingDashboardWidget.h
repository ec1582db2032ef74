#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace md {

class LoadOnShow;

class BillingArea;
class ChangeSet;
class OverdueInvoiceModel;
class Workspace;

// The dashboard's billing box: revenue this month and this year, what is
// outstanding, and the overdue invoices (double-click opens one in Billing).
// Recomputed when an invoice, a payment, a client or the billing settings
// change.
class BillingDashboardWidget final : public QWidget {
    Q_OBJECT
public:
    explicit BillingDashboardWidget(BillingArea* area, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void reload();

    QLabel* revenueLabel() const { return m_revenue; }
    QTableView* overdueView() const { return m_overdueView; }
    OverdueInvoiceModel* overdueModel() const { return m_overdue; }

Q_SIGNALS:
    void invoiceActivated(qint64 invoiceId);

private:
    void followChanges(const ChangeSet& changes);

    QPointer<BillingArea> m_area;
    QPointer<Workspace> m_workspace;
    LoadOnShow* m_load = nullptr; // read when the dashboard is shown
    QLabel* m_revenue = nullptr;
    OverdueInvoiceModel* m_overdue = nullptr;
    QTableView* m_overdueView = nullptr;
};

} // namespace md
