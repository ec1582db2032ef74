#include "storage/PaymentRepository.h"

#include "billing/Currency.h"
#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using billingsql::dateFrom;
using billingsql::dateValue;
using billingsql::isoUtc;

PaymentRepository::PaymentRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Payment> PaymentRepository::add(const Payment& input, qint64 invoiceId,
                                       QSet<qint64>* paidInvoices) {
    if (input.clientId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the client who paid."));
    if (!input.amount.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("A payment must be more than zero."));
    if (!Currency::isValidCode(input.amount.currency()))
        return makeError(ErrorCode::InvalidInput, tr("The payment has no valid currency."));
    if (!input.receivedOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Enter the date the payment was received."));
    if (input.receivedOn > m_clock.today().addDays(1))
        return makeError(ErrorCode::InvalidInput,
                         tr("A payment cannot be received in the future."));

    Payment payment = input;
    payment.createdUtc = m_clock.nowUtc();
    const QSqlDatabase db = m_database.connection();
    const auto store = [&]() -> Status {
        if (invoiceId > 0) {
            QSqlQuery check(db);
            check.prepare(QStringLiteral(
                "SELECT client_id, currency, kind, number FROM invoices WHERE id = ?"));
            check.addBindValue(invoiceId);
            if (!check.exec())
                return Database::queryError(check, tr("Could not read the invoice"));
            if (!check.next()) {
                if (check.lastError().isValid())
                    return Database::queryError(check, tr("Could not read the invoice"));
                return makeError(ErrorCode::NotFound,
                                 tr("There is no invoice with id %1.").arg(invoiceId));
            }
            if (check.value(0).toLongLong() != payment.clientId)
                return makeError(ErrorCode::InvalidInput,
                                 tr("The invoice belongs to another client."));
            if (check.value(1).toString() != payment.amount.currency())
                return makeError(ErrorCode::InvalidInput,
                                 tr("The payment is in %1 but the invoice in %2.")
                                     .arg(payment.amount.currency(), check.value(1).toString()));
            if (check.value(2).toString() != QLatin1String("invoice") || check.isNull(3))
                return makeError(ErrorCode::Refused,
                                 tr("Payments can only be recorded for issued invoices."));
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO payments (client_id, received_on, amount_minor, currency, method, "
            "reference, note, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(payment.clientId);
        insert.addBindValue(dateValue(payment.receivedOn));
        insert.addBindValue(payment.amount.minorUnits());
        insert.addBindValue(payment.amount.currency());
        insert.addBindValue(paymentMethodKey(payment.method));
        insert.addBindValue(payment.reference.trimmed());
        insert.addBindValue(payment.note);
        insert.addBindValue(isoUtc(payment.createdUtc));
        if (!insert.exec())
            return Database::queryError(insert, tr("Could not record the payment"));
        payment.id = insert.lastInsertId().toLongLong();

        qint64 available = payment.amount.minorUnits();
        QList<qint64> targets;
        if (invoiceId > 0) {
            targets.append(invoiceId);
        } else {
            // No invoice named: settle the client's open invoices, oldest due
            // date first, as a bank statement reconciliation would.
            QSqlQuery open(db);
            open.prepare(QStringLiteral("SELECT i.id FROM invoices i WHERE i.client_id = ? "
                                        "AND i.kind = 'invoice' AND i.number IS NOT NULL "
                                        "AND i.currency = ? AND i.total_minor - %1 - %2 > 0 "
                                        "ORDER BY i.due_date, i.number_seq")
                             .arg(billingsql::creditedExpression(), billingsql::paidExpression()));
            open.addBindValue(payment.clientId);
            open.addBindValue(payment.amount.currency());
            if (!open.exec())
                return Database::queryError(open, tr("Could not read the open invoices"));
            while (open.next())
                targets.append(open.value(0).toLongLong());
            if (open.lastError().isValid())
                return Database::queryError(open, tr("Could not read the open invoices"));
        }
        for (qint64 target : targets) {
            if (available <= 0)
                break;
            auto allocated = billingsql::allocate(db, m_clock, payment.id, target, available);
            if (!allocated)
                return allocated.error();
            available -= *allocated;
            if (*allocated > 0 && paidInvoices)
                paidInvoices->insert(target);
        }
        // Whatever is left stays unallocated: the client's credit balance.
        return {};
    };
    if (Status saved = store(); !saved)
        return saved.error();
    return payment;
}

Status PaymentRepository::remove(qint64 paymentId, QSet<qint64>* paidInvoices) {
    QSqlQuery find(m_database.connection());
    find.prepare(QStringLiteral("SELECT p.id, a.invoice_id FROM payments p "
                                "LEFT JOIN payment_allocations a ON a.payment_id = p.id "
                                "WHERE p.id = ?"));
    find.addBindValue(paymentId);
    if (!find.exec())
        return Database::queryError(find, tr("Could not read the payment"));
    bool found = false;
    while (find.next()) {
        found = true;
        if (paidInvoices && !find.isNull(1))
            paidInvoices->insert(find.value(1).toLongLong());
    }
    if (find.lastError().isValid())
        return Database::queryError(find, tr("Could not read the payment"));
    if (!found)
        return makeError(ErrorCode::NotFound, tr("There is no payment with id %1.").arg(paymentId));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM payments WHERE id = ?"));
    query.addBindValue(paymentId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the payment"));
    return {};
}

Result<QList<PaymentRecord>> PaymentRepository::list(const PaymentQuery& filter) const {
    QList<PaymentRecord> records;
    const Status read = forEach(filter, [&records](const PaymentRecord& r) {
        records.append(r);
        return true;
    });
    if (!read)
        return read.error();
    return records;
}

Status PaymentRepository::forEach(const PaymentQuery& filter,
                                  const std::function<bool(const PaymentRecord&)>& visit) const {
    QStringList where{QStringLiteral("1")};
    QVariantList binds;
    if (filter.clientId > 0) {
        where << QStringLiteral("p.client_id = ?");
        binds << filter.clientId;
    }
    if (filter.invoiceId > 0) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM payment_allocations x "
                                "WHERE x.payment_id = p.id AND x.invoice_id = ?)");
        binds << filter.invoiceId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("p.received_on >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("p.received_on <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // In the order of payments_by_date (006_bounded_reads.sql): no sort.
    query.prepare(
        QStringLiteral(
            "SELECT p.id, p.client_id, p.received_on, p.amount_minor, p.currency, p.method, "
            "p.reference, p.note, p.created_utc, %2, "
            "COALESCE((SELECT SUM(a.amount_minor) FROM payment_allocations a "
            "WHERE a.payment_id = p.id), 0), "
            // In the order the payment was allocated: group_concat keeps the
            // order of an ordered subquery, not that of any index.
            "(SELECT group_concat(n, char(10)) FROM (SELECT i.number AS n FROM "
            "payment_allocations a JOIN invoices i ON i.id = a.invoice_id "
            "WHERE a.payment_id = p.id ORDER BY a.id)) "
            "FROM payments p JOIN %3 ON cl.id = p.client_id WHERE %1 "
            "ORDER BY p.received_on, p.id")
            .arg(where.join(QStringLiteral(" AND ")), clientDisplayNameSql(QStringLiteral("cl")),
                 clientNamesTable(QStringLiteral("cl"))));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the payments"));
    while (query.next()) {
        PaymentRecord r;
        Payment& p = r.payment;
        int c = 0;
        p.id = query.value(c++).toLongLong();
        p.clientId = query.value(c++).toLongLong();
        p.receivedOn = dateFrom(query.value(c++));
        const qint64 amount = query.value(c++).toLongLong();
        const QString currency = query.value(c++).toString();
        p.amount = Money(amount, currency);
        paymentMethodFromKey(query.value(c++).toString(), &p.method);
        p.reference = query.value(c++).toString();
        p.note = query.value(c++).toString();
        p.createdUtc = QDateTime::fromString(query.value(c++).toString(), Qt::ISODateWithMs);
        r.clientName = query.value(c++).toString();
        r.allocated = Money(query.value(c++).toLongLong(), currency);
        r.invoiceNumbers = query.value(c++).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!visit(r))
            return {};
    }
    // A damaged page must never look like the end of the rows.
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the payments"));
    return {};
}

Result<QList<PaymentAllocation>> PaymentRepository::allocationsFor(qint64 invoiceId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT a.id, a.payment_id, a.invoice_id, a.amount_minor, p.currency "
                       "FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
                       "WHERE a.invoice_id = ? ORDER BY a.id"));
    query.addBindValue(invoiceId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the payments of the invoice"));
    QList<PaymentAllocation> allocations;
    while (query.next())
        allocations.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toLongLong(),
                            Money(query.value(3).toLongLong(), query.value(4).toString())});
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the payments of the invoice"));
    return allocations;
}

Result<Money> PaymentRepository::clientCredit(qint64 clientId, const QString& currency) const {
    auto credit = billingsql::clientCredit(m_database.connection(), clientId, currency);
    if (!credit)
        return credit.error();
    return Money(*credit, currency);
}

} // namespace md
