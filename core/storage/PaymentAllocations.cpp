#include "storage/PaymentAllocations.h"

#include "storage/Database.h"
#include "storage/IsoUtc.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace md::billingsql {

QVariant dateValue(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : parseIsoDate(value.toString());
}

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString creditedExpression(const QString& alias) {
    return QStringLiteral("(-COALESCE((SELECT SUM(c.total_minor) FROM invoices c "
                          "WHERE c.credit_of = %1.id AND c.number IS NOT NULL), 0))")
        .arg(alias);
}

QString paidExpression(const QString& alias) {
    return QStringLiteral("COALESCE((SELECT SUM(a.amount_minor) FROM payment_allocations a "
                          "WHERE a.invoice_id = %1.id), 0)")
        .arg(alias);
}

QString liveInvoiceCondition() {
    return QStringLiteral("(i.kind = 'invoice' AND (i.number IS NULL OR i.total_minor <= 0 OR "
                          "%1 < i.total_minor))")
        .arg(creditedExpression());
}

Result<qint64> outstanding(const QSqlDatabase& db, qint64 invoiceId) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT i.total_minor - %1 - %2 FROM invoices i WHERE i.id = ?")
                      .arg(creditedExpression(), paidExpression()));
    query.addBindValue(invoiceId);
    if (!query.exec())
        return Database::queryError(
            query,
            QCoreApplication::translate("md::PaymentRepository", "Could not read what is owed"));
    if (!query.next())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("md::PaymentRepository", "There is no invoice with id %1.")
                .arg(invoiceId));
    return query.value(0).toLongLong();
}

Result<qint64> allocate(const QSqlDatabase& db, const Clock& clock, qint64 paymentId,
                        qint64 invoiceId, qint64 available) {
    auto owed = outstanding(db, invoiceId);
    if (!owed)
        return owed.error();
    const qint64 amount = qMin(available, *owed);
    if (amount <= 0)
        return qint64(0);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO payment_allocations (payment_id, invoice_id, "
                                 "amount_minor, created_utc) VALUES (?, ?, ?, ?)"));
    query.addBindValue(paymentId);
    query.addBindValue(invoiceId);
    query.addBindValue(amount);
    query.addBindValue(isoUtc(clock.nowUtc()));
    if (!query.exec())
        return Database::queryError(
            query,
            QCoreApplication::translate("md::PaymentRepository", "Could not record the payment"));
    return amount;
}

QString clientCreditSql(bool oneClient) {
    return QStringLiteral("SELECT COALESCE(SUM(p.amount_minor - COALESCE((SELECT "
                          "SUM(a.amount_minor) FROM payment_allocations a WHERE a.payment_id = "
                          "p.id), 0)), 0) FROM payments p WHERE %1p.currency = ?")
        .arg(oneClient ? QStringLiteral("p.client_id = ? AND ") : QString());
}

Result<qint64> clientCredit(const QSqlDatabase& db, qint64 clientId, const QString& currency) {
    QSqlQuery query(db);
    query.prepare(clientCreditSql(clientId > 0));
    if (clientId > 0)
        query.addBindValue(clientId);
    query.addBindValue(currency);
    if (!query.exec() || !query.next())
        return Database::queryError(
            query, QCoreApplication::translate("md::PaymentRepository",
                                               "Could not read the client's credit"));
    return query.value(0).toLongLong();
}

Result<qint64> applyClientCredit(const QSqlDatabase& db, const Clock& clock, qint64 clientId,
                                 qint64 invoiceId, QSet<qint64>* usedPayments) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT p.id, p.amount_minor - COALESCE((SELECT SUM(a.amount_minor) "
                       "FROM payment_allocations a WHERE a.payment_id = p.id), 0) AS free "
                       "FROM payments p WHERE p.client_id = ? AND free > 0 "
                       "AND p.currency = (SELECT currency FROM invoices WHERE id = ?) "
                       "ORDER BY p.received_on, p.id"));
    query.addBindValue(clientId);
    query.addBindValue(invoiceId);
    if (!query.exec())
        return Database::queryError(
            query, QCoreApplication::translate("md::PaymentRepository",
                                               "Could not read the client's credit"));
    QList<QPair<qint64, qint64>> free;
    while (query.next())
        free.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    if (query.lastError().isValid())
        return Database::queryError(
            query, QCoreApplication::translate("md::PaymentRepository",
                                               "Could not read the client's credit"));
    qint64 applied = 0;
    for (const auto& [paymentId, amount] : free) {
        auto allocated = allocate(db, clock, paymentId, invoiceId, amount);
        if (!allocated)
            return allocated.error();
        if (*allocated == 0)
            break;
        applied += *allocated;
        if (usedPayments)
            usedPayments->insert(paymentId);
    }
    return applied;
}

Status releaseExcess(const QSqlDatabase& db, qint64 invoiceId, QSet<qint64>* releasedPayments) {
    auto owed = outstanding(db, invoiceId);
    if (!owed)
        return owed.error();
    qint64 excess = -*owed;
    if (excess <= 0)
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, amount_minor, payment_id FROM payment_allocations "
                                 "WHERE invoice_id = ? ORDER BY id DESC"));
    query.addBindValue(invoiceId);
    if (!query.exec())
        return Database::queryError(
            query, QCoreApplication::translate("md::PaymentRepository",
                                               "Could not read the payments of the invoice"));
    struct Allocation {
        qint64 id;
        qint64 amount;
        qint64 paymentId;
    };
    QList<Allocation> allocations;
    while (query.next())
        allocations.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toLongLong()});
    if (query.lastError().isValid())
        return Database::queryError(
            query, QCoreApplication::translate("md::PaymentRepository",
                                               "Could not read the payments of the invoice"));
    for (const auto& [id, amount, paymentId] : allocations) {
        if (excess <= 0)
            break;
        if (releasedPayments)
            releasedPayments->insert(paymentId);
        QSqlQuery change(db);
        if (amount <= excess) {
            change.prepare(QStringLiteral("DELETE FROM payment_allocations WHERE id = ?"));
            change.addBindValue(id);
            excess -= amount;
        } else {
            change.prepare(
                QStringLiteral("UPDATE payment_allocations SET amount_minor = ? WHERE id = ?"));
            change.addBindValue(amount - excess);
            change.addBindValue(id);
            excess = 0;
        }
        if (!change.exec())
            return Database::queryError(
                change, QCoreApplication::translate("md::PaymentRepository",
                                                    "Could not update the payments"));
    }
    return {};
}

} // namespace md::billingsql
