#include "billing/PaymentDialog.h"

#include "ui_PaymentDialog.h"

#include "UiStyle.h"
#include "billing/BillingService.h"
#include "common/ChangeNotifier.h"
#include "workspace/Workspace.h"

namespace md {

PaymentDialog::PaymentDialog(Workspace& workspace, const InvoiceRecord& invoice, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_ui(std::make_unique<Ui::PaymentDialog>())
    , m_invoice(invoice) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Record payment for %1").arg(invoice.invoice.number));
    ui::styleAsSecondary(m_ui->hintLabel);
    ui::styleAsError(m_ui->errorLabel);
    m_ui->clientLabel->setText(invoice.clientName);
    m_ui->amountLabel->setText(tr("&Amount (%1):").arg(invoice.invoice.currency));
    const Money outstanding = invoice.outstanding();
    m_ui->amountLineEdit->setText(outstanding.isPositive() ? outstanding.formatForInput()
                                                           : QString());
    const QDate today = workspace.clock().today();
    m_ui->dateEdit->setDate(today);
    m_ui->dateEdit->setMaximumDate(today.addDays(1));
    for (PaymentMethod method : allPaymentMethods())
        m_ui->methodComboBox->addItem(paymentMethodLabel(method), int(method));
    showOutstanding();

    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &PaymentDialog::updateHint);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PaymentDialog::record);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&workspace.changes(), &ChangeNotifier::changed, this, &PaymentDialog::followChanges);
    updateHint();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::followChanges(const ChangeSet& changes) {
    if (!m_workspace ||
        !(changes.external() || changes.ids(RecordKind::Invoice).contains(m_invoice.invoice.id)))
        return;
    // Another payment or a credit note meanwhile: what is owed changed.
    if (auto current = m_workspace->billing().record(m_invoice.invoice.id)) {
        m_invoice = *current;
        showOutstanding();
        updateHint();
    }
}

void PaymentDialog::showOutstanding() {
    m_ui->outstandingLabel->setText(m_invoice.outstanding().format());
}

void PaymentDialog::updateHint() {
    const auto amount = Money::parseInput(m_ui->amountLineEdit->text(), m_invoice.invoice.currency);
    m_ui->saveButton->setEnabled(amount.ok() && amount->isPositive());
    if (!amount) {
        m_ui->hintLabel->clear();
        ui::setErrorText(m_ui->errorLabel,
                         m_ui->amountLineEdit->text().isEmpty() ? QString() : amount.message());
        return;
    }
    ui::setErrorText(m_ui->errorLabel, QString());
    const Money outstanding = m_invoice.outstanding();
    if (*amount > outstanding && outstanding.minorUnits() >= 0)
        m_ui->hintLabel->setText(tr("%1 more than is owed: it becomes %2's credit and is used by "
                                    "the next invoice.")
                                     .arg((*amount - outstanding).format(), m_invoice.clientName));
    else if (*amount < outstanding)
        m_ui->hintLabel->setText(
            tr("A partial payment: %1 stays open.").arg((outstanding - *amount).format()));
    else
        m_ui->hintLabel->setText(tr("Pays the invoice in full."));
}

void PaymentDialog::record() {
    if (!m_workspace)
        return;
    const auto amount = Money::parseInput(m_ui->amountLineEdit->text(), m_invoice.invoice.currency);
    if (!amount) {
        ui::setErrorText(m_ui->errorLabel, amount.message());
        return;
    }
    auto payment = m_workspace->billing().addPayment(
        m_invoice.invoice.id, *amount, m_ui->dateEdit->date(),
        PaymentMethod(m_ui->methodComboBox->currentData().toInt()),
        m_ui->referenceLineEdit->text());
    if (!payment) {
        ui::setErrorText(m_ui->errorLabel, payment.message());
        return;
    }
    Q_EMIT recorded(payment->id);
    accept();
}

} // namespace md
