#include "storage/InvoiceRepository.h"

#include "billing/Currency.h"
#include "billing/InvoiceNumberPattern.h"
#include "storage/ClientSql.h"
#include "storage/Database.h"
#include "storage/PaymentAllocations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

using billingsql::dateFrom;
using billingsql::dateValue;
using billingsql::isoUtc;

InvoiceRepository::InvoiceRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Status InvoiceRepository::validate(const Invoice& invoice) const {
    if (invoice.clientId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the client to invoice."));
    if (!Currency::isValidCode(invoice.currency))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an ISO 4217 currency code.").arg(invoice.currency));
    if (invoice.isCreditNote() && invoice.creditOfId <= 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("A credit note must refer to the invoice it corrects."));
    if (!invoice.isCreditNote() && invoice.creditOfId != 0)
        return makeError(ErrorCode::InvalidInput, tr("Only a credit note refers to an invoice."));
    for (const InvoiceLine& line : invoice.lines) {
        if (line.description.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Every line needs a description."));
        if (Status ok = InvoiceMath::validateLine(line.input()); !ok)
            return ok;
    }
    return {};
}

Status InvoiceRepository::writeLines(qint64 invoiceId, const Invoice& invoice) {
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"));
    remove.addBindValue(invoiceId);
    if (!remove.exec())
        return Database::queryError(remove, tr("Could not save the invoice lines"));
    int position = 0;
    for (const InvoiceLine& line : invoice.lines) {
        const LineAmounts amounts = line.amounts();
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, "
            "unit_price_minor, tax_rate_bp, net_minor, tax_minor, service_date, session_id, "
            "package_sale_id, offering_id, period) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        insert.addBindValue(invoiceId);
        insert.addBindValue(position++);
        insert.addBindValue(line.description.trimmed());
        insert.addBindValue(line.quantityMilli);
        insert.addBindValue(line.unitPriceMinor);
        insert.addBindValue(line.taxRateBasisPoints);
        insert.addBindValue(amounts.net);
        insert.addBindValue(amounts.tax);
        insert.addBindValue(dateValue(line.serviceDate));
        insert.addBindValue(line.sessionId > 0 ? QVariant(line.sessionId) : QVariant());
        insert.addBindValue(line.packageSaleId > 0 ? QVariant(line.packageSaleId) : QVariant());
        insert.addBindValue(line.offeringId > 0 ? QVariant(line.offeringId) : QVariant());
        insert.addBindValue(line.period);
        if (!insert.exec())
            return Database::queryError(insert, tr("Could not save the invoice lines"));
    }
    return writeTotals(invoiceId, invoice);
}

Status InvoiceRepository::writeTotals(qint64 invoiceId, const Invoice& invoice) {
    const InvoiceTotals totals = invoice.totals();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE invoices SET net_minor = ?, tax_minor = ?, "
                                 "total_minor = ? WHERE id = ?"));
    query.addBindValue(totals.net.minorUnits());
    query.addBindValue(totals.tax.minorUnits());
    query.addBindValue(totals.total.minorUnits());
    query.addBindValue(invoiceId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the invoice totals"));
    return {};
}

Invoice InvoiceRepository::newDraft(const Invoice& input) const {
    Invoice invoice = input;
    invoice.id = 0;
    invoice.number.clear();
    invoice.issueDate = invoice.dueDate = QDate();
    invoice.sellerSnapshot.clear();
    invoice.createdUtc = invoice.updatedUtc = m_clock.nowUtc();
    return invoice;
}

Status InvoiceRepository::insertDraft(Invoice& invoice) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO invoices (kind, client_id, currency, credit_of, bill_to, notes, "
        "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(invoiceKindKey(invoice.kind));
    query.addBindValue(invoice.clientId);
    query.addBindValue(invoice.currency);
    query.addBindValue(invoice.creditOfId > 0 ? QVariant(invoice.creditOfId) : QVariant());
    query.addBindValue(invoice.billTo);
    query.addBindValue(invoice.notes);
    query.addBindValue(isoUtc(invoice.createdUtc));
    query.addBindValue(isoUtc(invoice.updatedUtc));
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the invoice"));
    invoice.id = query.lastInsertId().toLongLong();
    return writeLines(invoice.id, invoice);
}

Result<Invoice> InvoiceRepository::createDraft(const Invoice& input) {
    if (Status ok = validate(input); !ok)
        return ok.error();
    Invoice invoice = newDraft(input);
    if (Status saved = insertDraft(invoice); !saved)
        return saved.error();
    return get(invoice.id);
}

Result<Invoice> InvoiceRepository::createAndIssue(const Invoice& input,
                                                  const InvoiceIssueRequest& request,
                                                  IssueEffects* effects) {
    if (Status ok = validate(input); !ok)
        return ok.error();
    Invoice invoice = newDraft(input);
    if (Status ok = checkIssuable(invoice, request); !ok)
        return ok.error();
    // Both steps in the caller's unit of work: a failure leaves no orphan
    // draft behind (which would block the next attempt) and takes no number.
    if (Status inserted = insertDraft(invoice); !inserted)
        return inserted.error();
    if (Status numbered = numberDraft(invoice, request, effects); !numbered)
        return numbered.error();
    return get(invoice.id);
}

Result<Invoice> InvoiceRepository::updateDraft(const Invoice& input) {
    auto existing = get(input.id);
    if (!existing)
        return existing.error();
    if (existing->isIssued())
        return makeError(ErrorCode::Refused,
                         tr("Invoice %1 has been issued and can no longer be changed. Issue a "
                            "credit note to correct it.")
                             .arg(existing->number));
    Invoice invoice = input;
    invoice.kind = existing->kind;
    invoice.creditOfId = existing->creditOfId;
    if (Status ok = validate(invoice); !ok)
        return ok.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE invoices SET client_id = ?, currency = ?, "
                                 "bill_to = ?, notes = ?, updated_utc = ? WHERE id = ?"));
    query.addBindValue(invoice.clientId);
    query.addBindValue(invoice.currency);
    query.addBindValue(invoice.billTo);
    query.addBindValue(invoice.notes);
    query.addBindValue(isoUtc(m_clock.nowUtc()));
    query.addBindValue(invoice.id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not save the invoice"));
    if (Status written = writeLines(invoice.id, invoice); !written)
        return written.error();
    return get(invoice.id);
}

