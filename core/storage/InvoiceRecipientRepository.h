#pragma once

#include "billing/InvoiceRecipient.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace md {

class Database;

// Stores each client's InvoiceRecipient (table client_billing_details).
// Internal to BillingService, which validates and runs the unit of work.
class InvoiceRecipientRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceRecipientRepository)
public:
    InvoiceRecipientRepository(Database& database, const Clock& clock);

    // Empty fields when none were saved.
    Result<InvoiceRecipient> get(qint64 clientId) const;
    // Stores the recipient as given (the caller validated and normalised it).
    Status save(const InvoiceRecipient& recipient);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
