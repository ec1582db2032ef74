#pragma once

#include "agreements/Agreement.h"
#include "common/Result.h"
#include "settings/MentorProfile.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace md {

// One signature block at the end of the document. Without an image it is a
// blank line to sign on paper.
struct SignatureSlot {
    SignerRole role = SignerRole::Mentee;
    QString fullName;
    QImage image;     // the drawn signature; null = sign by hand
    QString dateLine; // e.g. "Signed on screen on 2 March 2026, 09:00 UTC"; empty = "Date: ____"
    // What the signature block says besides, e.g. that the typed name differs
    // from the name on record and the mentor confirmed it; empty = nothing.
    QString note;
};

// Everything on the page besides the template text itself.
struct AgreementLayout {
    QString title;                           // PDF metadata
    QString language = QStringLiteral("en"); // of the text around the agreement's own
    QString bodyHtml;                        // the agreement text
    MentorProfile mentor;                    // letterhead and logo
    QString number;                          // "AGR-00007", in the footer
    QString fingerprint;                     // in the footer
    // A sentence before the signatures, e.g. "This agreement ends on 31 March
    // 2027."; empty for an open-ended agreement.
    QString endNote;
    QList<SignatureSlot> signatures;
    QPageSize pageSize = QPageSize(QPageSize::A4);
};

// Lays out an agreement as a printed document in the one DocumentLayout:
// the mentor's letterhead, the text, the signature blocks and, on every page,
// a footer with the agreement number, its fingerprint and the page number.
// Uses QtGui only (QTextDocument, QPdfWriter), so the CLI renders exactly
// what the GUI prints.
class AgreementPdfRenderer final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementPdfRenderer)
public:
    // Renders to PDF bytes in memory; nothing touches the disk.
    static Result<QByteArray> renderPdf(const AgreementLayout& layout);

    // Paints onto any paged device (a QPrinter for printing or previewing, a
    // QPdfWriter), one page after another.
    static Status paint(const AgreementLayout& layout, QPagedPaintDevice& device);

    // The look of the printed text, for editors that want to show text the
    // way it will print: the style sheet and the default font of the body.
    static QString styleSheet();
    // The page (size and margins) agreements are laid out on; printers get
    // the same so that print and PDF match.
    static QPageLayout pageLayout(const QPageSize& pageSize);
    static QFont bodyFont();
};

} // namespace md
