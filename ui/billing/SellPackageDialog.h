#pragma once

#include "billing/BillingService.h"

#include <QDialog>

#include <memory>

namespace md {

namespace Ui {
class SellPackageDialog;
}

// Picks the engagement a package of the price list is sold to. The sale and
// its invoice draft are made by the caller (BillingService::sellPackageAndBill).
class SellPackageDialog final : public QDialog {
    Q_OBJECT
public:
    SellPackageDialog(const QList<EngagementPackages>& engagements, const QList<Offering>& packages,
                      QWidget* parent = nullptr);
    ~SellPackageDialog() override;

    qint64 engagementId() const;
    qint64 offeringId() const;

private:
    std::unique_ptr<Ui::SellPackageDialog> m_ui;
};

} // namespace md
