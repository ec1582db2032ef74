#include "export/DocumentLayout.h"

#include "export/DocumentBoxHandler.h"
#include "export/PageBreaks.h"
#include "i18n/DocumentTranslator.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace md {

namespace {

// Margins of the printed page, in millimetres: generous at the sides for
// hole punches and binders, the bottom one below the footer.
const QMarginsF kPageMarginsMm(22, 18, 22, 12);
// The band at the bottom of every page that holds the footer: a gap, the
// rule, then up to two lines of small text.
constexpr qreal kFooterMm = 12;
constexpr qreal kFooterGapMm = 3;
constexpr qreal kFooterFontPt = 7;

const QString kLogoBox = QStringLiteral("letterhead-logo");
constexpr qreal kLogoWidthMm = 40;
constexpr qreal kLogoHeightMm = 16;

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

void paintFooter(QPainter& painter, const QRectF& area, const QString& footer,
                 const QString& language, int page, int pageCount, qreal dotsPerMm) {
    painter.save();
    painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.2 * dotsPerMm));
    painter.drawLine(area.topLeft(), area.topRight());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kFooterFontPt);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QString pageText = DocumentLayout::pageNumberText(page, pageCount, language);
    // The page number keeps its place however long the text at the left is.
    const qreal pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + 4 * dotsPerMm;
    const QRectF text = area.adjusted(0, 1.5 * dotsPerMm, 0, 0);
    painter.drawText(text.adjusted(0, 0, -pageWidth, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footer);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, pageText);
    painter.restore();
}

} // namespace

DocumentLayout::DocumentLayout(const QLocale& locale)
    : m_pageSize(locale.measurementSystem() == QLocale::ImperialUSSystem
                     ? QPageSize(QPageSize::Letter)
                     : QPageSize(QPageSize::A4)) {}

DocumentLayout::DocumentLayout(const QPageSize& pageSize)
    : m_pageSize(pageSize) {}

QPageLayout DocumentLayout::pageLayout() const {
    return QPageLayout(m_pageSize, QPageLayout::Portrait, kPageMarginsMm, QPageLayout::Millimeter);
}

void DocumentLayout::applyTo(QPagedPaintDevice& device) const {
    device.setPageLayout(pageLayout());
}

QString DocumentLayout::pageNumberText(int page, int pageCount, const QString& language) {
    const DocumentTranslator text(language);
    return text.translate("md::DocumentLayout", "Page %1 of %2")
        .arg(text.locale().toString(page), text.locale().toString(pageCount));
}

QString DocumentLayout::boxMarker(const QString& name) {
    return QStringLiteral("[[md:box:%1]]").arg(name);
}

QString DocumentLayout::letterheadHtml(const Letterhead& letterhead, const QString& asideHtml) {
    if (letterhead.isEmpty() && asideHtml.isEmpty())
        return {};
    QString left;
    if (!letterhead.name.isEmpty())
        left += QStringLiteral("<p style=\"font-family: 'DejaVu Sans'; font-size: 13pt; "
                               "font-weight: bold; color: #23415f; margin-top: 0px; "
                               "margin-bottom: 1px;\">%1</p>")
                    .arg(escaped(letterhead.name));
    for (const QString& line : letterhead.details) {
        if (line.trimmed().isEmpty())
            continue;
        left += QStringLiteral("<p style=\"font-family: 'DejaVu Sans'; font-size: 7.5pt; "
                               "color: #555555; margin-top: 0px; margin-bottom: 0px;\">%1</p>")
                    .arg(escaped(line));
    }
    QString right;
    if (!letterhead.logo.isEmpty())
        right += QStringLiteral("<p align=\"right\" style=\"margin-top: 0px; "
                                "margin-bottom: 2px;\">%1</p>")
                     .arg(boxMarker(kLogoBox));
    right += asideHtml;
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td valign=\"top\">%1</td><td align=\"right\" valign=\"top\">%2</td>"
                          "</tr></table><hr>")
        .arg(left, right);
}

