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
               "\n\nThe invoice will not show %1. Your name and address are kept in the mentor "
               "profile (Agreements area), your bank details under Business settings.")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace md
