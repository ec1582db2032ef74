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
    Status save(const InvoiceRecipient& recipient);

Q_SIGNALS:
    void recipientChanged(qint64 clientId);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
