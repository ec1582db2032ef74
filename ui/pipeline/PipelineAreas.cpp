#include "pipeline/PipelineAreas.h"

#include "MainWindow.h"
#include "UiStyle.h"
#include "agreements/AgreementsArea.h"
#include "clients/ClientsPage.h"
#include "pipeline/ClientEngagementsPanel.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/PipelineArea.h"

#include <QIcon>

namespace md {

void installPipelineAreas(MainWindow& window) {
    auto* pipeline = new PipelineArea(&window);
    window.addArea(QCoreApplication::translate("md::PipelineAreas", "Pipeline"),
                   ui::areaIcon("view-list-details", "pipeline"), pipeline);
    window.addArea(QCoreApplication::translate("md::PipelineAreas", "Dashboard"),
                   ui::areaIcon("go-home", "dashboard"), new DashboardPage(&window));
    // The Agreements area is added after this one, so it is looked up when
    // needed rather than now.
    QObject::connect(pipeline, &PipelineArea::agreementRequested, &window,
                     [&window](qint64 engagementId) {
                         if (auto* agreements = window.findChild<AgreementsArea*>()) {
                             window.setCurrentArea(agreements);
                             agreements->newAgreement(engagementId);
                         }
                     });
    if (ClientsPage* clients = window.clientsPage()) {
        auto* panel = new ClientEngagementsPanel(pipeline, clients);
        clients->addClientPanel(panel);
        QObject::connect(clients, &ClientsPage::clientShown, panel,
                         &ClientEngagementsPanel::showClient);
    }
}

} // namespace md
