#include "billing/PaymentDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

PaymentDialog::PaymentDialog(BillingService& billing, const InvoiceRecord& invoice, QWidget* parent)
    : QDialog(parent)
    , m_billing(&billing)
    , m_invoice(invoice) {
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record payment for %1").arg(invoice.invoice.number));
    const Money outstanding = invoice.outstanding();

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setText(outstanding.isPositive() ? outstanding.toDecimalString() : QString());
    m_date = new QDateEdit(billing.clock().today(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(billing.clock().today().addDays(1));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    for (PaymentMethod method : allPaymentMethods())
        m_method->addItem(paymentMethodLabel(method), int(method));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("Bank reference or receipt number"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    ui::styleAsSecondary(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    ui::styleAsError(m_error);

    auto* form = new QFormLayout;
    form->addRow(tr("Client:"), new QLabel(invoice.clientName, this));
    form->addRow(tr("Outstanding:"), new QLabel(outstanding.format(), this));
    form->addRow(tr("Amount (%1):").arg(invoice.invoice.currency), m_amount);
    form->addRow(tr("Received on:"), m_date);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Reference:"), m_reference);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Record payment"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateHint);
    connect(m_save, &QPushButton::clicked, this, &PaymentDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHint();
}

void PaymentDialog::updateHint() {
    const auto amount = Money::parse(m_amount->text(), m_invoice.invoice.currency);
    m_save->setEnabled(amount.ok() && amount->isPositive());
    if (!amount) {
        m_hint->clear();
        ui::setErrorText(m_error, m_amount->text().isEmpty() ? QString() : amount.message());
        return;
    }
    ui::setErrorText(m_error, QString());
    const Money outstanding = m_invoice.outstanding();
    if (*amount > outstanding && outstanding.minorUnits() >= 0)
        m_hint->setText(tr("%1 more than is owed: it becomes %2's credit and is used by the "
                           "next invoice.")
                            .arg((*amount - outstanding).format(), m_invoice.clientName));
    else if (*amount < outstanding)
        m_hint->setText(
            tr("A partial payment: %1 stays open.").arg((outstanding - *amount).format()));
    else
        m_hint->setText(tr("Pays the invoice in full."));
}

void PaymentDialog::record() {
    if (!m_billing)
        return;
    const auto amount = Money::parse(m_amount->text(), m_invoice.invoice.currency);
    if (!amount) {
        ui::setErrorText(m_error, amount.message());
        return;
    }
    auto payment =
        m_billing->addPayment(m_invoice.invoice.id, *amount, m_date->date(),
                              PaymentMethod(m_method->currentData().toInt()), m_reference->text());
    if (!payment) {
        ui::setErrorText(m_error, payment.message());
        return;
    }
    Q_EMIT recorded(payment->id);
    accept();
}

} // namespace md
