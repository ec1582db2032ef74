#pragma once

#include "billing/BillingReports.h"
#include "billing/Invoice.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <functional>

namespace md {

class Database;

// What issuing fixes on the invoice. The number comes from the pattern and
// the counter of issueDate's year.
struct InvoiceIssueRequest {
    QDate issueDate;
    QDate dueDate;
    QString numberPattern;
    QString billTo;
    QString sellerJson;
    bool applyClientCredit = true; // invoices: use the client's credit balance
};

// The payments whose allocations issuing changed: credit used by a new
// invoice, or money a credit note moved off the invoice it cancels.
struct IssueEffects {
    QSet<qint64> payments;
};

// Stores invoices and credit notes with their lines, and issues them. A draft
// may be edited or deleted; issuing numbers it (gapless per year, with the
// counter) and freezes it: from then on this class refuses every change, and
// so do the database triggers (005_billing.sql). Internal to BillingService:
// every write runs inside the service's unit of work.
class InvoiceRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceRepository)
public:
    InvoiceRepository(Database& database, const Clock& clock);

    // Inserts a draft (number, dates and snapshots are ignored).
    Result<Invoice> createDraft(const Invoice& invoice);
    // Replaces a draft's header fields and lines. Refused once issued.
    Result<Invoice> updateDraft(const Invoice& invoice);
    // Deletes a draft. Refused once issued.
    Status removeDraft(qint64 id);

    Result<Invoice> get(qint64 id) const;
    Result<InvoiceRecord> record(qint64 id) const;
    // Every invoice matching the client and the period (not the status).
    Result<QList<InvoiceRecord>> list(const InvoiceQuery& filter = {}) const;
    // The invoice list's read model: the rows of list(filter) in the same
    // order, each the header without its frozen texts (billTo,
    // sellerSnapshot and notes stay empty) and with the sums computed in SQL,
    // handed to `visit` as they are read until it returns false. One
    // statement; a read error ends it as an error.
    Status forEachRow(const InvoiceQuery& filter,
                      const std::function<bool(const InvoiceRecord&)>& visit) const;
    // Issued invoices (not credit notes) with money outstanding, as rows:
    // what the ageing and overdue reports are made of.
    Result<QList<InvoiceRecord>> openInvoices() const;
    // Twelve rows for `year` in `currency`, summed in SQL: invoices and credit
    // notes on their issue date, money received on its day.
    Result<QList<RevenueRow>> revenueByMonth(int year, const QString& currency) const;
    // The statement of the rows read by forEach() where `where` holds, over
    // invoices `i`; openInvoices() is the rows where openInvoicesCondition()
    // holds; invoicedByMonthSql() and receivedByMonthSql() are the sums of
    // revenueByMonth(). For EXPLAIN QUERY PLAN in tests.
    static QString listSql(const QString& where, bool withTexts);
    static QString openInvoicesCondition();
    static QString invoicedByMonthSql();
    static QString receivedByMonthSql();
    // Issued credit notes (and drafts) referencing `invoiceId`.
    Result<QList<InvoiceRecord>> creditNotesOf(qint64 invoiceId) const;

    // Numbers and freezes a draft: bumps the year's counter, writes number,
    // dates and snapshots, then (credit notes) turns what was overpaid on the
    // corrected invoice into client credit, or (invoices) applies the
    // client's credit balance.
    Result<Invoice> issue(qint64 id, const InvoiceIssueRequest& request,
                          IssueEffects* effects = nullptr);
    // Inserts `invoice` as a draft and issues it (credit notes); the caller's
    // unit of work makes the two one step.
    Result<Invoice> createAndIssue(const Invoice& invoice, const InvoiceIssueRequest& request,
                                   IssueEffects* effects = nullptr);

    // Origins already billed on a live invoice (a draft or an issued invoice
    // that was not cancelled by credit notes), for one client.
    Result<QSet<qint64>> billedSessionIds(qint64 clientId) const;
    Result<QSet<qint64>> billedPackageSaleIds(qint64 clientId) const;
    // Retainer periods ("2026-03") billed for `offeringId`.
    Result<QSet<QString>> billedRetainerPeriods(qint64 clientId, qint64 offeringId) const;

    // The last number given for `year` (0 when none yet).
    Result<qint64> lastNumber(int year) const;

private:
    Status validate(const Invoice& invoice) const;
    Invoice newDraft(const Invoice& input) const;
    // The parts of createDraft/issue that run inside a caller's transaction.
    Status insertDraft(Invoice& invoice);
    Status checkIssuable(const Invoice& draft, const InvoiceIssueRequest& request) const;
    Status numberDraft(const Invoice& draft, const InvoiceIssueRequest& request,
                       IssueEffects* effects);
    Status writeLines(qint64 invoiceId, const Invoice& invoice);
    Status writeTotals(qint64 invoiceId, const Invoice& invoice);
    Result<QList<InvoiceRecord>> query(const QString& where, const QVariantList& binds) const;
    Status forEach(const QString& where, const QVariantList& binds, bool withTexts,
                   const std::function<bool(const InvoiceRecord&)>& visit) const;
    Result<QSet<qint64>> billedIds(const QString& column, qint64 clientId) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
