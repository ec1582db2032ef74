#pragma once

#include "billing/Payment.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <functional>

namespace md {

class Database;

// Records money received and matches it to invoices (internal to
// BillingService, which runs the unit of work). A payment is allocated to
// the invoice it was made for (or, without one, to the client's open invoices,
// oldest due first); whatever remains is the client's credit balance, which
// issuing the next invoice uses (InvoiceRepository::issue).
class PaymentRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::PaymentRepository)
public:
    PaymentRepository(Database& database, const Clock& clock);

    // Stores the payment and allocates it, inside the caller's unit of work.
    // `invoiceId` 0 = to the client's open invoices. Returns the stored
    // payment; the invoices it paid go to `paidInvoices`, when given.
    Result<Payment> add(const Payment& payment, qint64 invoiceId = 0,
                        QSet<qint64>* paidInvoices = nullptr);
    // Deletes a payment and its allocations (a mistaken entry); the invoices
    // it had paid go to `paidInvoices`, when given.
    Status remove(qint64 paymentId, QSet<qint64>* paidInvoices = nullptr);
    Result<QList<PaymentRecord>> list(const PaymentQuery& query = {}) const;
    // The rows of list(query), in order, handed to `visit` as they are read
    // until it returns false; a read error ends it as an error.
    Status forEach(const PaymentQuery& query,
                   const std::function<bool(const PaymentRecord&)>& visit) const;
    Result<QList<PaymentAllocation>> allocationsFor(qint64 invoiceId) const;
    // The client's unallocated money, in `currency`.
    Result<Money> clientCredit(qint64 clientId, const QString& currency) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
