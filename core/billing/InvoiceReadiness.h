#pragma once

#include "billing/BusinessSettings.h"
#include "billing/InvoiceRecipient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

// A detail an invoice should show but its parties' details lack.
enum class InvoiceDetail {
    SellerName,    // the mentor's name or business name
    SellerAddress, // the mentor's postal address
    SellerTaxId,   // the mentor's tax number or VAT id (a VAT invoice only)
    ClientAddress, // the client's billing address
    BankDetails,   // the IBAN the client pays to
};

struct MissingInvoiceDetail {
    InvoiceDetail detail;
    QString label; // plain words, translated: "your tax number"
};

// Which details an invoice lacks before it is issued. Issuing is still
// allowed (a new workspace can invoice at once), but the mentor is told
// first: an issued invoice never changes. The CLI's `invoice issue` and the
// GUI's issue confirmations both ask this one rule, each then naming where
// the detail is set.
class InvoiceReadiness final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceReadiness)
public:
    // A VAT invoice needs the seller's tax id; one under the small-business
    // exemption (seller.taxExempt) does not.
    static QList<MissingInvoiceDetail> missing(const SellerDetails& seller,
                                               const InvoiceRecipient& recipient,
                                               const QString& clientName);
    // "your tax number and Anna Berg's billing address".
    static QString listed(const QList<MissingInvoiceDetail>& missing);
};

} // namespace md
