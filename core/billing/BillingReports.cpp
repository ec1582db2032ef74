#include "billing/BillingReports.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace md {

namespace {

RevenueRow emptyRow(int year, int month, const QString& currency) {
    RevenueRow row;
    row.year = year;
    row.month = month;
    row.net = row.tax = row.gross = row.received = Money(0, currency);
    return row;
}

void addInvoice(RevenueRow& row, const InvoiceRecord& r) {
    row.net += r.net;
    row.tax += r.tax;
    row.gross += r.total;
    ++row.documents;
}

bool counts(const InvoiceRecord& r, const QString& currency) {
    return r.invoice.isIssued() && r.invoice.currency == currency;
}

} // namespace

QList<RevenueRow> BillingReports::revenueByMonth(const QList<InvoiceRecord>& invoices,
                                                 const QList<PaymentRecord>& payments, int year,
                                                 const QString& currency) {
    QList<RevenueRow> rows;
    for (int month = 1; month <= 12; ++month)
        rows.append(emptyRow(year, month, currency));
    for (const InvoiceRecord& r : invoices) {
        if (counts(r, currency) && r.invoice.issueDate.year() == year)
            addInvoice(rows[r.invoice.issueDate.month() - 1], r);
    }
    for (const PaymentRecord& p : payments) {
        if (p.payment.amount.currency() == currency && p.payment.receivedOn.year() == year)
            rows[p.payment.receivedOn.month() - 1].received += p.payment.amount;
    }
    return rows;
}

QList<RevenueRow> BillingReports::revenueByYear(const QList<InvoiceRecord>& invoices,
                                                const QList<PaymentRecord>& payments,
                                                const QString& currency) {
    QMap<int, RevenueRow> years;
    auto rowFor = [&](int year) -> RevenueRow& {
        auto it = years.find(year);
        if (it == years.end())
            it = years.insert(year, emptyRow(year, 0, currency));
        return *it;
    };
    for (const InvoiceRecord& r : invoices) {
        if (counts(r, currency))
            addInvoice(rowFor(r.invoice.issueDate.year()), r);
    }
    for (const PaymentRecord& p : payments) {
        if (p.payment.amount.currency() == currency)
            rowFor(p.payment.receivedOn.year()).received += p.payment.amount;
    }
    return years.values();
}

QList<AgeingRow> BillingReports::owedByClient(const QList<InvoiceRecord>& invoices,
                                              const QDate& today, const QString& currency) {
    QMap<qint64, AgeingRow> clients;
    AgeingRow zero;
    zero.days0to30 = zero.days31to60 = zero.days61to90 = zero.over90 = zero.total = zero.overdue =
        Money(0, currency);
    AgeingRow sum = zero;
    sum.clientName = QCoreApplication::translate("md::BillingReports", "Total");
    for (const InvoiceRecord& r : invoices) {
        if (!counts(r, currency) || r.invoice.isCreditNote())
            continue;
        const InvoiceStatus status = InvoiceStatusRules::status(r, today);
        const Money owed = r.outstanding();
        if (status == InvoiceStatus::Cancelled || !owed.isPositive())
            continue;
        auto it = clients.find(r.invoice.clientId);
        if (it == clients.end()) {
            AgeingRow row = zero;
            row.clientId = r.invoice.clientId;
            row.clientName = r.clientName;
            it = clients.insert(row.clientId, row);
        }
        const qint64 age = r.invoice.issueDate.daysTo(today);
        Money* bucket = age <= 30   ? &it->days0to30
                        : age <= 60 ? &it->days31to60
                        : age <= 90 ? &it->days61to90
                                    : &it->over90;
        Money* sumBucket = age <= 30   ? &sum.days0to30
                           : age <= 60 ? &sum.days31to60
                           : age <= 90 ? &sum.days61to90
                                       : &sum.over90;
        *bucket += owed;
        *sumBucket += owed;
        it->total += owed;
        sum.total += owed;
        ++it->invoices;
        ++sum.invoices;
        if (status == InvoiceStatus::Overdue) {
            it->overdue += owed;
            sum.overdue += owed;
        }
    }
    QList<AgeingRow> rows = clients.values();
    std::stable_sort(rows.begin(), rows.end(), [](const AgeingRow& a, const AgeingRow& b) {
        return a.total.minorUnits() > b.total.minorUnits();
    });
    rows.append(sum);
    return rows;
}

QList<InvoiceRecord> BillingReports::overdue(const QList<InvoiceRecord>& invoices,
                                             const QDate& today) {
    QList<InvoiceRecord> late;
    for (const InvoiceRecord& r : invoices) {
        if (InvoiceStatusRules::status(r, today) == InvoiceStatus::Overdue)
            late.append(r);
    }
    std::stable_sort(late.begin(), late.end(), [](const InvoiceRecord& a, const InvoiceRecord& b) {
        return a.invoice.dueDate < b.invoice.dueDate;
    });
    return late;
}

} // namespace md
