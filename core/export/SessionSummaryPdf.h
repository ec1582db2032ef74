#pragma once

#include "export/DocumentLayout.h"

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace md {

// Renders the HTML of a session summary or progress report to PDF bytes in
// memory, in the one DocumentLayout: its page and margins, DejaVu fonts, a
// footer with the document's name and "Page x of y". Nothing touches the disk.
class SessionSummaryPdf final {
public:
    // `letterhead`: the one whose logo the HTML's letterheadHtml() left a
    // place for (none by default); `language`: the document's, for the page
    // numbers.
    static Result<QByteArray> render(const QString& html, const QString& title,
                                     const QString& footer, const Letterhead& letterhead = {},
                                     const QString& language = QStringLiteral("en"));
    // The style sheet shared by summaries and reports (also used for the
    // Markdown/plain-text conversions, which ignore most of it).
    static QString styleSheet();
};

} // namespace md
