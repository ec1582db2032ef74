#include "export/SessionSummaryPdf.h"

#include "export/DocumentLayout.h"

namespace md {

namespace {

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

} // namespace

QString SessionSummaryPdf::styleSheet() {
    return QString::fromLatin1(kStyleSheet);
}

Result<QByteArray> SessionSummaryPdf::render(const QString& html, const QString& title,
                                             const QString& footer, const Letterhead& letterhead,
                                             const QString& language) {
    DocumentContent content;
    content.letterhead = letterhead;
    content.title = title;
    content.html = html;
    content.styleSheet = styleSheet();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    content.font = font;
    content.footer = footer;
    content.language = language;
    return DocumentLayout().renderPdf(content);
}

} // namespace md
