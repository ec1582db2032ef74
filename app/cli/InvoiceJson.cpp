#include "InvoiceJson.h"

#include "common/IsoText.h"

#include <QJsonArray>

namespace md::cli {

JsonRow InvoiceJson::summaryRow(const InvoiceRecord& r, InvoiceStatus status) {
    const auto key = [](const char* name) {
        return QLatin1StringView(name);
    };
    const Invoice& inv = r.invoice;
    JsonRow row;
    row.number(key("id"), inv.id)
        .text(key("number"), inv.number)
        .text(key("type"), invoiceKindKey(inv.kind))
        .text(key("status"), invoiceStatusKey(status))
        .number(key("client_id"), inv.clientId)
        .text(key("client"), r.clientName)
        .text(key("currency"), inv.currency)
        .text(key("issue_date"), isoDateText(inv.issueDate))
        .text(key("due_date"), isoDateText(inv.dueDate))
        .text(key("net"), r.net.toDecimalString())
        .text(key("tax"), r.tax.toDecimalString())
        .text(key("total"), r.total.toDecimalString())
        .text(key("paid"), r.paid.toDecimalString())
        .text(key("credited"), r.credited.toDecimalString())
        .text(key("outstanding"), inv.isCreditNote() || !inv.isIssued()
                                      ? Money(0, inv.currency).toDecimalString()
                                      : r.outstanding().toDecimalString())
        .text(key("corrects"), r.creditOfNumber);
    return row;
}

QJsonObject InvoiceJson::summary(const InvoiceRecord& r, InvoiceStatus status) {
    return summaryRow(r, status).toObject();
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
            l.insert(QStringLiteral("date"), isoDateText(line.serviceDate));
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
        {QStringLiteral("date"), isoDateText(p.receivedOn)},
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
