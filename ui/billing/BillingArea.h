#pragma once

#include "AreaPage.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace md {

class BillingDashboardWidget;
class BillingReportsWidget;
class ChangeSet;
class ClientBalanceWidget;
class EngagementPackagesWidget;
class InvoiceFilterProxyModel;
class InvoiceListModel;
class PriceListWidget;
struct InvoiceRecord;

// The Billing area: the invoice list with filters (status, client, period)
// and its actions (new, edit, issue, record payment, credit note, PDF, print,
// print preview, CSV export), payments and reports, and the price list. It
// also hands the open workspace to the client balance panel, the engagement
// page's packages and the dashboard's billing widget, which live on other
// pages. Every part follows workspace.changes() itself.
class BillingArea final : public AreaPage {
    Q_OBJECT
public:
    explicit BillingArea(QWidget* parent = nullptr);
    ~BillingArea() override;

    void setWorkspace(Workspace* workspace) override;
    void focusFilter() override;

    // Widgets placed on other pages that follow the open workspace.
    void attach(ClientBalanceWidget* widget);
    void attach(BillingDashboardWidget* widget);
    void attach(EngagementPackagesWidget* widget);

    // Selects an invoice in the list (clearing filters that hide it).
    bool selectInvoice(qint64 invoiceId);
    qint64 selectedInvoiceId() const;
    InvoiceListModel* model() const { return m_model; }
    InvoiceFilterProxyModel* proxy() const { return m_proxy; }
    BillingReportsWidget* reports() const { return m_reports; }
    PriceListWidget* priceList() const { return m_priceList; }

    // The actions, also bound to the buttons.
    void newInvoice(qint64 clientId = 0);
    void editSelected();
    void issueSelected();
    void recordPaymentForSelected();
    void creditSelected();
    void deleteSelectedDraft();
    void exportSelectedPdf();
    void printSelected();
    void previewSelected();
    void exportCsv();
    void editBusinessSettings();
    void editMentorProfile();

private:
    void followChanges(const ChangeSet& changes);
    void updateSummary();
    void reloadClients();
    void applyFilters();
    void updateActions();
    const InvoiceRecord* selectedRecord() const;
    bool confirm(const QString& title, const QString& text);

    QPointer<Workspace> m_workspace;
    InvoiceListModel* m_model = nullptr;
    InvoiceFilterProxyModel* m_proxy = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_clientFilter = nullptr;
    QComboBox* m_periodFilter = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_credit = nullptr;
    QPushButton* m_delete = nullptr;
    // Save PDF, Print and Print preview share one menu button: ten buttons in
    // a row did not fit beside the sidebar on a 1024 px screen.
    QPushButton* m_document = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_print = nullptr;
    QAction* m_preview = nullptr;
    QPushButton* m_csv = nullptr;
    PriceListWidget* m_priceList = nullptr;
    BillingReportsWidget* m_reports = nullptr;
    QList<QPointer<ClientBalanceWidget>> m_balanceWidgets;
    QList<QPointer<BillingDashboardWidget>> m_dashboardWidgets;
    QList<QPointer<EngagementPackagesWidget>> m_packageWidgets;
};

} // namespace md
