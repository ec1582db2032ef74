#pragma once

#include "billing/InvoiceMath.h"
#include "billing/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace md {

enum class InvoiceKind { Invoice, CreditNote };

// Where an invoice stands. Only Draft and "issued" are stored; the rest is
// derived from payments, credit notes and the due date against a Clock
// (InvoiceStatusRules), so nothing about an issued invoice has to change.
enum class InvoiceStatus { Draft, Issued, PartiallyPaid, Paid, Overdue, Cancelled };

QString invoiceKindKey(InvoiceKind kind);
bool invoiceKindFromKey(const QString& key, InvoiceKind* kind);
QString invoiceStatusKey(InvoiceStatus status);
bool invoiceStatusFromKey(const QString& key, InvoiceStatus* status);
QString invoiceStatusLabel(InvoiceStatus status);
QList<InvoiceStatus> allInvoiceStatuses();

// One line. Quantity in thousandths, unit price before tax in minor units of
// the invoice currency, tax rate in basis points. The origin fields link a
// line to what it bills, so nothing is billed twice.
struct InvoiceLine {
    qint64 id = 0;
    QString description;
    qint64 quantityMilli = 1000;
    qint64 unitPriceMinor = 0;
    int taxRateBasisPoints = 0;
    QDate serviceDate;        // the session's day, the retainer month, …; may be null
    qint64 sessionId = 0;     // a held session billed by this line
    qint64 packageSaleId = 0; // a package sale billed by this line
    qint64 offeringId = 0;    // the price-list entry it came from
    QString period;           // retainer lines: "2026-03"

    LineInput input() const { return {quantityMilli, unitPriceMinor, taxRateBasisPoints}; }
    LineAmounts amounts() const { return InvoiceMath::lineAmounts(input()); }
};

// An invoice or a credit note. A draft has no number; issuing assigns the
// number, the dates and the snapshots of both parties, after which the row and
// its lines are frozen (also by SQL triggers).
struct Invoice {
    qint64 id = 0; // 0 until stored
    InvoiceKind kind = InvoiceKind::Invoice;
    qint64 clientId = 0;
    QString currency;
    qint64 creditOfId = 0; // credit notes: the invoice they correct
    QString number;        // empty while a draft
    QDate issueDate;
    QDate dueDate;
    QString billTo;         // the client's name and billing address, frozen at issue
    QString sellerSnapshot; // JSON of SellerDetails, frozen at issue
    QString notes;          // free text printed under the lines
    QList<InvoiceLine> lines;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    bool isIssued() const { return !number.isEmpty(); }
    bool isCreditNote() const { return kind == InvoiceKind::CreditNote; }
    InvoiceTotals totals() const;
};

// An invoice header with the amounts the lists and reports need; the status
// is computed from these by InvoiceStatusRules.
struct InvoiceRecord {
    Invoice invoice;    // without lines
    QString clientName; // current display name of the client
    Money net;
    Money tax;
    Money total;            // negative for credit notes
    Money paid;             // payments allocated to it
    Money credited;         // by issued credit notes, as a positive amount
    QString creditOfNumber; // credit notes: the corrected invoice's number

    // What is still to be paid (negative when the client paid too much on it).
    Money outstanding() const { return total - credited - paid; }
};

// Filter of the invoice list. Drafts have no issue date: their creation day
// stands in for it. The status is derived, so the service filters by it.
struct InvoiceQuery {
    qint64 clientId = 0; // 0 = all clients
    QDate from;          // null = open-ended
    QDate to;
    std::optional<InvoiceStatus> status;
};

class InvoiceStatusRules final {
public:
    static InvoiceStatus status(const InvoiceRecord& record, const QDate& today);
    // Days past the due date (0 when not due yet or settled).
    static int daysOverdue(const InvoiceRecord& record, const QDate& today);
};

} // namespace md
