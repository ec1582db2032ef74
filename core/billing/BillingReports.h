#pragma once

#include "billing/Invoice.h"
#include "billing/Payment.h"

#include <QDate>
#include <QList>

namespace md {

// Revenue of one month (month 1..12) or one year (month 0). Invoiced amounts
// count on their issue date, credit notes subtract on theirs; "received" is
// money received in the period, whatever it paid.
struct RevenueRow {
    int year = 0;
    int month = 0;
    Money net;
    Money tax;
    Money gross;
    Money received;
    int documents = 0; // invoices and credit notes issued
};

// What one client owes, by age of the invoices (days since their issue date):
// 0–30, 31–60, 61–90, over 90.
struct AgeingRow {
    qint64 clientId = 0;
    QString clientName;
    Money days0to30;
    Money days31to60;
    Money days61to90;
    Money over90;
    Money total;
    Money overdue; // part of total past its due date
    int invoices = 0;
};

// Pure report calculations over invoice and payment records, so the UI, the
// CLI and the tests compute them the same way.
class BillingReports final {
public:
    // Twelve rows for `year`, months without activity included (zero).
    static QList<RevenueRow> revenueByMonth(const QList<InvoiceRecord>& invoices,
                                            const QList<PaymentRecord>& payments, int year,
                                            const QString& currency);
    // One row per year with any activity, ascending.
    static QList<RevenueRow> revenueByYear(const QList<InvoiceRecord>& invoices,
                                           const QList<PaymentRecord>& payments,
                                           const QString& currency);
    // Clients with something outstanding, largest total first; a last row with
    // clientId 0 holds the sums.
    static QList<AgeingRow> owedByClient(const QList<InvoiceRecord>& invoices, const QDate& today,
                                         const QString& currency);
    // Issued invoices past their due date with money outstanding, most
    // overdue first.
    static QList<InvoiceRecord> overdue(const QList<InvoiceRecord>& invoices, const QDate& today);
};

} // namespace md
