#pragma once

#include "billing/Invoice.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace md {

class Database;

struct InvoiceListFilter {
    qint64 clientId = 0; // 0 = all clients
    // Issue date range for issued invoices, creation date for drafts;
    // null = open-ended.
    QDate from;
    QDate to;
};

// Stores invoices and credit notes with their lines, and issues them. A draft
// may be edited or deleted; issuing numbers it (gapless per year, in the same
// transaction as the counter) and freezes it: from then on this class refuses
// every change, and so do the database triggers (005_billing.sql).
class InvoiceRepository final : public QObject {
    Q_OBJECT
public:
    using Filter = InvoiceListFilter;

    // What issuing fixes on the invoice. The number comes from the pattern
    // and the counter of issueDate's year.
    struct IssueRequest {
        QDate issueDate;
        QDate dueDate;
        QString numberPattern;
        QString billTo;
        QString sellerJson;
        bool applyClientCredit = true; // invoices: use the client's credit balance
    };

    InvoiceRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Inserts a draft (number, dates and snapshots are ignored).
    Result<Invoice> createDraft(const Invoice& invoice);
    // Replaces a draft's header fields and lines. Refused once issued.
    Result<Invoice> updateDraft(const Invoice& invoice);
    // Deletes a draft. Refused once issued.
    Status removeDraft(qint64 id);

    Result<Invoice> get(qint64 id) const;
    Result<InvoiceRecord> record(qint64 id) const;
    Result<QList<InvoiceRecord>> list(const Filter& filter = {}) const;
    // Issued credit notes (and drafts) referencing `invoiceId`.
    Result<QList<InvoiceRecord>> creditNotesOf(qint64 invoiceId) const;

    // Numbers and freezes a draft in one transaction: bumps the year's
    // counter, writes number, dates and snapshots, then (credit notes) turns
    // what was overpaid on the corrected invoice into client credit, or
    // (invoices) applies the client's credit balance.
    Result<Invoice> issue(qint64 id, const IssueRequest& request);
    // Inserts `invoice` as a draft and issues it in one transaction: on any
    // error nothing is stored and no number is used (credit notes).
    Result<Invoice> createAndIssue(const Invoice& invoice, const IssueRequest& request);

    // Origins already billed on a live invoice (a draft or an issued invoice
    // that was not cancelled by credit notes), for one client.
    Result<QSet<qint64>> billedSessionIds(qint64 clientId) const;
    Result<QSet<qint64>> billedPackageSaleIds(qint64 clientId) const;
    // Retainer periods ("2026-03") billed for `offeringId`.
    Result<QSet<QString>> billedRetainerPeriods(qint64 clientId, qint64 offeringId) const;

    // The last number given for `year` (0 when none yet).
    Result<qint64> lastNumber(int year) const;

Q_SIGNALS:
    void invoiceAdded(const md::Invoice& invoice);
    void invoiceChanged(qint64 id); // edited, issued, credited or paid
    void invoiceRemoved(qint64 id);

private:
    Status validate(const Invoice& invoice) const;
    Invoice newDraft(const Invoice& input) const;
    // The parts of createDraft/issue that run inside a caller's transaction.
    Status insertDraft(Invoice& invoice);
    Status checkIssuable(const Invoice& draft, const IssueRequest& request) const;
    Status numberDraft(const Invoice& draft, const IssueRequest& request);
    Status writeLines(qint64 invoiceId, const Invoice& invoice);
    Status writeTotals(qint64 invoiceId, const Invoice& invoice);
    Result<QList<InvoiceRecord>> query(const QString& where, const QVariantList& binds) const;
    Result<QSet<qint64>> billedIds(const QString& column, qint64 clientId) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
