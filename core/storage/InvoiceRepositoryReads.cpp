#include "storage/InvoiceRepository.h"
#include "storage/IsoUtc.h"

#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QSqlError>
#include <QSqlQuery>

// InvoiceRepository: the reads (records, the list's rows, the reports' sums).

namespace md {

using billingsql::dateFrom;

namespace {

// The header columns read for a record, over invoices `i` and clients `cl`.
// Without the texts, the frozen bill-to and seller snapshots and the notes
// (the largest columns, which no list shows) are not read.
QString recordColumns(bool withTexts) {
    return QStringLiteral(
               "i.id, i.kind, i.client_id, i.currency, i.credit_of, i.number, i.issue_date, "
               "i.due_date, %4, i.created_utc, i.updated_utc, "
               "i.net_minor, i.tax_minor, i.total_minor, %1, %2, %3, "
               "(SELECT o.number FROM invoices o WHERE o.id = i.credit_of)")
        .arg(billingsql::paidExpression(), billingsql::creditedExpression(),
             clientDisplayNameSql(QStringLiteral("cl")),
             withTexts ? QStringLiteral("i.bill_to, i.seller, i.notes")
                       : QStringLiteral("'', '', ''"));
}

InvoiceRecord recordFromQuery(const QSqlQuery& q) {
    InvoiceRecord r;
    Invoice& inv = r.invoice;
    int c = 0;
    inv.id = q.value(c++).toLongLong();
    invoiceKindFromKey(q.value(c++).toString(), &inv.kind);
    inv.clientId = q.value(c++).toLongLong();
    inv.currency = q.value(c++).toString();
    inv.creditOfId = q.value(c++).toLongLong();
    inv.number = q.value(c++).toString();
    inv.issueDate = dateFrom(q.value(c++));
    inv.dueDate = dateFrom(q.value(c++));
    inv.billTo = q.value(c++).toString();
    inv.sellerSnapshot = q.value(c++).toString();
    inv.notes = q.value(c++).toString();
    inv.createdUtc = parseIsoUtc(q.value(c++).toString());
    inv.updatedUtc = parseIsoUtc(q.value(c++).toString());
    r.net = Money(q.value(c++).toLongLong(), inv.currency);
    r.tax = Money(q.value(c++).toLongLong(), inv.currency);
    r.total = Money(q.value(c++).toLongLong(), inv.currency);
    r.paid = Money(q.value(c++).toLongLong(), inv.currency);
    r.credited = Money(q.value(c++).toLongLong(), inv.currency);
    r.clientName = q.value(c++).toString();
    r.creditOfNumber = q.value(c++).toString();
    return r;
}

// The filter of list() and forEachRow().
QString whereOf(const InvoiceQuery& filter, QVariantList* binds) {
    QStringList where{QStringLiteral("1")};
    if (filter.clientId > 0) {
        where << QStringLiteral("i.client_id = ?");
        *binds << filter.clientId;
    }
    // Drafts have no issue date: their creation day stands in for it.
    const QString day = QStringLiteral("COALESCE(i.issue_date, substr(i.created_utc, 1, 10))");
    if (filter.from.isValid()) {
        where << day + QStringLiteral(" >= ?");
        *binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << day + QStringLiteral(" <= ?");
        *binds << filter.to.toString(Qt::ISODate);
    }
    return where.join(QStringLiteral(" AND "));
}

} // namespace

QString InvoiceRepository::listSql(const QString& where, bool withTexts) {
    // The order is that of invoices_list (017_list_indexes.sql), so the rows
    // come without a sort of all of them first, and without the texts from
    // that index alone.
    return QStringLiteral("SELECT %1 FROM invoices i JOIN %3 ON cl.id = i.client_id "
                          "WHERE %2 ORDER BY i.issue_date IS NULL, i.issue_date, "
                          "i.number_seq, i.id")
        .arg(recordColumns(withTexts), where, clientNamesTable(QStringLiteral("cl")));
}

Status InvoiceRepository::forEach(const QString& where, const QVariantList& binds, bool withTexts,
                                  const std::function<bool(const InvoiceRecord&)>& visit) const {
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(listSql(where, withTexts));
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return Database::queryError(q, tr("Could not read the invoices"));
    while (q.next()) {
        if (!visit(recordFromQuery(q)))
            return {};
    }
    // A damaged page must never look like the end of the rows.
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Could not read the invoices"));
    return {};
}

Result<QList<InvoiceRecord>> InvoiceRepository::query(const QString& where,
                                                      const QVariantList& binds) const {
    QList<InvoiceRecord> records;
    const Status read = forEach(where, binds, true, [&records](const InvoiceRecord& r) {
        records.append(r);
        return true;
    });
    if (!read)
        return read.error();
    return records;
}

Result<InvoiceRecord> InvoiceRepository::record(qint64 id) const {
    auto found = query(QStringLiteral("i.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no invoice with id %1.").arg(id));
    return found->first();
}

Result<QList<InvoiceRecord>> InvoiceRepository::list(const InvoiceQuery& filter) const {
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    return query(where, binds);
}

Status InvoiceRepository::forEachRow(const InvoiceQuery& filter,
                                     const std::function<bool(const InvoiceRecord&)>& visit) const {
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    return forEach(where, binds, false, visit);
}

QString InvoiceRepository::openInvoicesCondition() {
    return QStringLiteral("i.issue_date IS NOT NULL AND i.kind = 'invoice' AND "
                          "i.total_minor - %1 - %2 > 0")
        .arg(billingsql::creditedExpression(), billingsql::paidExpression());
}

QString InvoiceRepository::invoicedByMonthSql() {
    return QStringLiteral(
        "SELECT CAST(substr(issue_date, 6, 2) AS INTEGER), SUM(net_minor), SUM(tax_minor), "
        "SUM(total_minor), COUNT(*) FROM invoices WHERE issue_date >= ? AND issue_date < ? "
        "AND currency = ? GROUP BY 1");
}

QString InvoiceRepository::receivedByMonthSql() {
    return QStringLiteral(
        "SELECT CAST(substr(received_on, 6, 2) AS INTEGER), SUM(amount_minor) FROM payments "
        "WHERE received_on >= ? AND received_on < ? AND currency = ? GROUP BY 1");
}

Result<QList<InvoiceRecord>> InvoiceRepository::openInvoices() const {
    QList<InvoiceRecord> records;
    // One pass over the covering index invoices_list, with the amounts paid
    // from the allocations' index: no invoice row is read. (Open ids chosen
    // first by a subquery, then their rows looked up, read twice the pages
    // at 30,000 invoices.)
    const Status read =
        forEach(openInvoicesCondition(), {}, false, [&records](const InvoiceRecord& r) {
            records.append(r);
            return true;
        });
    if (!read)
        return read.error();
    return records;
}

Result<QList<RevenueRow>> InvoiceRepository::revenueByMonth(int year,
                                                            const QString& currency) const {
    QList<RevenueRow> rows;
    for (int month = 1; month <= 12; ++month) {
        RevenueRow row;
        row.year = year;
        row.month = month;
        row.net = row.tax = row.gross = row.received = Money(0, currency);
        rows.append(row);
    }
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year + 1, 1, 1).toString(Qt::ISODate);
    // Index ranges of invoices_totals and payments_by_date: the year
    // only, summed by month in SQL.
    QSqlQuery invoiced(m_database.connection());
    invoiced.setForwardOnly(true);
    invoiced.prepare(invoicedByMonthSql());
    invoiced.addBindValue(from);
    invoiced.addBindValue(to);
    invoiced.addBindValue(currency);
    if (!invoiced.exec())
        return Database::queryError(invoiced, tr("Could not read the revenue"));
    while (invoiced.next()) {
        const int month = invoiced.value(0).toInt();
        if (month < 1 || month > 12)
            continue;
        RevenueRow& row = rows[month - 1];
        row.net = Money(invoiced.value(1).toLongLong(), currency);
        row.tax = Money(invoiced.value(2).toLongLong(), currency);
        row.gross = Money(invoiced.value(3).toLongLong(), currency);
        row.documents = invoiced.value(4).toInt();
    }
    if (invoiced.lastError().isValid())
        return Database::queryError(invoiced, tr("Could not read the revenue"));

    QSqlQuery received(m_database.connection());
    received.setForwardOnly(true);
    received.prepare(receivedByMonthSql());
    received.addBindValue(from);
    received.addBindValue(to);
    received.addBindValue(currency);
    if (!received.exec())
        return Database::queryError(received, tr("Could not read the revenue"));
    while (received.next()) {
        const int month = received.value(0).toInt();
        if (month >= 1 && month <= 12)
            rows[month - 1].received = Money(received.value(1).toLongLong(), currency);
    }
    if (received.lastError().isValid())
        return Database::queryError(received, tr("Could not read the revenue"));
    return rows;
}

Result<QList<InvoiceRecord>> InvoiceRepository::creditNotesOf(qint64 invoiceId) const {
    return query(QStringLiteral("i.credit_of = ?"), {invoiceId});
}

} // namespace md
