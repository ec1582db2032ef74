#include "billing/BillingAreas.h"

#include "MainWindow.h"
#include "UiStyle.h"
#include "billing/BillingArea.h"
#include "billing/BillingDashboardWidget.h"
#include "billing/ClientBalanceWidget.h"
#include "billing/EngagementPackagesWidget.h"
#include "clients/ClientsPage.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementPage.h"

#include <QCoreApplication>
#include <QIcon>

namespace md {

void installBillingAreas(MainWindow& window) {
    auto* billing = new BillingArea(&window);
    window.addArea(QCoreApplication::translate("md::BillingAreas", "Billing"),
                   ui::areaIcon("wallet-open", "billing"), billing);
    if (ClientsPage* clients = window.clientsPage()) {
        auto* balance = new ClientBalanceWidget(billing, clients);
        clients->addClientPanel(balance);
        billing->attach(balance);
        QObject::connect(clients, &ClientsPage::clientShown, balance,
                         &ClientBalanceWidget::showClient);
        QObject::connect(balance, &ClientBalanceWidget::invoiceRequested, &window,
                         [&window, billing](qint64 clientId) {
                             window.setCurrentArea(billing);
                             billing->newInvoice(clientId);
                         });
    }
    if (auto* page = window.findChild<EngagementPage*>()) {
        auto* packages = new EngagementPackagesWidget(page);
        page->addPanel(packages);
        billing->attach(packages);
        packages->showEngagement(page->engagementId());
        QObject::connect(page, &EngagementPage::engagementShown, packages,
                         &EngagementPackagesWidget::showEngagement);
    }
    if (auto* dashboard = window.findChild<DashboardPage*>()) {
        auto* widget = new BillingDashboardWidget(billing, dashboard);
        dashboard->addPanel(widget);
        billing->attach(widget);
        QObject::connect(widget, &BillingDashboardWidget::invoiceActivated, &window,
                         [&window, billing](qint64 invoiceId) {
                             window.setCurrentArea(billing);
                             billing->selectInvoice(invoiceId);
                         });
    }
}

} // namespace md
