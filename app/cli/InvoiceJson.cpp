#include "InvoiceJson.h"

#include <QJsonArray>

namespace md::cli {

namespace {
QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject InvoiceJson::summary(const InvoiceRecord& r, InvoiceStatus status) {
    const Invoice& inv = r.invoice;
    return QJsonObject{
        {QStringLiteral("id"), inv.id},
        {QStringLiteral("number"), inv.number},
        {QStringLiteral("type"), invoiceKindKey(inv.kind)},
        {QStringLiteral("status"), invoiceStatusKey(status)},
        {QStringLiteral("client_id"), inv.clientId},
        {QStringLiteral("client"), r.clientName},
        {QStringLiteral("currency"), inv.currency},
        {QStringLiteral("issue_date"), isoDate(inv.issueDate)},
        {QStringLiteral("due_date"), isoDate(inv.dueDate)},
        {QStringLiteral("net"), r.net.toDecimalString()},
        {QStringLiteral("tax"), r.tax.toDecimalString()},
        {QStringLiteral("total"), r.total.toDecimalString()},
        {QStringLiteral("paid"), r.paid.toDecimalString()},
        {QStringLiteral("credited"), r.credited.toDecimalString()},
        {QStringLiteral("outstanding"), inv.isCreditNote() || !inv.isIssued()
                                            ? Money(0, inv.currency).toDecimalString()
                                            : r.outstanding().toDecimalString()},
        {QStringLiteral("corrects"), r.creditOfNumber},
    };
}

QJsonObject InvoiceJson::full(const InvoiceRecord& record, const Invoice& invoice,
                              InvoiceStatus status) {
    QJsonObject json = summary(record, status);
    json.insert(QStringLiteral("bill_to"), invoice.billTo);
    json.insert(QStringLiteral("notes"), invoice.notes);
    QJsonArray lines;
    for (const InvoiceLine& line : invoice.lines) {
        const LineAmounts a = line.amounts();
        QJsonObject l{
            {QStringLiteral("description"), line.description},
            {QStringLiteral("quantity"), InvoiceMath::formatQuantity(line.quantityMilli)},
            {QStringLiteral("unit_price"),
             Money(line.unitPriceMinor, invoice.currency).toDecimalString()},
            {QStringLiteral("tax_rate"), InvoiceMath::formatRatePercent(line.taxRateBasisPoints)},
            {QStringLiteral("net"), Money(a.net, invoice.currency).toDecimalString()},
            {QStringLiteral("tax"), Money(a.tax, invoice.currency).toDecimalString()},
        };
        if (line.serviceDate.isValid())
            l.insert(QStringLiteral("date"), isoDate(line.serviceDate));
        if (line.sessionId > 0)
            l.insert(QStringLiteral("session_id"), line.sessionId);
        lines.append(l);
    }
    json.insert(QStringLiteral("lines"), lines);
    QJsonArray breakdown;
    for (const TaxBreakdownRow& row : invoice.totals().byRate)
        breakdown.append(QJsonObject{
            {QStringLiteral("rate"), InvoiceMath::formatRatePercent(row.rateBasisPoints)},
            {QStringLiteral("net"), row.net.toDecimalString()},
            {QStringLiteral("tax"), row.tax.toDecimalString()}});
    json.insert(QStringLiteral("tax_breakdown"), breakdown);
    return json;
}

QJsonObject InvoiceJson::payment(const PaymentRecord& r) {
    const Payment& p = r.payment;
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("date"), isoDate(p.receivedOn)},
        {QStringLiteral("client_id"), p.clientId},
        {QStringLiteral("client"), r.clientName},
        {QStringLiteral("amount"), p.amount.toDecimalString()},
        {QStringLiteral("currency"), p.amount.currency()},
        {QStringLiteral("method"), paymentMethodKey(p.method)},
        {QStringLiteral("reference"), p.reference},
        {QStringLiteral("invoices"), QJsonArray::fromStringList(r.invoiceNumbers)},
        {QStringLiteral("unallocated"), r.unallocated().toDecimalString()},
    };
}

} // namespace md::cli
