#include "export/SessionSummaryPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::SessionSummaryPdf", text);
}

const QMarginsF kPageMarginsMm(22, 18, 22, 12);
const qreal kFooterMm = 11;

const char* const kStyleSheet = R"(
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 18pt; font-weight: bold; color: #23415f; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 11pt; font-weight: bold; color: #23415f; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; line-height: 120%; }
ul { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 2px; }
p.subtitle { font-size: 10.5pt; color: #555555; margin-bottom: 12px; }
td.label { font-size: 8pt; font-weight: bold; color: #6a6a6a; }
td.value { font-size: 9.5pt; }
th { font-size: 8pt; font-weight: bold; color: #6a6a6a; text-align: left; }
td.cell { font-size: 9pt; border-bottom: 1px solid #dddddd; }
p.muted { color: #6a6a6a; font-size: 9pt; }
)";

void paintFooter(QPainter& painter, const QRectF& area, const QString& footer, int page,
                 int pageCount, qreal dotsPerMm) {
    painter.save();
    painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.2 * dotsPerMm));
    painter.drawLine(area.topLeft(), area.topRight());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF text = area.adjusted(0, 2 * dotsPerMm, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, footer);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(page).arg(pageCount));
    painter.restore();
}

Status paint(const QString& html, const QString& footer, QPagedPaintDevice& device) {
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const qreal width = device.width();
    const qreal pageHeight = device.height() - kFooterMm * dotsPerMm;
    if (width <= 0 || pageHeight <= 0)
        return makeError(ErrorCode::InvalidInput, tr("The page is too small."));

    QTextDocument document;
    // Lay out for the PDF device; without it the text comes out at screen scale.
    document.documentLayout()->setPaintDevice(&device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(SessionSummaryPdf::styleSheet());
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(width, pageHeight));
    document.setHtml(html);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, tr("Could not start drawing the PDF."));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, tr("Could not start a new page."));
        }
        painter.save();
        const QRectF visible(0, page * pageHeight, width, pageHeight);
        painter.translate(0, -visible.top());
        document.drawContents(&painter, visible);
        painter.restore();
        paintFooter(painter, QRectF(0, pageHeight + 3 * dotsPerMm, width, kFooterMm * dotsPerMm),
                    footer, page + 1, pageCount, dotsPerMm);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("Could not finish the PDF."));
    return {};
}

} // namespace

QString SessionSummaryPdf::styleSheet() {
    return QString::fromLatin1(kStyleSheet);
}

Result<QByteArray> SessionSummaryPdf::render(const QString& html, const QString& title,
                                             const QString& footer) {
    // Text layout needs the font database, which only a QGuiApplication has
    // (a plain QCoreApplication would abort inside Qt).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Refused,
                         tr("PDF documents can only be made by a program with a graphical "
                            "environment (start it with QT_QPA_PLATFORM=offscreen on a server)."));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("Could not prepare the PDF in memory."));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         kPageMarginsMm, QPageLayout::Millimeter));
        writer.setTitle(title);
#ifdef MENTORDESK_VERSION
        writer.setCreator(QStringLiteral("MentorDesk %1").arg(QStringLiteral(MENTORDESK_VERSION)));
#endif
        if (Status painted = paint(html, footer, writer); !painted)
            return painted.error();
    }
    if (!bytes.startsWith("%PDF-"))
        return makeError(ErrorCode::Io, tr("The PDF could not be produced."));
    return bytes;
}

} // namespace md
