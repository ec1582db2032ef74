#pragma once

#include <QList>
#include <QtGlobal>

class QTextDocument;

namespace md {

// Where each printed page of a laid-out QTextDocument begins and ends, in
// document coordinates. Qt's own pagination leaves a line that crosses a
// page boundary where it is, so painting page by page drew it clipped at the
// foot of one page and again at the top of the next. Here a page ends above
// any line it would cut (also in table cells and list items), a block with
// PageBreak_AlwaysBefore starts a new page, and the blank space at the top
// of a page is skipped.
struct PageSpan {
    qreal top = 0;
    qreal bottom = 0;
};

QList<PageSpan> pageSpans(const QTextDocument& document, qreal pageHeight);

} // namespace md
