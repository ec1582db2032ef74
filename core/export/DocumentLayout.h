#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace md {

// Who a document comes from, printed at the top of its first page.
struct Letterhead {
    QString name;        // large: the business name, or the mentor's name
    QStringList details; // smaller lines below it, plain text; empty lines are left out
    QByteArray logo;     // PNG or JPEG bytes; empty = no logo

    bool isEmpty() const { return name.isEmpty() && logo.isEmpty(); }
};

// What a document puts on its pages. DocumentLayout adds the rest: the page,
// the margins, the footer and the page numbers.
struct DocumentContent {
    QString title;      // the PDF's title
    QString html;       // the text; may hold DocumentLayout::letterheadHtml()
    QString styleSheet; // the text's default style sheet
    QFont font;         // the text's default font
    // The letterhead whose logo letterheadHtml() left a place for.
    Letterhead letterhead;
    // Printed at the left of every page's footer (one or two lines); the page
    // number ("Page 2 of 3") stands at the right.
    QString footer;
    // The document's language (DocumentLanguage::codes()): of "Page 2 of 3".
    QString language = QStringLiteral("en");
    // Called after the text is laid out for the device and before it is
    // painted, with the height of one page of text in device pixels: for
    // boxes (placeBox) and page breaks a document wants.
    std::function<void(QTextDocument& document, qreal pageHeight)> arrange;
};

// The one layout of every printed MentorDesk document: agreements, invoices
// and credit notes, session summaries and progress reports, the recovery
// key. It owns the page set-up (paper for the locale, portrait, margins), the
// letterhead and the footer with page numbers, and paints page after page
// onto any paged device: a QPdfWriter for PDF bytes in memory, or a QPrinter
// for printing and print preview (ui/), so that paper and PDF look the same.
// QtGui only, so the CLI renders exactly what the app prints.
class DocumentLayout final {
    Q_DECLARE_TR_FUNCTIONS(md::DocumentLayout)
public:
    // Letter where it is the custom (the United States), A4 everywhere else.
    explicit DocumentLayout(const QLocale& locale = QLocale());
    explicit DocumentLayout(const QPageSize& pageSize);

    const QPageSize& pageSize() const { return m_pageSize; }
    // The paper size, portrait, with the margins every document uses.
    QPageLayout pageLayout() const;
    // Gives a printer or a PDF writer this page layout; call before painting.
    void applyTo(QPagedPaintDevice& device) const;

    // The letterhead as HTML for the top of the first page: name and details
    // on the left; the logo and then `asideHtml` (already HTML, e.g. an
    // invoice's title and number) on the right; a rule below. Empty when
    // there is neither a letterhead nor an aside.
    static QString letterheadHtml(const Letterhead& letterhead, const QString& asideHtml = {});

    // Paints every page of `content` onto `device` as it is set up now: the
    // text, then the footer on each page.
    static Status paint(const DocumentContent& content, QPagedPaintDevice& device);
    // The document as PDF bytes, made in memory (nothing touches the disk).
    Result<QByteArray> renderPdf(const DocumentContent& content) const;

    // For DocumentContent::arrange: a fixed-size box (an image, optionally
    // on a signing line) where the text holds boxMarker(name). Images are
    // drawn losslessly. False when the marker is not in the text.
    static QString boxMarker(const QString& name);
    struct Box {
        QImage image;
        qreal widthMm = 0;
        qreal heightMm = 0;
        bool underline = false;  // a line to sign on along the bottom
        bool alignRight = false; // the image to the right edge
    };
    static bool placeBox(QTextDocument& document, const QString& name, const Box& box);

    // "Page 2 of 3", as the footer prints it.
    static QString pageNumberText(int page, int pageCount,
                                  const QString& language = QStringLiteral("en"));

private:
    QPageSize m_pageSize;
};

} // namespace md
