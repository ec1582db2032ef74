#include "billing/SellPackageDialog.h"

#include "ui_SellPackageDialog.h"

#include "UiStyle.h"

namespace md {

SellPackageDialog::SellPackageDialog(const QList<EngagementPackages>& engagements,
                                     const QList<Offering>& packages, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SellPackageDialog>()) {
    m_ui->setupUi(this);
    ui::styleAsSecondary(m_ui->noteLabel);
    for (const EngagementPackages& engagement : engagements)
        m_ui->engagementComboBox->addItem(engagement.title, engagement.engagementId);
    for (const Offering& o : packages)
        m_ui->packageComboBox->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.price.format()),
                                       o.id);
}

SellPackageDialog::~SellPackageDialog() = default;

qint64 SellPackageDialog::engagementId() const {
    return m_ui->engagementComboBox->currentData().toLongLong();
}

qint64 SellPackageDialog::offeringId() const {
    return m_ui->packageComboBox->currentData().toLongLong();
}

} // namespace md
