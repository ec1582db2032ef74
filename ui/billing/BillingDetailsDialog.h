#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace md {

namespace Ui {
class BillingDetailsDialog;
}

class Workspace;
struct InvoiceRecipient;

// Edits what a client's invoices print under "BILL TO" (BillingDetailsDialog.ui):
// billing name (e.g. their company), postal address, tax id and invoice
// e-mail. Checked as you type by the same rule the CLI uses
// (InvoiceRecipient::validate); OK stays disabled while something is wrong,
// and saving errors keep the dialog open with the message.
class BillingDetailsDialog final : public QDialog {
    Q_OBJECT
public:
    BillingDetailsDialog(Workspace& workspace, qint64 clientId, QWidget* parent = nullptr);
    ~BillingDetailsDialog() override;

    // What the fields hold now, trimmed as it would be stored.
    InvoiceRecipient recipient() const;

    void accept() override;

private:
    void validate();
    void showError(const QString& message);

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Ui::BillingDetailsDialog> m_ui;
    qint64 m_clientId = 0;
};

} // namespace md
