#include "billing/EngagementPackagesWidget.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "billing/PackageListModel.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace md {

EngagementPackagesWidget::EngagementPackagesWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("engagementPackagesWidget"));
    m_heading = new QLabel(tr("Packages"), this);
    ui::styleAsHeading(m_heading, 1.0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("packagesErrorLabel"));
    ui::styleAsError(m_error);
    m_packages = new PackageListModel(false, this);
    m_packagesView = new QListView(this);
    m_packagesView->setObjectName(QStringLiteral("engagementPackagesListView"));
    m_packagesView->setModel(m_packages);
    m_packagesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_packagesView->setMaximumHeight(80);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_packagesView);
    reload();
}

void EngagementPackagesWidget::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &EngagementPackagesWidget::followChanges);
    reload();
}

void EngagementPackagesWidget::showEngagement(qint64 engagementId) {
    m_engagementId = engagementId;
    reload();
}

void EngagementPackagesWidget::followChanges(const ChangeSet& changes) {
    // A sale, a credit used or given back, the sale billed, or the policy
    // that decides which sessions use a credit.
    if (m_engagementId > 0 &&
        changes.touchesAny({RecordKind::PackageSale, RecordKind::Invoice, RecordKind::Engagement,
                            RecordKind::BusinessSettings}))
        reload();
}

void EngagementPackagesWidget::reload() {
    ui::setErrorText(m_error, QString());
    if (!m_workspace || m_engagementId <= 0) {
        m_packages->clear();
        setVisible(false);
        return;
    }
    BillingService& billing = m_workspace->billing();
    auto credits = billing.credits(m_engagementId);
    auto warnings = billing.creditWarnings(m_engagementId);
    if (!credits || !warnings) {
        m_packages->clear();
        if (credits.code() == ErrorCode::NotFound) { // deleted meanwhile
            setVisible(false);
            return;
        }
        ui::setErrorText(m_error, !credits ? credits.message() : warnings.message());
        setVisible(true);
        return;
    }
    EngagementPackages packages;
    packages.engagementId = m_engagementId;
    packages.credits = *credits;
    packages.warnings = *warnings;
    m_packages->setPackages({packages}, m_workspace->clock().today());
    setVisible(m_packages->rowCount() > 0);
}

} // namespace md
