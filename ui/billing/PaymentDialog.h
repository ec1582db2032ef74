#pragma once

#include "billing/Invoice.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md {

class BillingService;

// Records a payment for an issued invoice: amount (prefilled with what is
// outstanding), date received, method and reference. Paying more than is owed
// is allowed; the dialog says that the rest becomes the client's credit.
class PaymentDialog final : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(BillingService& billing, const InvoiceRecord& invoice, QWidget* parent = nullptr);

Q_SIGNALS:
    void recorded(qint64 paymentId);

private:
    void updateHint();
    void record();

    QPointer<BillingService> m_billing;
    InvoiceRecord m_invoice;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace md
