#include "agreements/AgreementPdfRenderer.h"

#include "agreements/DocumentBoxHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::AgreementPdfRenderer", text);
}

// Margins of the printed page, in millimetres.
const QMarginsF kPageMarginsMm(22, 18, 22, 12);
const qreal kFooterMm = 11;
const QString kSignatureHeadingMarker = QStringLiteral("[[md:signatures]]");

QString marker(const QString& name) {
    return QStringLiteral("[[md:box:%1]]").arg(name);
}

const char* const kStyleSheet = R"(
body { font-family: 'DejaVu Serif'; font-size: 10pt; color: #1b1b1b; }
h1 { font-family: 'DejaVu Sans'; font-size: 19pt; font-weight: bold; color: #23415f;
     text-align: center; margin-top: 14px; margin-bottom: 2px; }
h2 { font-family: 'DejaVu Sans'; font-size: 11pt; font-weight: bold; color: #23415f;
     margin-top: 14px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 6px; line-height: 118%; }
li { margin-bottom: 3px; }
ul { margin-top: 0px; margin-bottom: 6px; }
p.subtitle { font-family: 'DejaVu Sans'; font-size: 10pt; color: #555555;
             text-align: center; margin-bottom: 16px; }
p.party-role { font-family: 'DejaVu Sans'; font-size: 7.5pt; font-weight: bold;
               color: #6a6a6a; margin-bottom: 2px; }
p.letterhead-name { font-family: 'DejaVu Sans'; font-size: 13pt; font-weight: bold;
                    color: #23415f; margin-bottom: 1px; }
p.letterhead-detail { font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555555;
                      margin-bottom: 0px; }
p.end-note { margin-top: 10px; font-weight: bold; }
p.signature-caption { font-family: 'DejaVu Sans'; font-size: 8pt; color: #444444;
                      margin-top: 3px; margin-bottom: 0px; }
)";

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString letterheadHtml(const MentorProfile& mentor) {
    const QString name = mentor.businessName.isEmpty() ? mentor.name : mentor.businessName;
    if (name.isEmpty() && mentor.logoImage.isEmpty())
        return {};
    QStringList details;
    if (!mentor.businessName.isEmpty() && !mentor.name.isEmpty())
        details << escaped(mentor.name);
    const QString address =
        mentor.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1String(", "));
    if (!address.trimmed().isEmpty())
        details << escaped(address.simplified());
    QStringList contact;
    if (!mentor.email.isEmpty())
        contact << escaped(mentor.email);
    if (!mentor.phone.isEmpty())
        contact << escaped(mentor.phone);
    if (!mentor.taxId.isEmpty())
        contact << tr("Tax ID %1").arg(escaped(mentor.taxId));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td valign=\"bottom\">");
    html += QStringLiteral("<p class=\"letterhead-name\">%1</p>").arg(escaped(name));
    for (const QString& line :
         {details.join(QStringLiteral(" · ")), contact.join(QStringLiteral(" · "))}) {
        if (!line.isEmpty())
            html += QStringLiteral("<p class=\"letterhead-detail\">%1</p>").arg(line);
    }
    html += QStringLiteral("</td>");
    if (!mentor.logoImage.isEmpty())
        html += QStringLiteral("<td align=\"right\" valign=\"bottom\">%1</td>")
                    .arg(marker(QStringLiteral("logo")));
    html += QStringLiteral("</tr></table><hr>");
    return html;
}

QString signatureSectionHtml(const QList<SignatureSlot>& slots) {
    QString html = QStringLiteral("<h2>%1%2</h2><p>%3</p>")
                       .arg(kSignatureHeadingMarker, tr("Signatures"),
                            tr("By signing below, the parties confirm that they have read this "
                               "agreement and agree to its terms."));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const SignatureSlot& slot = slots.at(i);
        const QString role = slot.role == SignerRole::Mentee ? tr("The mentee") : tr("The mentor");
        const QString date =
            slot.dateLine.isEmpty() ? tr("Date: ____________________") : escaped(slot.dateLine);
        html += QStringLiteral("<td width=\"50%\" valign=\"top\"><p class=\"party-role\">%1</p>"
                               "<p>%2</p><p class=\"signature-caption\"><b>%3</b><br>%4</p></td>")
                    .arg(escaped(role), marker(QStringLiteral("signature-%1").arg(i)),
                         escaped(slot.fullName), date);
    }
    html += QStringLiteral("</tr></table>");
    return html;
}

// Replaces a marker with a box object. Returns false when it is not there.
bool placeBox(QTextDocument& document, const QString& name, const QImage& image, qreal widthMm,
              qreal heightMm, bool underline, bool alignRight) {
    QTextCursor cursor = document.find(marker(name));
    if (cursor.isNull())
        return false;
    QTextCharFormat format;
    format.setObjectType(DocumentBoxHandler::kObjectType);
    format.setProperty(DocumentBoxHandler::ImageProperty, image);
    format.setProperty(DocumentBoxHandler::WidthMmProperty, widthMm);
    format.setProperty(DocumentBoxHandler::HeightMmProperty, heightMm);
    format.setProperty(DocumentBoxHandler::UnderlineProperty, underline);
    format.setProperty(DocumentBoxHandler::AlignRightProperty, alignRight);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return true;
}

