#include "billing/BillingDetailsDialog.h"

#include "ui_BillingDetailsDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "workspace/Workspace.h"

#include <QPushButton>

namespace md {

BillingDetailsDialog::BillingDetailsDialog(Workspace& workspace, qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_ui(std::make_unique<Ui::BillingDetailsDialog>())
    , m_clientId(clientId) {
    m_ui->setupUi(this);
    ui::styleAsError(m_ui->billingDetailsErrorLabel);
    m_ui->billingNameLineEdit->setMaxLength(InvoiceRecipient::kMaxNameLength);
    m_ui->taxIdLineEdit->setMaxLength(InvoiceRecipient::kMaxTaxIdLength);
    m_ui->detailsButtonBox->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("saveBillingButton"));

    if (auto stored = workspace.billing().recipient(clientId)) {
        m_ui->billingNameLineEdit->setText(stored->billingName);
        m_ui->billingAddressPlainTextEdit->setPlainText(stored->address);
        m_ui->taxIdLineEdit->setText(stored->taxId);
        m_ui->invoiceEmailLineEdit->setText(stored->email);
    } else {
        showError(stored.message());
    }
    connect(m_ui->detailsButtonBox, &QDialogButtonBox::accepted, this,
            &BillingDetailsDialog::accept);
    connect(m_ui->detailsButtonBox, &QDialogButtonBox::rejected, this,
            &BillingDetailsDialog::reject);
    for (QLineEdit* edit :
         {m_ui->billingNameLineEdit, m_ui->taxIdLineEdit, m_ui->invoiceEmailLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &BillingDetailsDialog::validate);
    connect(m_ui->billingAddressPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &BillingDetailsDialog::validate);
    validate();
}

BillingDetailsDialog::~BillingDetailsDialog() = default;

InvoiceRecipient BillingDetailsDialog::recipient() const {
    InvoiceRecipient r;
    r.clientId = m_clientId;
    r.billingName = m_ui->billingNameLineEdit->text();
    r.address = m_ui->billingAddressPlainTextEdit->toPlainText();
    r.taxId = m_ui->taxIdLineEdit->text();
    r.email = m_ui->invoiceEmailLineEdit->text();
    return r.normalised();
}

void BillingDetailsDialog::showError(const QString& message) {
    ui::setErrorText(m_ui->billingDetailsErrorLabel, message);
}

void BillingDetailsDialog::validate() {
    const Status ok = recipient().validate();
    showError(ok.message());
    m_ui->detailsButtonBox->button(QDialogButtonBox::Ok)->setEnabled(ok.ok());
}

void BillingDetailsDialog::accept() {
    if (!m_workspace)
        return reject();
    const Status saved = m_workspace->billing().saveRecipient(recipient());
    if (!saved) {
        showError(saved.message());
        return;
    }
    QDialog::accept();
}

} // namespace md
