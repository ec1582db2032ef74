#include "agreements/AgreementsAreas.h"

#include "MainWindow.h"
#include "UiStyle.h"
#include "agreements/AgreementsArea.h"
#include "agreements/EndingAgreementsWidget.h"
#include "clients/ClientsPage.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/PipelineArea.h"

#include <QCoreApplication>
#include <QIcon>

namespace md {

void installAgreementsArea(MainWindow& window) {
    auto* area = new AgreementsArea(&window);
    window.addArea(QCoreApplication::translate("md::AgreementsArea", "Agreements"),
                   ui::areaIcon("document-edit", "agreements"), area);
    QObject::connect(area, &AgreementsArea::clientRequested, &window, [&window](qint64 clientId) {
        if (ClientsPage* clients = window.clientsPage()) {
            window.setCurrentArea(clients);
            clients->selectClient(clientId);
        }
    });
    QObject::connect(area, &AgreementsArea::engagementRequested, area, [area](qint64 engagementId) {
        if (PipelineArea* pipeline = PipelineArea::activate(area))
            pipeline->openEngagement(engagementId);
    });
    // The dashboard lists the agreements that end soon (installed before us).
    if (auto* dashboard = window.findChild<DashboardPage*>()) {
        auto* ending = new EndingAgreementsWidget(dashboard);
        dashboard->addPanel(ending);
        area->attach(ending);
        QObject::connect(ending, &EndingAgreementsWidget::openRequested, area,
                         [&window, area](qint64 agreementId) {
                             window.setCurrentArea(area);
                             area->select(agreementId);
                         });
    }
}

} // namespace md
