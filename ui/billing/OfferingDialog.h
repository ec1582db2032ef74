#pragma once

#include "billing/Offering.h"
#include "common/Result.h"

#include <QDialog>

#include <memory>

namespace md {

namespace Ui {
class OfferingDialog;
}

// Adds or edits one price-list entry (OfferingDialog.ui). The entry is
// checked by the core's rule (Offering::validate) before the dialog closes;
// the caller stores it through BillingService.
class OfferingDialog final : public QDialog {
    Q_OBJECT
public:
    OfferingDialog(const Offering& offering, const QString& currency, QWidget* parent = nullptr);
    ~OfferingDialog() override;
    // The entry as entered, or an error for the first bad field.
    Result<Offering> offering() const;

private:
    void updateFields();

    std::unique_ptr<Ui::OfferingDialog> m_ui;
    Offering m_offering;
    QString m_currency;
};

} // namespace md
