#include "billing/OfferingDialog.h"

#include "ui_OfferingDialog.h"

#include "UiStyle.h"
#include "billing/InvoiceMath.h"

#include <QPushButton>

namespace md {

OfferingDialog::OfferingDialog(const Offering& offering, const QString& currency, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OfferingDialog>())
    , m_offering(offering)
    , m_currency(offering.price.currency().isEmpty() ? currency : offering.price.currency()) {
    m_ui->setupUi(this);
    setWindowTitle(offering.id == 0 ? tr("New price-list entry") : tr("Edit price-list entry"));
    ui::styleAsError(m_ui->errorLabel);
    m_ui->offeringButtonBox->button(QDialogButtonBox::Save)
        ->setObjectName(QStringLiteral("saveButton"));
    for (OfferingKind kind : allOfferingKinds())
        m_ui->kindComboBox->addItem(offeringKindLabel(kind), int(kind));
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(offering.kind)));
    m_ui->nameLineEdit->setText(offering.name);
    m_ui->priceLabel->setText(tr("&Price before tax (%1):").arg(m_currency));
    m_ui->priceLineEdit->setText(offering.id ? offering.price.formatForInput() : QString());
    m_ui->rateLineEdit->setText(InvoiceMath::formatRatePercent(offering.taxRateBasisPoints));
    m_ui->sessionsSpinBox->setValue(offering.sessionCount);
    m_ui->monthsSpinBox->setValue(offering.validityMonths);
    m_ui->activeCheckBox->setChecked(offering.active);

    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this,
            &OfferingDialog::updateFields);
    connect(m_ui->offeringButtonBox, &QDialogButtonBox::accepted, this, [this] {
        auto entered = this->offering();
        if (!entered) {
            ui::setErrorText(m_ui->errorLabel, entered.message());
            return;
        }
        accept();
    });
    connect(m_ui->offeringButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

OfferingDialog::~OfferingDialog() = default;

void OfferingDialog::updateFields() {
    const bool package =
        OfferingKind(m_ui->kindComboBox->currentData().toInt()) == OfferingKind::Package;
    m_ui->sessionsSpinBox->setEnabled(package);
    m_ui->monthsSpinBox->setEnabled(package);
}

Result<Offering> OfferingDialog::offering() const {
    Offering o = m_offering;
    o.kind = OfferingKind(m_ui->kindComboBox->currentData().toInt());
    o.name = m_ui->nameLineEdit->text().trimmed();
    auto price = Money::parseInput(m_ui->priceLineEdit->text(), m_currency);
    if (!price)
        return price.error();
    auto rate = InvoiceMath::parseRatePercent(m_ui->rateLineEdit->text());
    if (!rate)
        return rate.error();
    o.price = *price;
    o.taxRateBasisPoints = *rate;
    o.sessionCount = o.kind == OfferingKind::Package ? m_ui->sessionsSpinBox->value() : 1;
    o.validityMonths = o.kind == OfferingKind::Package ? m_ui->monthsSpinBox->value() : 0;
    o.active = m_ui->activeCheckBox->isChecked();
    if (Status ok = o.validate(); !ok)
        return ok.error();
    return o;
}

} // namespace md