bool DocumentLayout::placeBox(QTextDocument& document, const QString& name, const Box& box) {
    QTextCursor cursor = document.find(boxMarker(name));
    if (cursor.isNull())
        return false;
    QTextCharFormat format;
    format.setObjectType(DocumentBoxHandler::kObjectType);
    format.setProperty(DocumentBoxHandler::ImageProperty, box.image);
    format.setProperty(DocumentBoxHandler::WidthMmProperty, box.widthMm);
    format.setProperty(DocumentBoxHandler::HeightMmProperty, box.heightMm);
    format.setProperty(DocumentBoxHandler::UnderlineProperty, box.underline);
    format.setProperty(DocumentBoxHandler::AlignRightProperty, box.alignRight);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    // Lay everything out again: after an insertion next to a floating table
    // (an invoice's heading) Qt's incremental relayout drops the blocks after
    // it from the layout, and they were never painted.
    document.markContentsDirty(0, document.characterCount());
    return true;
}

Status DocumentLayout::paint(const DocumentContent& content, QPagedPaintDevice& device) {
    // Text layout needs the font database, which only a QGuiApplication has
    // (a plain QCoreApplication would abort inside Qt).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Refused,
                         tr("PDF documents can only be made by a program with a graphical "
                            "environment (start it with QT_QPA_PLATFORM=offscreen on a server)."));
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const qreal width = device.width();
    const qreal pageHeight = device.height() - kFooterMm * dotsPerMm;
    if (width <= 0 || pageHeight <= 0)
        return makeError(ErrorCode::InvalidInput, tr("The page is too small for this document."));

    QTextDocument document;
    // Lay out for the device itself; without it fonts and margins come out at
    // screen scale and the text is tiny.
    document.documentLayout()->setPaintDevice(&device);
    auto* boxes = new DocumentBoxHandler(dotsPerMm, &document);
    document.documentLayout()->registerHandler(DocumentBoxHandler::kObjectType, boxes);
    document.setDefaultFont(content.font);
    document.setDefaultStyleSheet(content.styleSheet);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(width, pageHeight));
    document.setHtml(content.html);
    document.setMetaInformation(QTextDocument::DocumentTitle, content.title);
    if (!content.letterhead.logo.isEmpty())
        placeBox(
            document, kLogoBox,
            {QImage::fromData(content.letterhead.logo), kLogoWidthMm, kLogoHeightMm, false, true});
    if (content.arrange)
        content.arrange(document, pageHeight);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, tr("Could not start drawing the document."));
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Logos and drawn signatures stay exactly as they are (no JPEG).
    painter.setRenderHint(QPainter::LosslessImageRendering, true);
    const QList<PageSpan> pages = pageSpans(document, pageHeight);
    const int pageCount = int(pages.size());
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, tr("Could not start a new page."));
        }
        painter.save();
        const QRectF visible(0, pages.at(page).top, width,
                             pages.at(page).bottom - pages.at(page).top);
        painter.translate(0, -visible.top());
        // drawContents() paints every block that touches the rectangle; the
        // clip keeps what belongs to the next page off this one.
        painter.setClipRect(visible);
        // Only the lines inside the page: a line that merely touches its top
        // or bottom edge belongs to the neighbouring page, and drawing it here,
        // even clipped, would put its text in the PDF twice.
        constexpr qreal kEdge = 0.01;
        document.drawContents(&painter, visible.adjusted(0, kEdge, 0, -kEdge));
        painter.restore();
        paintFooter(painter,
                    QRectF(0, pageHeight + kFooterGapMm * dotsPerMm, width,
                           (kFooterMm - kFooterGapMm) * dotsPerMm),
                    content.footer, content.language, page + 1, pageCount, dotsPerMm);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("Could not finish drawing the document."));
    return {};
}

Result<QByteArray> DocumentLayout::renderPdf(const DocumentContent& content) const {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("Could not prepare the PDF in memory."));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        applyTo(writer);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("MentorDesk %1").arg(QStringLiteral(MENTORDESK_VERSION)));
        if (Status painted = paint(content, writer); !painted)
            return painted.error();
    }
    if (!bytes.startsWith("%PDF-"))
        return makeError(ErrorCode::Io, tr("The PDF could not be produced."));
    return bytes;
}

} // namespace md
