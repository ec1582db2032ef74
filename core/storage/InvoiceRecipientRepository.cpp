#include "storage/InvoiceRecipientRepository.h"

#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

InvoiceRecipientRepository::InvoiceRecipientRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<InvoiceRecipient> InvoiceRecipientRepository::get(qint64 clientId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT billing_name, address, tax_id, email "
                             "FROM client_billing_details WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the billing address"));
    InvoiceRecipient r;
    r.clientId = clientId;
    if (q.next()) {
        r.billingName = q.value(0).toString();
        r.address = q.value(1).toString();
        r.taxId = q.value(2).toString();
        r.email = q.value(3).toString();
    } else if (q.lastError().isValid()) {
        return Database::queryError(q, tr("Could not read the billing address"));
    }
    return r;
}

Status InvoiceRecipientRepository::save(const InvoiceRecipient& r) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO client_billing_details (client_id, "
                             "billing_name, address, tax_id, email, updated_utc) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.clientId);
    q.addBindValue(r.billingName);
    q.addBindValue(r.address);
    q.addBindValue(r.taxId);
    q.addBindValue(r.email);
    q.addBindValue(billingsql::isoUtc(m_clock.nowUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Could not save the billing address"));
    return {};
}

} // namespace md
