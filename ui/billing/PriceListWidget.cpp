#include "billing/PriceListWidget.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "storage/OfferingRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

PriceListWidget::PriceListWidget(QWidget* parent)
    : QWidget(parent) {
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("priceListTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Price"), tr("Tax %"), tr("Terms")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addOfferingButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editOfferingButton"));
    m_toggle = new QPushButton(tr("Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleOfferingButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { edit(Offering()); });
    connect(m_edit, &QPushButton::clicked, this, &PriceListWidget::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PriceListWidget::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &PriceListWidget::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const Offering* o = selected();
        m_edit->setEnabled(o);
        m_toggle->setEnabled(o);
        m_toggle->setText(o && !o->active ? tr("Activate") : tr("Deactivate"));
    });
}

void PriceListWidget::setBilling(BillingService* billing) {
    if (m_billing)
        disconnect(&m_billing->offerings(), nullptr, this, nullptr);
    m_billing = billing;
    if (m_billing)
        connect(&m_billing->offerings(), &OfferingRepository::offeringsChanged, this,
                &PriceListWidget::reload);
    reload();
}

const Offering* PriceListWidget::selected() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_offerings.size() && !m_table->selectedItems().isEmpty()
               ? &m_offerings.at(row)
               : nullptr;
}

void PriceListWidget::reload() {
    m_table->setRowCount(0);
    m_offerings.clear();
    m_add->setEnabled(m_billing);
    m_edit->setEnabled(false);
    m_toggle->setEnabled(false);
    if (!m_billing)
        return;
    auto offerings = m_billing->offerings().list(true);
    if (!offerings)
        return;
    m_offerings = *offerings;
    const QLocale locale;
    for (const Offering& o : m_offerings) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString terms;
        if (o.kind == OfferingKind::Package)
            terms = o.validityMonths > 0
                        ? tr("%n session(s), valid %1 months", nullptr, o.sessionCount)
                              .arg(o.validityMonths)
                        : tr("%n session(s), no expiry", nullptr, o.sessionCount);
        else if (o.kind == OfferingKind::Retainer)
            terms = tr("per month");
        const QStringList texts{o.active ? o.name : tr("%1 (inactive)").arg(o.name),
                                offeringKindLabel(o.kind), o.price.format(locale),
                                InvoiceMath::formatRatePercent(o.taxRateBasisPoints, locale),
                                terms};
        for (int column = 0; column < texts.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
}

void PriceListWidget::editSelected() {
    if (const Offering* o = selected())
        edit(*o);
}

void PriceListWidget::edit(const Offering& offering) {
    if (!m_billing)
        return;
    const auto settings = m_billing->businessSettings();
    const QString currency = settings ? settings->currency : QStringLiteral("EUR");
    Offering initial = offering;
    if (initial.id == 0 && settings) // a new entry starts at the rate new invoice lines get
        initial.taxRateBasisPoints = settings->defaultRateBasisPoints();
    auto* dialog = new OfferingDialog(initial, currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto entered = dialog->offering();
        if (!entered || !m_billing)
            return;
        auto stored = entered->id == 0 ? m_billing->offerings().add(*entered)
                                       : m_billing->offerings().update(*entered);
        Q_EMIT statusMessage(stored ? tr("Saved \"%1\".").arg(stored->name) : stored.message());
    });
    dialog->open();
}

void PriceListWidget::toggleActive() {
    const Offering* o = selected();
    if (!o || !m_billing)
        return;
    Offering changed = *o;
    changed.active = !changed.active;
    auto stored = m_billing->offerings().update(changed);
    if (!stored)
        Q_EMIT statusMessage(stored.message());
}

OfferingDialog::OfferingDialog(const Offering& offering, const QString& currency, QWidget* parent)
    : QDialog(parent)
    , m_offering(offering)
    , m_currency(offering.price.currency().isEmpty() ? currency : offering.price.currency()) {
    setObjectName(QStringLiteral("offeringDialog"));
    setWindowTitle(offering.id == 0 ? tr("New price-list entry") : tr("Edit price-list entry"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (OfferingKind kind : allOfferingKinds())
        m_kind->addItem(offeringKindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(offering.kind)));
    m_name = new QLineEdit(offering.name, this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_price = new QLineEdit(offering.id ? offering.price.toDecimalString() : QString(), this);
    m_price->setObjectName(QStringLiteral("priceLineEdit"));
    m_rate = new QLineEdit(InvoiceMath::formatRatePercent(offering.taxRateBasisPoints), this);
    m_rate->setObjectName(QStringLiteral("rateLineEdit"));
    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("sessionsSpinBox"));
    m_sessions->setRange(1, 1000);
    m_sessions->setValue(offering.sessionCount);
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("monthsSpinBox"));
    m_months->setRange(0, 120);
    m_months->setSpecialValueText(tr("no expiry"));
    m_months->setValue(offering.validityMonths);
    m_active = new QCheckBox(tr("Offered"), this);
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setChecked(offering.active);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    ui::styleAsError(m_error);

    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Price before tax (%1):").arg(m_currency), m_price);
    form->addRow(tr("Tax rate (%):"), m_rate);
    form->addRow(tr("Sessions in the package:"), m_sessions);
    form->addRow(tr("Valid for (months):"), m_months);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OfferingDialog::updateFields);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        auto entered = this->offering();
        if (!entered) {
            ui::setErrorText(m_error, entered.message());
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void OfferingDialog::updateFields() {
    const bool package = OfferingKind(m_kind->currentData().toInt()) == OfferingKind::Package;
    m_sessions->setEnabled(package);
    m_months->setEnabled(package);
}

Result<Offering> OfferingDialog::offering() const {
    Offering o = m_offering;
    o.kind = OfferingKind(m_kind->currentData().toInt());
    o.name = m_name->text().trimmed();
    auto price = Money::parse(m_price->text(), m_currency);
    if (!price)
        return price.error();
    auto rate = InvoiceMath::parseRatePercent(m_rate->text());
    if (!rate)
        return rate.error();
    o.price = *price;
    o.taxRateBasisPoints = *rate;
    o.sessionCount = o.kind == OfferingKind::Package ? m_sessions->value() : 1;
    o.validityMonths = o.kind == OfferingKind::Package ? m_months->value() : 0;
    o.active = m_active->isChecked();
    if (Status ok = OfferingRepository::validate(o); !ok)
        return ok.error();
    return o;
}

} // namespace md
