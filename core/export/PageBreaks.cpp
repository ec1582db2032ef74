#include "export/PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace md {

namespace {

struct LineSpan {
    qreal top = 0;
    qreal bottom = 0;
    bool breakBefore = false; // the first line of a block that starts a page
};

QList<LineSpan> linesOf(const QTextDocument& document) {
    QList<LineSpan> lines;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* text = block.layout();
        if (!text || !block.isVisible())
            continue;
        // Line positions are relative to the block's layout; the bounding
        // rectangle places that layout in the document, inside its frames.
        const qreal origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
        const bool breakBefore =
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const qreal top = origin + line.y();
            lines.append({top, top + line.height(), breakBefore && i == 0});
        }
    }
    std::sort(lines.begin(), lines.end(),
              [](const LineSpan& a, const LineSpan& b) { return a.top < b.top; });
    return lines;
}

} // namespace

QList<PageSpan> pageSpans(const QTextDocument& document, qreal pageHeight) {
    const QList<LineSpan> lines = linesOf(document);
    const qreal end = std::max(document.size().height(), lines.isEmpty() ? 0 : lines.last().bottom);
    QList<PageSpan> pages;
    qreal top = 0;
    while (top < end && pageHeight > 0) {
        qreal bottom = top + pageHeight;
        // Cutting above one line can cut through another beside it (a
        // neighbouring table cell), so repeat until no line is cut.
        for (bool moved = true; moved;) {
            moved = false;
            for (const LineSpan& line : lines) {
                if (line.top >= bottom)
                    break;
                const bool cut = line.top > top && line.bottom > bottom;
                const bool forced = line.breakBefore && line.top > top;
                if ((cut || forced) && line.top < bottom) {
                    bottom = line.top;
                    moved = true;
                }
            }
        }
        pages.append({top, bottom});
        // The next page starts at its first line, not in the blank space
        // left by a forced break or the gap between two blocks.
        top = end;
        for (const LineSpan& line : lines)
            if (line.bottom > bottom) {
                top = std::max(bottom, std::min(line.top, end));
                break;
            }
    }
    if (pages.isEmpty())
        pages.append({0, pageHeight});
    return pages;
}

} // namespace md
