#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace md {

class BillingService;

// The Billing area's "Payments and reports" tab: payments received, revenue
// by month of a year, and what each client owes by age (0–30, 31–60, 61–90,
// over 90 days).
class BillingReportsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit BillingReportsWidget(QWidget* parent = nullptr);

    void setBilling(BillingService* billing);
    void reload();

    QTableWidget* paymentsTable() const { return m_payments; }
    QTableWidget* revenueTable() const { return m_revenue; }
    QTableWidget* ageingTable() const { return m_ageing; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // This year opens at this month, not at an empty January; a hidden
    // view cannot scroll, so this runs again when the tab is shown.
    void scrollToThisMonth();
    QPointer<BillingService> m_billing;
    QSpinBox* m_year = nullptr;
    QTableWidget* m_payments = nullptr;
    QTableWidget* m_revenue = nullptr;
    QTableWidget* m_ageing = nullptr;
    QLabel* m_credit = nullptr;
};

} // namespace md