Status InvoiceRepository::removeDraft(qint64 id) {
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (existing->isIssued())
        return makeError(ErrorCode::Refused,
                         tr("Invoice %1 has been issued and cannot be deleted. Issue a credit "
                            "note to cancel it.")
                             .arg(existing->number));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM invoices WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not delete the draft"));
    return {};
}

Result<Invoice> InvoiceRepository::get(qint64 id) const {
    auto header = record(id);
    if (!header)
        return header.error();
    Invoice invoice = header->invoice;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, description, quantity_milli, unit_price_minor, tax_rate_bp, service_date, "
        "session_id, package_sale_id, offering_id, period FROM invoice_lines "
        "WHERE invoice_id = ? ORDER BY position, id"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the invoice lines"));
    while (query.next()) {
        InvoiceLine line;
        int c = 0;
        line.id = query.value(c++).toLongLong();
        line.description = query.value(c++).toString();
        line.quantityMilli = query.value(c++).toLongLong();
        line.unitPriceMinor = query.value(c++).toLongLong();
        line.taxRateBasisPoints = query.value(c++).toInt();
        line.serviceDate = dateFrom(query.value(c++));
        line.sessionId = query.value(c++).toLongLong();
        line.packageSaleId = query.value(c++).toLongLong();
        line.offeringId = query.value(c++).toLongLong();
        line.period = query.value(c++).toString();
        invoice.lines.append(line);
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the invoice lines"));
    return invoice;
}

Result<qint64> InvoiceRepository::lastNumber(int year) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT last_number FROM invoice_number_counters WHERE year = ?"));
    query.addBindValue(year);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the invoice numbers"));
    if (query.next())
        return query.value(0).toLongLong();
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the invoice numbers"));
    return qint64(0);
}

Status InvoiceRepository::checkIssuable(const Invoice& draft,
                                        const InvoiceIssueRequest& request) const {
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An invoice needs at least one line."));
    const qint64 total = draft.totals().total.minorUnits();
    if (!draft.isCreditNote() && total < 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("An invoice cannot have a negative total; issue a credit note "
                            "instead."));
    if (draft.isCreditNote() && total > 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("A credit note cannot have a positive total."));
    if (!request.issueDate.isValid() || request.dueDate < request.issueDate)
        return makeError(ErrorCode::InvalidInput,
                         tr("The due date cannot be before the issue date."));
    if (Status ok = InvoiceNumberPattern::validate(request.numberPattern); !ok)
        return ok.error();
    return {};
}

