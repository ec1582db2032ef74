#include "billing/IssueNotice.h"

#include "billing/BillingService.h"

#include <QCoreApplication>

namespace md {

QString missingSellerDetailsNotice(const BillingService& billing) {
    const auto seller = billing.sellerDetails();
    if (!seller)
        return {};
    const QStringList missing = seller->missingForInvoice();
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate(
               "md::IssueNotice",
               "\n\nThe invoice will not show %1. Set them under Billing › Settings: your name "
               "and address, and the bank details in the business settings.")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace md
