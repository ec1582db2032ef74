#pragma once

#include "billing/Payment.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

struct PaymentListFilter {
    qint64 clientId = 0;
    qint64 invoiceId = 0; // payments with an allocation to this invoice
    QDate from;
    QDate to;
};

// Records money received and matches it to invoices. A payment is allocated to
// the invoice it was made for (or, without one, to the client's open invoices,
// oldest due first); whatever remains is the client's credit balance, which
// issuing the next invoice uses (InvoiceRepository::issue).
class PaymentRepository final : public QObject {
    Q_OBJECT
public:
    using Filter = PaymentListFilter;

    PaymentRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Stores the payment and allocates it in one transaction. `invoiceId` 0 =
    // to the client's open invoices. Returns the stored payment.
    Result<Payment> add(const Payment& payment, qint64 invoiceId = 0);
    // Deletes a payment and its allocations (a mistaken entry).
    Status remove(qint64 paymentId);
    Result<QList<PaymentRecord>> list(const Filter& filter = {}) const;
    Result<QList<PaymentAllocation>> allocationsFor(qint64 invoiceId) const;
    // The client's unallocated money, in `currency`.
    Result<Money> clientCredit(qint64 clientId, const QString& currency) const;
    // Uses the client's credit for an issued invoice; returns what was applied.
    Result<Money> applyClientCredit(qint64 clientId, qint64 invoiceId, const QString& currency);

Q_SIGNALS:
    void paymentAdded(const md::Payment& payment);
    void paymentRemoved(qint64 id);
    void allocationsChanged(qint64 clientId);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
