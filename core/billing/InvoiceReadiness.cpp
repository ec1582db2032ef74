#include "billing/InvoiceReadiness.h"

#include <QLocale>

namespace md {

QList<MissingInvoiceDetail> InvoiceReadiness::missing(const SellerDetails& seller,
                                                      const InvoiceRecipient& recipient,
                                                      const QString& clientName) {
    QList<MissingInvoiceDetail> missing;
    if (seller.name.trimmed().isEmpty() && seller.businessName.trimmed().isEmpty())
        missing.append({InvoiceDetail::SellerName, tr("your name")});
    if (seller.address.trimmed().isEmpty())
        missing.append({InvoiceDetail::SellerAddress, tr("your address")});
    if (!seller.taxExempt && seller.taxId.trimmed().isEmpty())
        missing.append({InvoiceDetail::SellerTaxId, tr("your tax number")});
    if (recipient.address.trimmed().isEmpty())
        missing.append({InvoiceDetail::ClientAddress, tr("%1's billing address").arg(clientName)});
    if (seller.iban.trimmed().isEmpty())
        missing.append({InvoiceDetail::BankDetails, tr("your bank details")});
    return missing;
}

QString InvoiceReadiness::listed(const QList<MissingInvoiceDetail>& missing) {
    QStringList labels;
    for (const MissingInvoiceDetail& m : missing)
        labels << m.label;
    return QLocale().createSeparatedList(labels);
}

} // namespace md
