#pragma once

#include "billing/Invoice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace md {

namespace Ui {
class PaymentDialog;
}

class ChangeSet;
class Workspace;

// Records a payment for an issued invoice: amount (prefilled with what is
// outstanding), date received, method and reference. Paying more than is owed
// is allowed; the dialog says that the rest becomes the client's credit. What
// is outstanding follows payments recorded elsewhere meanwhile.
class PaymentDialog final : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(Workspace& workspace, const InvoiceRecord& invoice, QWidget* parent = nullptr);
    ~PaymentDialog() override;

Q_SIGNALS:
    void recorded(qint64 paymentId);

private:
    void followChanges(const ChangeSet& changes);
    void showOutstanding();
    void updateHint();
    void record();

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Ui::PaymentDialog> m_ui;
    InvoiceRecord m_invoice;
};

} // namespace md
