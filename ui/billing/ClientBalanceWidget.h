#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace md {

class BillingArea;
class BillingService;

// The client page's billing panel: what the client owes (and how much of it
// is overdue), their credit balance, and each engagement's package credits
// ("5 of 8 used, valid until …") with warnings when they run out or expire;
// "Billing details…" edits the address printed on the client's invoices.
class ClientBalanceWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ClientBalanceWidget(BillingArea* area, QWidget* parent = nullptr);

    void setBilling(BillingService* billing);
    // The client shown on the page; 0 for none.
    void showClient(qint64 clientId);

    QLabel* balanceLabel() const { return m_balance; }
    QListWidget* packagesList() const { return m_packages; }

Q_SIGNALS:
    // "New invoice" was pressed: the Billing area should be shown.
    void invoiceRequested(qint64 clientId);

private:
    void reload();
    void sellPackage();
    void editBillingDetails();

    QPointer<BillingArea> m_area;
    QPointer<BillingService> m_billing;
    qint64 m_clientId = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_balance = nullptr;
    QListWidget* m_packages = nullptr;
    QPushButton* m_newInvoice = nullptr;
    QPushButton* m_sell = nullptr;
    QPushButton* m_details = nullptr;
};

} // namespace md
