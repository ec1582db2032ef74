#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace md {

// Who an invoice is addressed to: a client's billing name (a company, or the
// client), postal address, tax id and invoice e-mail. Kept beside the client
// profile, which has no address.
struct InvoiceRecipient {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceRecipient)
public:
    qint64 clientId = 0;
    QString billingName; // empty = the client's full name
    QString address;     // several lines
    QString taxId;
    QString email; // empty = the client's e-mail

    // Lengths the invoice layout can hold, a plausible tax id and e-mail;
    // InvalidInput names the bad field. The CLI, the billing details dialog
    // and BillingService::saveRecipient check through this one rule.
    Status validate() const;
    // As stored: trimmed, each address line trimmed.
    InvoiceRecipient normalised() const;

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxAddressLines = 8;
    static constexpr int kMaxAddressLineLength = 120;
    static constexpr int kMaxTaxIdLength = 40;
};

} // namespace md
