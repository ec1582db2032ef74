#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

namespace md {

class Database;

// Who an invoice is addressed to: a client's billing name (a company, or the
// client), postal address, tax id and invoice e-mail. Kept beside the client
// profile, which has no address.
struct InvoiceRecipient {
    qint64 clientId = 0;
    QString billingName; // empty = the client's full name
    QString address;     // several lines
    QString taxId;
    QString email; // empty = the client's e-mail
};

class InvoiceRecipientRepository final : public QObject {
    Q_OBJECT
public:
    InvoiceRecipientRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Empty fields when none were saved.
    Result<InvoiceRecipient> get(qint64 clientId) const;
    // Trims and validates, then stores; InvalidInput names the bad field.
    Status save(const InvoiceRecipient& recipient);
    // Lengths the invoice layout can hold, a plausible tax id and e-mail.
    // The CLI and the billing details dialog check through this one rule.
    static Status validate(const InvoiceRecipient& recipient);

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxAddressLines = 8;
    static constexpr int kMaxAddressLineLength = 120;
    static constexpr int kMaxTaxIdLength = 40;

Q_SIGNALS:
    void recipientChanged(qint64 clientId);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
