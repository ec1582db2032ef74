#pragma once

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QSpinBox;
class QTableView;

namespace md {

class LoadOnShow;

class AgeingModel;
class ChangeSet;
class PaymentListModel;
class RevenueModel;
class Workspace;

// The Billing area's "Payments and reports" tab: payments received, revenue
// by month of a year, and what each client owes by age (0–30, 31–60, 61–90,
// over 90 days). One model per table, filled from BillingService::overview
// and recomputed when an invoice, a payment, a client or the billing
// settings change.
class BillingReportsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit BillingReportsWidget(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void reload();

    QTableView* paymentsView() const { return m_paymentsView; }
    QTableView* revenueView() const { return m_revenueView; }
    QTableView* ageingView() const { return m_ageingView; }
    PaymentListModel* paymentsModel() const { return m_payments; }
    RevenueModel* revenueModel() const { return m_revenue; }
    AgeingModel* ageingModel() const { return m_ageing; }
    QLabel* creditLabel() const { return m_credit; }

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void followChanges(const ChangeSet& changes);
    // This year opens at this month, not at an empty January; a hidden
    // view cannot scroll, so this runs again when the tab is shown.
    void scrollToThisMonth();
    // Revenue and ageing side by side when both fit whole, else one above
    // the other: amounts are never cut and never scroll sideways.
    void arrangeReports();

    QPointer<Workspace> m_workspace;
    LoadOnShow* m_load = nullptr; // read when the tab is shown, not before
    QSpinBox* m_year = nullptr;
    PaymentListModel* m_payments = nullptr;
    RevenueModel* m_revenue = nullptr;
    AgeingModel* m_ageing = nullptr;
    QTableView* m_paymentsView = nullptr;
    QTableView* m_revenueView = nullptr;
    QTableView* m_ageingView = nullptr;
    QLabel* m_credit = nullptr;
    QBoxLayout* m_reports = nullptr;
};

} // namespace md
