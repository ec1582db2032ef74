#pragma once

#include "billing/Invoice.h"
#include "billing/Payment.h"

#include "ListOutput.h"

#include <QJsonObject>

namespace md::cli {

// JSON forms for `invoice list/show --json` and `payment list --json`.
// Amounts are strings with a dot decimal separator ("120.50"), exact.
class InvoiceJson final {
public:
    static QJsonObject summary(const InvoiceRecord& record, InvoiceStatus status);
    // The same members, for a list written row by row.
    static JsonRow summaryRow(const InvoiceRecord& record, InvoiceStatus status);
    static QJsonObject full(const InvoiceRecord& record, const Invoice& invoice,
                            InvoiceStatus status);
    static QJsonObject payment(const PaymentRecord& record);
};

} // namespace md::cli
