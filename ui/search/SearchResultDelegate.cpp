#include "search/SearchResultDelegate.h"

#include "search/SearchResultsPage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace md {

namespace {

constexpr int kPadding = 4;

void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html) {
    document.setDefaultFont(option.font);
    document.setDocumentMargin(kPadding);
    // One line each for the title and the snippet, cut at the view's edge:
    // every result is as high as the next, known without laying it out.
    QTextOption noWrap;
    noWrap.setWrapMode(QTextOption::NoWrap);
    document.setDefaultTextOption(noWrap);
    document.setHtml(html);
}

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const QString html = index.data(SearchResultsPage::HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument& document = documentFor(option, html);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QTextDocument& SearchResultDelegate::documentFor(const QStyleOptionViewItem& option,
                                                 const QString& html) const {
    constexpr qsizetype kKept = 300;
    const QString key = option.font.key() + QLatin1Char('\n') + html;
    auto found = m_documents.find(key);
    if (found == m_documents.end()) {
        if (m_documents.size() >= kKept)
            m_documents.clear();
        auto document = std::make_shared<QTextDocument>();
        layOut(*document, option, html);
        found = m_documents.insert(key, document);
    }
    return **found;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    const QString html = index.data(SearchResultsPage::HtmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    // Laying out rich text for every row on every keystroke is what made the
    // results slow to show; the lines are counted instead.
    const int lines = 1 + int(html.count(QLatin1String("<br>")));
    QFont bold = option.font;
    bold.setBold(true);
    const int lineHeight =
        std::max(QFontMetrics(option.font).lineSpacing(), QFontMetrics(bold).lineSpacing());
    return QSize(option.rect.width(), lines * lineHeight + 2 * kPadding + 2);
}

} // namespace md
