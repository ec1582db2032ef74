#pragma once

#include "billing/InvoiceDocument.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>

class QPagedPaintDevice;

namespace md {

// Renders an invoice or credit note to PDF in memory: HTML from the templates
// core/templates/invoice*.html in the one DocumentLayout (the seller's
// letterhead, the page, and the seller's details and page numbers in the
// footer of every page), painted on a QPdfWriter over a QBuffer (QtGui only,
// no printing module).
class InvoicePdfRenderer final {
    Q_DECLARE_TR_FUNCTIONS(md::InvoicePdfRenderer)
public:
    // The filled-in HTML (also used for print preview in the UI), in the
    // document's language (InvoiceDocument::language): labels and notes,
    // dates, numbers and money.
    static QString html(const InvoiceDocument& document);
    static Result<QByteArray> render(const InvoiceDocument& document);
    // Paints every page on `device` (a QPdfWriter, or a QPrinter in the UI
    // for printing and print preview), so paper and PDF look the same.
    static Status paint(const InvoiceDocument& document, QPagedPaintDevice& device);
    // DocumentLayout's page for this computer's locale (A4, or Letter in the US).
    static QPageLayout pageLayout();
    // "Invoice 2026-0001.pdf", "Credit note 2026-0002.pdf", "Draft invoice 12.pdf".
    static QString suggestedFileName(const Invoice& invoice);
    // The footer line printed on every page.
    static QString footerText(const SellerDetails& seller,
                              const QString& language = QStringLiteral("en"));
};

} // namespace md
