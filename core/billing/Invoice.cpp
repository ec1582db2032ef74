#include "billing/Invoice.h"

#include <QCoreApplication>

namespace md {

QString invoiceKindKey(InvoiceKind kind) {
    return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note")
                                           : QStringLiteral("invoice");
}

bool invoiceKindFromKey(const QString& key, InvoiceKind* kind) {
    for (InvoiceKind candidate : {InvoiceKind::Invoice, InvoiceKind::CreditNote}) {
        if (invoiceKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString invoiceStatusKey(InvoiceStatus status) {
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Issued:
        return QStringLiteral("issued");
    case InvoiceStatus::PartiallyPaid:
        return QStringLiteral("partially_paid");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Overdue:
        return QStringLiteral("overdue");
    case InvoiceStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("draft");
}

bool invoiceStatusFromKey(const QString& key, InvoiceStatus* status) {
    for (InvoiceStatus candidate : allInvoiceStatuses()) {
        if (invoiceStatusKey(candidate) == key) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString invoiceStatusLabel(InvoiceStatus status) {
    switch (status) {
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("md::Invoice", "Draft");
    case InvoiceStatus::Issued:
        return QCoreApplication::translate("md::Invoice", "Issued");
    case InvoiceStatus::PartiallyPaid:
        return QCoreApplication::translate("md::Invoice", "Partially paid");
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("md::Invoice", "Paid");
    case InvoiceStatus::Overdue:
        return QCoreApplication::translate("md::Invoice", "Overdue");
    case InvoiceStatus::Cancelled:
        return QCoreApplication::translate("md::Invoice", "Cancelled");
    }
    return {};
}

QList<InvoiceStatus> allInvoiceStatuses() {
    return {InvoiceStatus::Draft, InvoiceStatus::Issued,  InvoiceStatus::PartiallyPaid,
            InvoiceStatus::Paid,  InvoiceStatus::Overdue, InvoiceStatus::Cancelled};
}

InvoiceTotals Invoice::totals() const {
    QList<LineInput> inputs;
    inputs.reserve(lines.size());
    for (const InvoiceLine& line : lines)
        inputs.append(line.input());
    return InvoiceMath::totals(inputs, currency);
}

InvoiceStatus InvoiceStatusRules::status(const InvoiceRecord& record, const QDate& today) {
    const Invoice& invoice = record.invoice;
    if (!invoice.isIssued())
        return InvoiceStatus::Draft;
    // A credit note is a settled document of its own; the money it returns is
    // accounted on the invoice it corrects.
    if (invoice.isCreditNote())
        return InvoiceStatus::Issued;
    // Fully corrected by credit notes: cancelled, whatever was paid (payments
    // on it become the client's credit).
    if (record.total.isPositive() && record.credited >= record.total)
        return InvoiceStatus::Cancelled;
    if (record.outstanding().minorUnits() <= 0)
        return InvoiceStatus::Paid;
    if (invoice.dueDate.isValid() && today > invoice.dueDate)
        return InvoiceStatus::Overdue;
    if (record.paid.isPositive())
        return InvoiceStatus::PartiallyPaid;
    return InvoiceStatus::Issued;
}

int InvoiceStatusRules::daysOverdue(const InvoiceRecord& record, const QDate& today) {
    if (status(record, today) != InvoiceStatus::Overdue)
        return 0;
    return int(record.invoice.dueDate.daysTo(today));
}

} // namespace md
