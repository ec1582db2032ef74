#include "storage/InvoiceRecipientRepository.h"

#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace md {

InvoiceRecipientRepository::InvoiceRecipientRepository(Database& database, const Clock& clock,
                                                       QObject* parent)
    : QObject(parent)
    , m_database(database)
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
    }
    return r;
}

Status InvoiceRecipientRepository::validate(const InvoiceRecipient& r) {
    if (r.clientId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose a client."));
    if (r.billingName.trimmed().size() > kMaxNameLength)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The billing name is longer than %n character(s).", nullptr, kMaxNameLength));
    const QStringList lines = r.address.trimmed().split(u'\n');
    if (lines.size() > kMaxAddressLines)
        return makeError(ErrorCode::InvalidInput,
                         tr("The address has more than %n line(s).", nullptr, kMaxAddressLines));
    for (const QString& line : lines) {
        if (line.trimmed().size() > kMaxAddressLineLength)
            return makeError(ErrorCode::InvalidInput,
                             tr("An address line is longer than %n character(s).", nullptr,
                                kMaxAddressLineLength));
    }
    // VAT ids and tax numbers: letters, digits and the usual separators.
    static const QRegularExpression taxId(QStringLiteral("^[A-Za-z0-9 ./-]*$"));
    const QString tax = r.taxId.trimmed();
    if (tax.size() > kMaxTaxIdLength || !taxId.match(tax).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not a tax id: use letters, digits, spaces, '.', '/' or '-', "
                            "at most %2 characters.")
                             .arg(tax)
                             .arg(kMaxTaxIdLength));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = r.email.trimmed();
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("'%1' is not an e-mail address.").arg(mail));
    return {};
}

Status InvoiceRecipientRepository::save(const InvoiceRecipient& r) {
    if (Status ok = validate(r); !ok)
        return ok;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO client_billing_details (client_id, "
                             "billing_name, address, tax_id, email, updated_utc) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.clientId);
    q.addBindValue(r.billingName.trimmed());
    QStringList lines = r.address.trimmed().split(u'\n');
    for (QString& line : lines)
        line = line.trimmed();
    q.addBindValue(lines.join(u'\n'));
    q.addBindValue(r.taxId.trimmed());
    q.addBindValue(r.email.trimmed());
    q.addBindValue(billingsql::isoUtc(m_clock.nowUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Could not save the billing address"));
    Q_EMIT recipientChanged(r.clientId);
    return {};
}

} // namespace md
