#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md {

class BillingService;
struct InvoiceRecipient;

// Edits what a client's invoices print under "BILL TO": billing name (e.g.
// their company), postal address, tax id and invoice e-mail. Checked as you
// type by the same rule the CLI uses (InvoiceRecipientRepository::validate);
// OK stays disabled while something is wrong, and saving errors keep the
// dialog open with the message.
class BillingDetailsDialog final : public QDialog {
    Q_OBJECT
public:
    BillingDetailsDialog(BillingService& billing, qint64 clientId, QWidget* parent = nullptr);

    // What the fields hold now, trimmed as it would be stored.
    InvoiceRecipient recipient() const;

    void accept() override;

private:
    void validate();

    QPointer<BillingService> m_billing;
    qint64 m_clientId = 0;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_taxId = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace md
