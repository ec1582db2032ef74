#include "agreements/AgreementsAreas.h"

#include "MainWindow.h"
#include "agreements/AgreementsArea.h"
#include "agreements/EndingAgreementsWidget.h"
#include "pipeline/DashboardPage.h"

#include <QCoreApplication>
#include <QIcon>

namespace md {

void installAgreementsArea(MainWindow& window) {
    auto* area = new AgreementsArea(&window);
    window.addArea(QCoreApplication::translate("md::AgreementsArea", "Agreements"),
                   QIcon::fromTheme(QStringLiteral("document-edit")), area);
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
