#include "export/InvoiceCsvExporter.h"

#include "billing/BillingService.h"
#include "common/AtomicFile.h"

#include <QDir>

#include <memory>
#include <vector>

namespace md {

namespace {

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString InvoiceCsvExporter::field(const QString& value) {
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString InvoiceCsvExporter::record(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray InvoiceCsvExporter::invoicesCsv(const QList<InvoiceRecord>& invoices,
                                           const QDate& today) {
    QString out =
        record({QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("status"),
                QStringLiteral("issue_date"), QStringLiteral("due_date"),
                QStringLiteral("client_id"), QStringLiteral("client"), QStringLiteral("bill_to"),
                QStringLiteral("currency"), QStringLiteral("net"), QStringLiteral("tax"),
                QStringLiteral("total"), QStringLiteral("paid"), QStringLiteral("credited"),
                QStringLiteral("outstanding"), QStringLiteral("corrects")});
    for (const InvoiceRecord& r : invoices) {
        const Invoice& inv = r.invoice;
        if (!inv.isIssued())
            continue;
        out += record({inv.number, invoiceKindKey(inv.kind),
                       invoiceStatusKey(InvoiceStatusRules::status(r, today)),
                       isoDate(inv.issueDate), isoDate(inv.dueDate), QString::number(inv.clientId),
                       r.clientName, inv.billTo, inv.currency, r.net.toDecimalString(),
                       r.tax.toDecimalString(), r.total.toDecimalString(), r.paid.toDecimalString(),
                       r.credited.toDecimalString(),
                       inv.isCreditNote() ? Money(0, inv.currency).toDecimalString()
                                          : r.outstanding().toDecimalString(),
                       r.creditOfNumber});
    }
    return out.toUtf8();
}

QByteArray InvoiceCsvExporter::invoiceLinesCsv(const QList<Invoice>& invoices) {
    QString out = record(
        {QStringLiteral("invoice_number"), QStringLiteral("position"),
         QStringLiteral("description"), QStringLiteral("service_date"), QStringLiteral("quantity"),
         QStringLiteral("unit_price"), QStringLiteral("tax_rate_percent"), QStringLiteral("net"),
         QStringLiteral("tax"), QStringLiteral("gross"), QStringLiteral("currency")});
    for (const Invoice& inv : invoices) {
        if (!inv.isIssued())
            continue;
        int position = 0;
        for (const InvoiceLine& line : inv.lines) {
            const LineAmounts a = line.amounts();
            out +=
                record({inv.number, QString::number(++position), line.description,
                        isoDate(line.serviceDate), InvoiceMath::formatQuantity(line.quantityMilli),
                        Money(line.unitPriceMinor, inv.currency).toDecimalString(),
                        InvoiceMath::formatRatePercent(line.taxRateBasisPoints),
                        Money(a.net, inv.currency).toDecimalString(),
                        Money(a.tax, inv.currency).toDecimalString(),
                        Money(a.gross(), inv.currency).toDecimalString(), inv.currency});
        }
    }
    return out.toUtf8();
}

QByteArray InvoiceCsvExporter::paymentsCsv(const QList<PaymentRecord>& payments) {
    QString out =
        record({QStringLiteral("date"), QStringLiteral("client_id"), QStringLiteral("client"),
                QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("method"),
                QStringLiteral("reference"), QStringLiteral("invoices"),
                QStringLiteral("allocated"), QStringLiteral("unallocated")});
    for (const PaymentRecord& r : payments) {
        const Payment& p = r.payment;
        out += record({isoDate(p.receivedOn), QString::number(p.clientId), r.clientName,
                       p.amount.toDecimalString(), p.amount.currency(), paymentMethodKey(p.method),
                       p.reference, r.invoiceNumbers.join(QLatin1Char(' ')),
                       r.allocated.toDecimalString(), r.unallocated().toDecimalString()});
    }
    return out.toUtf8();
}

Result<QStringList> InvoiceCsvExporter::exportAll(const BillingService& billing,
                                                  const QString& directory, const QDate& today) {
    if (!QDir().mkpath(directory))
        return makeError(
            ErrorCode::Io,
            tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    auto records = billing.list();
    if (!records)
        return records.error();
    QList<Invoice> full;
    for (const InvoiceRecord& r : *records) {
        if (!r.invoice.isIssued())
            continue;
        auto invoice = billing.invoice(r.invoice.id);
        if (!invoice)
            return invoice.error();
        full.append(*invoice);
    }
    auto payments = billing.payments();
    if (!payments)
        return payments.error();
    const QDir dir(directory);
    const QList<QPair<QString, QByteArray>> files{
        {dir.filePath(QStringLiteral("invoices.csv")), invoicesCsv(*records, today)},
        {dir.filePath(QStringLiteral("invoice_lines.csv")), invoiceLinesCsv(full)},
        {dir.filePath(QStringLiteral("payments.csv")), paymentsCsv(*payments)},
    };
    // Every file is written in full beside its target before any replaces
    // the old one: a full disk leaves the last export as it was.
    std::vector<std::unique_ptr<AtomicFileWriter>> writers;
    for (const auto& [path, bytes] : files) {
        auto writer = std::make_unique<AtomicFileWriter>(path);
        if (Status opened = writer->open(); !opened)
            return opened.error();
        // A failed write is reported by commit(), which then replaces nothing.
        if (!writer->write(bytes))
            return writer->commit().error();
        writers.push_back(std::move(writer));
    }
    QStringList written;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (Status committed = writers.at(size_t(i))->commit(); !committed)
            return committed.error();
        written << files.at(i).first;
    }
    return written;
}

} // namespace md
