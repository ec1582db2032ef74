#include "billing/IssueNotice.h"

#include "billing/BillingService.h"

#include <QCoreApplication>
#include <QLocale>

namespace md {

QString missingDetailsNotice(const BillingService& billing, qint64 clientId) {
    const auto missing = billing.missingDetails(clientId);
    if (!missing || missing->isEmpty())
        return {};
    bool profile = false;
    bool bank = false;
    bool client = false;
    for (const MissingInvoiceDetail& m : *missing) {
        switch (m.detail) {
        case InvoiceDetail::SellerName:
        case InvoiceDetail::SellerAddress:
        case InvoiceDetail::SellerTaxId:
            profile = true;
            break;
        case InvoiceDetail::BankDetails:
            bank = true;
            break;
        case InvoiceDetail::ClientAddress:
            client = true;
            break;
        }
    }
    QStringList where;
    if (profile)
        where << QCoreApplication::translate("md::IssueNotice",
                                             "your details under Billing › Settings › Your name "
                                             "and address");
    if (bank)
        where << QCoreApplication::translate(
            "md::IssueNotice", "the bank details under Billing › Settings › Business settings");
    if (client)
        where << QCoreApplication::translate(
            "md::IssueNotice", "the client's address with Billing details… on the client's page");
    return QCoreApplication::translate("md::IssueNotice",
                                       "\n\nThe invoice will not show %1. An issued invoice "
                                       "cannot be changed, so set %2 first if it needs them.")
        .arg(InvoiceReadiness::listed(*missing), QLocale().createSeparatedList(where));
}

} // namespace md
