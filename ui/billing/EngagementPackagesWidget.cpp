#include "billing/EngagementPackagesWidget.h"

#include "UiStyle.h"
#include "billing/BillingService.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace md {

EngagementPackagesWidget::EngagementPackagesWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("engagementPackagesWidget"));
    m_heading = new QLabel(tr("Packages"), this);
    ui::styleAsHeading(m_heading, 1.0);
    m_packages = new QListWidget(this);
    m_packages->setObjectName(QStringLiteral("engagementPackagesListWidget"));
    m_packages->setMaximumHeight(80);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_packages);
    reload();
}

void EngagementPackagesWidget::setBilling(BillingService* billing) {
    if (m_billing)
        disconnect(m_billing, nullptr, this, nullptr);
    m_billing = billing;
    if (m_billing)
        connect(m_billing, &BillingService::billingChanged, this,
                &EngagementPackagesWidget::reload);
    reload();
}

void EngagementPackagesWidget::showEngagement(qint64 engagementId) {
    m_engagementId = engagementId;
    reload();
}

void EngagementPackagesWidget::reload() {
    m_packages->clear();
    if (m_billing && m_engagementId > 0) {
        // credits() also assigns newly held sessions to the package, so the
        // page is current whenever it is shown.
        auto credits = m_billing->credits(m_engagementId);
        auto warnings = m_billing->creditWarnings(m_engagementId);
        const QLocale locale;
        const QDate today = m_billing->clock().today();
        if (!credits) {
            m_packages->addItem(credits.message());
        } else {
            for (const PackageCredit& credit : std::as_const(*credits)) {
                auto* item = new QListWidgetItem(
                    tr("%1: %2%3")
                        .arg(credit.sale.description, credit.usageText(locale),
                             credit.isExpired(today) ? tr(" (expired)") : QString()),
                    m_packages);
                item->setData(Qt::UserRole, credit.sale.id);
            }
        }
        if (warnings) {
            for (const CreditWarning& warning : std::as_const(*warnings)) {
                auto* item =
                    new QListWidgetItem(QStringLiteral("⚠ ") + warning.message, m_packages);
                item->setForeground(QColor(0xb0, 0x60, 0x00));
            }
        }
    }
    setVisible(m_packages->count() > 0);
}

} // namespace md
