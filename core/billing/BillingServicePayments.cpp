// BillingService: payments, and what the lists, balances and reports read.
#include "billing/BillingService.h"

#include "billing/BillingUnit.h"
#include "storage/BusinessSettingsRepository.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

namespace md {

using billing::inUnit;

Result<Payment> BillingService::insertPayment(const Payment& payment, qint64 invoiceId) {
    QSet<qint64> paid;
    auto stored = m_payments->add(payment, invoiceId, &paid);
    if (!stored)
        return stored;
    m_database.noteChange(RecordKind::Payment, ChangeOp::Added, stored->id);
    for (qint64 invoice : std::as_const(paid))
        m_database.noteChange(RecordKind::Invoice, ChangeOp::Updated, invoice);
    return stored;
}

Result<Payment> BillingService::addPayment(qint64 invoiceId, const Money& amount,
                                           const QDate& receivedOn, PaymentMethod method,
                                           const QString& reference) {
    return inUnit<Payment>(m_database, [&]() -> Result<Payment> {
        auto invoice = m_invoices->record(invoiceId);
        if (!invoice)
            return invoice.error();
        Payment payment;
        payment.clientId = invoice->invoice.clientId;
        payment.amount = amount;
        payment.receivedOn = receivedOn;
        payment.method = method;
        payment.reference = reference;
        return insertPayment(payment, invoiceId);
    });
}

Result<Payment> BillingService::addClientPayment(qint64 clientId, const Money& amount,
                                                 const QDate& receivedOn, PaymentMethod method,
                                                 const QString& reference) {
    Payment payment;
    payment.clientId = clientId;
    payment.amount = amount;
    payment.receivedOn = receivedOn;
    payment.method = method;
    payment.reference = reference;
    return inUnit<Payment>(m_database, [&] { return insertPayment(payment, 0); });
}

Status BillingService::removePayment(qint64 paymentId) {
    return m_database.transaction([&]() -> Status {
        QSet<qint64> paid;
        if (Status removed = m_payments->remove(paymentId, &paid); !removed)
            return removed;
        m_database.noteChange(RecordKind::Payment, ChangeOp::Removed, paymentId);
        for (qint64 invoice : std::as_const(paid))
            m_database.noteChange(RecordKind::Invoice, ChangeOp::Updated, invoice);
        return {};
    });
}

InvoiceStatus BillingService::statusOf(const InvoiceRecord& record) const {
    return InvoiceStatusRules::status(record, m_clock.today());
}

Result<QList<InvoiceRecord>> BillingService::list(const InvoiceQuery& query) const {
    auto records = m_invoices->list(query);
    if (!records || !query.status)
        return records;
    QList<InvoiceRecord> matching;
    for (const InvoiceRecord& r : *records) {
        if (statusOf(r) == *query.status)
            matching.append(r);
    }
    return matching;
}

Status BillingService::forEachInvoice(
    const InvoiceQuery& query,
    const std::function<bool(const InvoiceRecord&, InvoiceStatus)>& visit) const {
    const QDate today = m_clock.today();
    return m_invoices->forEachRow(query, [&](const InvoiceRecord& r) {
        const InvoiceStatus status = InvoiceStatusRules::status(r, today);
        if (query.status && status != *query.status)
            return true;
        return visit(r, status);
    });
}

Result<QList<InvoiceRecord>> BillingService::invoiceRows(const InvoiceQuery& query) const {
    QList<InvoiceRecord> rows;
    const Status read = forEachInvoice(query, [&rows](const InvoiceRecord& r, InvoiceStatus) {
        rows.append(r);
        return true;
    });
    if (!read)
        return read.error();
    return rows;
}

Result<InvoiceRecord> BillingService::record(qint64 invoiceId) const {
    return m_invoices->record(invoiceId);
}

Result<Invoice> BillingService::invoice(qint64 invoiceId) const {
    return m_invoices->get(invoiceId);
}

Result<QList<PaymentRecord>> BillingService::payments(const PaymentQuery& query) const {
    return m_payments->list(query);
}

Status
BillingService::forEachPayment(const PaymentQuery& query,
                               const std::function<bool(const PaymentRecord&)>& visit) const {
    return m_payments->forEach(query, visit);
}

Result<Money> BillingService::clientCredit(qint64 clientId, const QString& currency) const {
    return m_payments->clientCredit(clientId, currency);
}

Result<ClientBalance> BillingService::clientBalance(qint64 clientId) const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    InvoiceQuery query;
    query.clientId = clientId;
    ClientBalance balance;
    balance.outstanding = balance.overdue = Money(0, settings->currency);
    const Status read = forEachInvoice(query, [&](const InvoiceRecord& r, InvoiceStatus status) {
        if (status == InvoiceStatus::Draft || status == InvoiceStatus::Cancelled ||
            r.invoice.isCreditNote() || !r.outstanding().isPositive())
            return true;
        balance.outstanding += r.outstanding();
        ++balance.openInvoices;
        if (status == InvoiceStatus::Overdue)
            balance.overdue += r.outstanding();
        return true;
    });
    if (!read)
        return read.error();
    auto credit = m_payments->clientCredit(clientId, settings->currency);
    if (!credit)
        return credit.error();
    balance.credit = *credit;
    return balance;
}

Result<BillingOverview> BillingService::overview(int year) const {
    const DataVersion version = m_database.dataVersion();
    const QDate today = m_clock.today();
    if (m_overview && version.isValid() && m_overview->version == version &&
        m_overview->today == today && m_overview->year == year)
        return m_overview->overview;
    Result<BillingOverview> read = readOverview(year);
    if (read && version.isValid())
        m_overview = CachedOverview{version, today, year, *read};
    else
        m_overview.reset();
    return read;
}

Result<BillingOverview> BillingService::readOverview(int year) const {
    auto settings = businessSettings();
    if (!settings)
        return settings.error();
    // Shaped for the view: the year's sums by month and the unused credit come
    // from SQL, and the reports of what is owed need only the invoices still
    // open, not every invoice or payment ever written.
    BillingOverview o;
    o.currency = settings->currency;
    o.today = m_clock.today();
    o.year = year;
    auto months = m_invoices->revenueByMonth(year, o.currency);
    if (!months)
        return months.error();
    auto invoices = m_invoices->openInvoices();
    if (!invoices)
        return invoices.error();
    auto unallocated = m_payments->clientCredit(0, o.currency);
    if (!unallocated)
        return unallocated.error();
    o.months = *months;
    o.yearTotal.year = year;
    o.yearTotal.net = o.yearTotal.tax = o.yearTotal.gross = o.yearTotal.received =
        Money(0, o.currency);
    for (const RevenueRow& m : std::as_const(o.months)) {
        o.yearTotal.net += m.net;
        o.yearTotal.tax += m.tax;
        o.yearTotal.gross += m.gross;
        o.yearTotal.received += m.received;
        o.yearTotal.documents += m.documents;
    }
    o.owed = BillingReports::owedByClient(*invoices, o.today, o.currency);
    o.overdue = BillingReports::overdue(*invoices, o.today);
    o.unallocated = *unallocated;
    return o;
}

} // namespace md
