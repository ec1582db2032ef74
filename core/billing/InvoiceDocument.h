#pragma once

#include "billing/BusinessSettings.h"
#include "billing/Invoice.h"

#include <QByteArray>

namespace md {

// Everything printed on one invoice or credit note. For an issued document
// the seller details come from the snapshot frozen at issue, so a reprint
// shows what was sent; a draft shows the current settings.
struct InvoiceDocument {
    Invoice invoice; // with its lines
    SellerDetails seller;
    QByteArray logo;    // PNG/JPEG bytes; empty = none
    Money paid;         // payments and credit applied so far (0 = not shown)
    Money credited;     // invoices: cancelled by issued credit notes (positive)
    Money creditOfPaid; // credit notes: what was paid on the corrected invoice and is given back
    QString creditOfNumber; // credit notes: the corrected invoice's number
    QDate creditOfIssueDate;
    // The language it is printed in (DocumentLanguage::codes()): the
    // client's, frozen at issue.
    QString language = QStringLiteral("en");
};

} // namespace md
