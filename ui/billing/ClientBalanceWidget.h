#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace md {

class BillingArea;
class ChangeSet;
class PackageListModel;
class Workspace;

// The client page's billing panel: what the client owes (and how much of it
// is overdue), their credit balance, and each engagement's package credits
// ("5 of 8 used, valid until …") with warnings when they run out or expire;
// "Billing details…" edits the address printed on the client's invoices. It
// follows every change that moves those figures, wherever it was made.
class ClientBalanceWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ClientBalanceWidget(BillingArea* area, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // The client shown on the page; 0 for none.
    void showClient(qint64 clientId);

    QLabel* balanceLabel() const { return m_balance; }
    QListView* packagesView() const { return m_packagesView; }
    PackageListModel* packagesModel() const { return m_packages; }

Q_SIGNALS:
    // "New invoice" was pressed: the Billing area should be shown.
    void invoiceRequested(qint64 clientId);

private:
    void followChanges(const ChangeSet& changes);
    void reload();
    void sellPackage();
    void editBillingDetails();

    QPointer<BillingArea> m_area;
    QPointer<Workspace> m_workspace;
    qint64 m_clientId = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_balance = nullptr;
    PackageListModel* m_packages = nullptr;
    QListView* m_packagesView = nullptr;
    QPushButton* m_newInvoice = nullptr;
    QPushButton* m_sell = nullptr;
    QPushButton* m_details = nullptr;
};

} // namespace md
