#include "billing/BillingDetailsDialog.h"

#include "billing/BillingService.h"
#include "storage/InvoiceRecipientRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

BillingDetailsDialog::BillingDetailsDialog(BillingService& billing, qint64 clientId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_billing(&billing)
    , m_clientId(clientId) {
    setObjectName(QStringLiteral("billingDetailsDialog"));
    setWindowTitle(tr("Billing details"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("billingNameLineEdit"));
    m_name->setMaxLength(InvoiceRecipientRepository::kMaxNameLength);
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("billingAddressPlainTextEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Street and number\nPostcode and city\nCountry"));
    m_taxId = new QLineEdit(this);
    m_taxId->setObjectName(QStringLiteral("taxIdLineEdit"));
    m_taxId->setMaxLength(InvoiceRecipientRepository::kMaxTaxIdLength);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("invoiceEmailLineEdit"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("billingDetailsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveBillingButton"));

    auto* hint = new QLabel(tr("Printed under \"BILL TO\" on invoices issued from now on. Leave "
                               "the billing name empty to use the client's name."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Billing &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Tax ID:"), m_taxId);
    form->addRow(tr("Invoice &e-mail:"), m_email);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (auto stored = billing.recipients().get(clientId)) {
        m_name->setText(stored->billingName);
        m_address->setPlainText(stored->address);
        m_taxId->setText(stored->taxId);
        m_email->setText(stored->email);
    } else {
        m_error->setText(stored.message());
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BillingDetailsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BillingDetailsDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BillingDetailsDialog::validate);
    connect(m_address, &QPlainTextEdit::textChanged, this, &BillingDetailsDialog::validate);
    connect(m_taxId, &QLineEdit::textChanged, this, &BillingDetailsDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &BillingDetailsDialog::validate);
    validate();
}

InvoiceRecipient BillingDetailsDialog::recipient() const {
    InvoiceRecipient r;
    r.clientId = m_clientId;
    r.billingName = m_name->text().trimmed();
    r.address = m_address->toPlainText().trimmed();
    r.taxId = m_taxId->text().trimmed();
    r.email = m_email->text().trimmed();
    return r;
}

void BillingDetailsDialog::validate() {
    const Status ok = InvoiceRecipientRepository::validate(recipient());
    m_error->setText(ok.message());
    m_error->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok.ok());
}

void BillingDetailsDialog::accept() {
    if (!m_billing)
        return reject();
    const Status saved = m_billing->recipients().save(recipient());
    if (!saved) {
        m_error->setText(saved.message());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace md
