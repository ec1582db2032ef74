#include "agreements/AgreementsAreas.h"

#include "MainWindow.h"
#include "agreements/AgreementsArea.h"

#include <QCoreApplication>
#include <QIcon>

namespace md {

void installAgreementsArea(MainWindow& window) {
    window.addArea(QCoreApplication::translate("md::AgreementsArea", "Agreements"),
                   QIcon::fromTheme(QStringLiteral("document-edit")), new AgreementsArea(&window));
}

} // namespace md
