#include "agreements/AgreementPdfRenderer.h"

#include "export/DocumentLayout.h"
#include "export/MentorLetterhead.h"
#include "export/PageBreaks.h"
#include "i18n/DocumentTranslator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace md {

namespace {

const QString kSignatureHeadingMarker = QStringLiteral("[[md:signatures]]");
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
p.end-note { margin-top: 10px; font-weight: bold; }
p.signature-caption { font-family: 'DejaVu Sans'; font-size: 8pt; color: #444444;
                      margin-top: 3px; margin-bottom: 0px; }
)";

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString signatureSectionHtml(const QList<SignatureSlot>& slots, const DocumentTranslator& text) {
    QString html =
        QStringLiteral("<h2>%1%2</h2><p>%3</p>")
            .arg(kSignatureHeadingMarker, text.translate("md::AgreementPdfRenderer", "Signatures"),
                 text.translate("md::AgreementPdfRenderer",
                                "By signing below, the parties confirm that they have "
                                "read this agreement and agree to its terms."));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>");
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const SignatureSlot& slot = slots.at(i);
        const QString role = slot.role == SignerRole::Mentee
                                 ? text.translate("md::AgreementPdfRenderer", "The mentee")
                                 : text.translate("md::AgreementPdfRenderer", "The mentor");
        const QString date = slot.dateLine.isEmpty() ? text.translate("md::AgreementPdfRenderer",
                                                                      "Date: ____________________")
                                                     : escaped(slot.dateLine);
        const QString note = slot.note.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<br><i>%1</i>").arg(escaped(slot.note));
        html += QStringLiteral("<td width=\"50%\" valign=\"top\"><p class=\"party-role\">%1</p>"
                               "<p>%2</p><p class=\"signature-caption\"><b>%3</b><br>%4%5</p></td>")
                    .arg(escaped(role),
                         DocumentLayout::boxMarker(QStringLiteral("signature-%1").arg(i)),
                         escaped(slot.fullName), date, note);
    }
    html += QStringLiteral("</tr></table>");
    return html;
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
    const QList<PageSpan> pages = pageSpans(document, pageHeight);
    const auto page = std::find_if(pages.cbegin(), pages.cend(),
                                   [top](const PageSpan& span) { return top < span.bottom; });
    if (page != pages.cend() && lastContent > page->bottom) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

QString footerText(const AgreementLayout& layout, const DocumentTranslator& text) {
    QStringList left;
    if (!layout.number.isEmpty())
        left << text.translate("md::AgreementPdfRenderer", "Agreement %1").arg(layout.number);
    if (!layout.fingerprint.isEmpty())
        left
            << text.translate("md::AgreementPdfRenderer", "Fingerprint %1").arg(layout.fingerprint);
    return left.join(QStringLiteral("   ·   "));
}

DocumentContent contentOf(const AgreementLayout& layout) {
    const DocumentTranslator text(layout.language);
    DocumentContent content;
    content.title = layout.title;
    content.letterhead = MentorLetterhead::of(layout.mentor, text);
    const QString endNote =
        layout.endNote.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"end-note\">%1</p>").arg(escaped(layout.endNote));
    content.html = DocumentLayout::letterheadHtml(content.letterhead) + layout.bodyHtml + endNote +
                   signatureSectionHtml(layout.signatures, text);
    content.styleSheet = AgreementPdfRenderer::styleSheet();
    content.font = AgreementPdfRenderer::bodyFont();
    content.footer = footerText(layout, text);
    content.language = text.language();
    const QList<SignatureSlot> slots = layout.signatures;
    content.arrange = [slots](QTextDocument& document, qreal pageHeight) {
        for (qsizetype i = 0; i < slots.size(); ++i)
            DocumentLayout::placeBox(document, QStringLiteral("signature-%1").arg(i),
                                     {slots.at(i).image, 68, 22, true, false});
        keepSignaturesTogether(document, pageHeight);
    };
    return content;
}

} // namespace

Status AgreementPdfRenderer::paint(const AgreementLayout& layout, QPagedPaintDevice& device) {
    return DocumentLayout::paint(contentOf(layout), device);
}

QPageLayout AgreementPdfRenderer::pageLayout(const QPageSize& pageSize) {
    return DocumentLayout(pageSize).pageLayout();
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
    return DocumentLayout(layout.pageSize).renderPdf(contentOf(layout));
}

} // namespace md