// Starts the signature section on a new page when it would otherwise be
// split, so that no signature stands apart from the heading it belongs to.
void keepSignaturesTogether(QTextDocument& document, qreal pageHeight) {
    QTextCursor heading = document.find(kSignatureHeadingMarker);
    if (heading.isNull())
        return;
    heading.removeSelectedText();
    const QTextBlock block = heading.block();
    // The signature table is the document's last frame.
    const auto frames = document.rootFrame()->childFrames();
    if (frames.isEmpty())
        return;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal top = layout->blockBoundingRect(block).top();
    const qreal lastContent = layout->frameBoundingRect(frames.last()).bottom();
    if (std::floor(top / pageHeight) != std::floor((lastContent - 1) / pageHeight)) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

void paintFooter(QPainter& painter, const QRectF& area, const AgreementLayout& layout, int page,
                 int pageCount, qreal dotsPerMm) {
    painter.save();
    painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.2 * dotsPerMm));
    painter.drawLine(area.topLeft(), area.topRight());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF text = area.adjusted(0, 2 * dotsPerMm, 0, 0);
    QStringList left;
    if (!layout.number.isEmpty())
        left << tr("Agreement %1").arg(layout.number);
    if (!layout.fingerprint.isEmpty())
        left << tr("Fingerprint %1").arg(layout.fingerprint);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left.join(QStringLiteral("   ·   ")));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(page).arg(pageCount));
    painter.restore();
}

} // namespace

Status AgreementPdfRenderer::paint(const AgreementLayout& layout, QPagedPaintDevice& device) {
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const qreal width = device.width();
    const qreal pageHeight = device.height() - kFooterMm * dotsPerMm;
    if (width <= 0 || pageHeight <= 0)
        return makeError(ErrorCode::InvalidInput, tr("The page is too small for an agreement."));

    QTextDocument document;
    // Lay out for the device itself; without it fonts and margins come out at
    // screen scale and the text is tiny.
    document.documentLayout()->setPaintDevice(&device);
    auto* handler = new DocumentBoxHandler(dotsPerMm, &document);
    document.documentLayout()->registerHandler(DocumentBoxHandler::kObjectType, handler);
    document.setDefaultFont(bodyFont());
    document.setDefaultStyleSheet(styleSheet());
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(width, pageHeight));
    const QString endNote =
        layout.endNote.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"end-note\">%1</p>").arg(escaped(layout.endNote));
    document.setHtml(letterheadHtml(layout.mentor) + layout.bodyHtml + endNote +
                     signatureSectionHtml(layout.signatures));
    document.setMetaInformation(QTextDocument::DocumentTitle, layout.title);

    if (!layout.mentor.logoImage.isEmpty())
        placeBox(document, QStringLiteral("logo"), QImage::fromData(layout.mentor.logoImage), 40,
                 16, false, true);
    for (qsizetype i = 0; i < layout.signatures.size(); ++i)
        placeBox(document, QStringLiteral("signature-%1").arg(i), layout.signatures.at(i).image, 68,
                 22, true, false);
    keepSignaturesTogether(document, pageHeight);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, tr("Could not start drawing the agreement."));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::LosslessImageRendering, true);
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, tr("Could not start a new page."));
        }
        painter.save();
        const QRectF visible(0, page * pageHeight, width, pageHeight);
        painter.translate(0, -visible.top());
        // drawContents() paints every block that touches the rectangle; the
        // clip keeps a block that continues on the next page off this one.
        painter.setClipRect(visible);
        document.drawContents(&painter, visible);
        painter.restore();
        paintFooter(painter, QRectF(0, pageHeight + 3 * dotsPerMm, width, kFooterMm * dotsPerMm),
                    layout, page + 1, pageCount, dotsPerMm);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("Could not finish drawing the agreement."));
    return {};
}

QPageLayout AgreementPdfRenderer::pageLayout(const QPageSize& pageSize) {
    return QPageLayout(pageSize, QPageLayout::Portrait, kPageMarginsMm, QPageLayout::Millimeter);
}

QString AgreementPdfRenderer::styleSheet() {
    return QString::fromLatin1(kStyleSheet);
}

QFont AgreementPdfRenderer::bodyFont() {
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10);
    return font;
}

Result<QByteArray> AgreementPdfRenderer::renderPdf(const AgreementLayout& layout) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("Could not prepare the PDF in memory."));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout(layout.pageSize));
        writer.setTitle(layout.title);
        writer.setCreator(QStringLiteral("MentorDesk %1").arg(QStringLiteral(MENTORDESK_VERSION)));
        if (Status painted = paint(layout, writer); !painted)
            return painted.error();
    }
    if (!bytes.startsWith("%PDF-"))
        return makeError(ErrorCode::Io, tr("The PDF could not be produced."));
    return bytes;
}

} // namespace md
