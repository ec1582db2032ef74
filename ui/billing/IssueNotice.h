#pragma once

#include <QString>

namespace md {

class BillingService;

// The paragraph added to "Issue this invoice?" when the invoice would go out
// without the mentor's name, address or bank details (an issued invoice can no
// longer change); empty when nothing is missing.
QString missingSellerDetailsNotice(const BillingService& billing);

} // namespace md