Status InvoiceRepository::numberDraft(const Invoice& draft, const InvoiceIssueRequest& request,
                                      IssueEffects* effects) {
    const int year = request.issueDate.year();
    const QSqlDatabase db = m_database.connection();
    // Runs inside the caller's unit of work, so the counter and the invoice
    // change together: either both are written or neither, and a crash can
    // neither skip nor reuse a number. The triggers make the counter count
    // up by exactly one.
    QSqlQuery counter(db);
    counter.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO invoice_number_counters (year, last_number) VALUES (?, 0)"));
    counter.addBindValue(year);
    if (!counter.exec())
        return Database::queryError(counter, tr("Could not number the invoice"));
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE invoice_number_counters "
                                "SET last_number = last_number + 1 WHERE year = ?"));
    bump.addBindValue(year);
    if (!bump.exec())
        return Database::queryError(bump, tr("Could not number the invoice"));
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT last_number FROM invoice_number_counters WHERE year = ?"));
    read.addBindValue(year);
    if (!read.exec() || !read.next())
        return Database::queryError(read, tr("Could not number the invoice"));
    const qint64 sequence = read.value(0).toLongLong();
    const QString number = InvoiceNumberPattern::format(request.numberPattern, year, sequence);

    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE invoices SET number = ?, number_year = ?, number_seq = ?, issue_date = ?, "
        "due_date = ?, bill_to = ?, seller = ?, updated_utc = ? "
        "WHERE id = ? AND number IS NULL"));
    update.addBindValue(number);
    update.addBindValue(year);
    update.addBindValue(sequence);
    update.addBindValue(dateValue(request.issueDate));
    update.addBindValue(dateValue(request.dueDate));
    update.addBindValue(request.billTo);
    update.addBindValue(request.sellerJson);
    update.addBindValue(isoUtc(m_clock.nowUtc()));
    update.addBindValue(draft.id);
    if (!update.exec())
        return Database::queryError(update, tr("Could not issue the invoice"));
    if (update.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, tr("The invoice was issued meanwhile."));

    QSet<qint64>* payments = effects ? &effects->payments : nullptr;
    if (draft.isCreditNote())
        return billingsql::releaseExcess(db, draft.creditOfId, payments);
    if (request.applyClientCredit) {
        auto applied =
            billingsql::applyClientCredit(db, m_clock, draft.clientId, draft.id, payments);
        if (!applied)
            return applied.error();
    }
    return {};
}

Result<Invoice> InvoiceRepository::issue(qint64 id, const InvoiceIssueRequest& request,
                                         IssueEffects* effects) {
    auto draft = get(id);
    if (!draft)
        return draft.error();
    if (draft->isIssued())
        return makeError(ErrorCode::Refused,
                         tr("Invoice %1 has already been issued.").arg(draft->number));
    if (Status ok = checkIssuable(*draft, request); !ok)
        return ok.error();
    if (Status issued = numberDraft(*draft, request, effects); !issued)
        return issued.error();
    return get(id);
}

Result<QSet<qint64>> InvoiceRepository::billedIds(const QString& column, qint64 clientId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT l.%1 FROM invoice_lines l "
                                 "JOIN invoices i ON i.id = l.invoice_id "
                                 "WHERE l.%1 IS NOT NULL AND i.client_id = ? AND %2")
                      .arg(column, billingsql::liveInvoiceCondition()));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read what was billed"));
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read what was billed"));
    return ids;
}

Result<QSet<qint64>> InvoiceRepository::billedSessionIds(qint64 clientId) const {
    return billedIds(QStringLiteral("session_id"), clientId);
}

Result<QSet<qint64>> InvoiceRepository::billedPackageSaleIds(qint64 clientId) const {
    return billedIds(QStringLiteral("package_sale_id"), clientId);
}

Result<QSet<QString>> InvoiceRepository::billedRetainerPeriods(qint64 clientId,
                                                               qint64 offeringId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT l.period FROM invoice_lines l "
                                 "JOIN invoices i ON i.id = l.invoice_id "
                                 "WHERE l.period <> '' AND l.offering_id = ? AND i.client_id = ? "
                                 "AND %1")
                      .arg(billingsql::liveInvoiceCondition()));
    query.addBindValue(offeringId);
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read what was billed"));
    QSet<QString> periods;
    while (query.next())
        periods.insert(query.value(0).toString());
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read what was billed"));
    return periods;
}

} // namespace md
