#pragma once

#include "billing/Invoice.h"
#include "billing/Payment.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace md {

class BillingService;

// CSV files for the accountant: RFC 4180 (every field quoted, quotes doubled,
// CRLF line ends), UTF-8, amounts with a dot as decimal separator and dates
// as YYYY-MM-DD whatever the locale.
class InvoiceCsvExporter final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceCsvExporter)
public:
    // One quoted field.
    static QString field(const QString& value);
    // One record with CRLF.
    static QString record(const QStringList& fields);

    // invoices.csv: one row per issued invoice or credit note (drafts are not
    // bookkeeping documents and are left out).
    static QByteArray invoicesCsv(const QList<InvoiceRecord>& invoices, const QDate& today);
    // invoice_lines.csv: every line of the given (issued) invoices.
    static QByteArray invoiceLinesCsv(const QList<Invoice>& invoices);
    // payments.csv: one row per payment.
    static QByteArray paymentsCsv(const QList<PaymentRecord>& payments);

    // Writes invoices.csv, invoice_lines.csv and payments.csv into `directory`
    // (created if missing), readable by the mentor's account only; returns
    // the paths written. All three are complete or none replaces what was
    // there (a full disk leaves the old files). `today` decides the statuses.
    static Result<QStringList> exportAll(const BillingService& billing, const QString& directory,
                                         const QDate& today);
};

} // namespace md
