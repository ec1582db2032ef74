#pragma once

#include <QString>

namespace md {

class BillingService;

// The paragraph added to "Issue this invoice?" when an invoice to the client
// would go out without a detail it should show (BillingService::
// missingDetails: the mentor's name, address and, on a VAT invoice, tax
// number; the client's billing address; the bank details), saying where each
// is set; empty when nothing is missing. An issued invoice can no longer
// change, so this is said before, not after.
QString missingDetailsNotice(const BillingService& billing, qint64 clientId);

} // namespace md
