#include "search/SearchResultDelegate.h"

#include "search/SearchResultsPage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace md {

namespace {

constexpr int kPadding = 4;

void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html,
            int width) {
    document.setDefaultFont(option.font);
    document.setDocumentMargin(kPadding);
    document.setHtml(html);
    if (width > 0)
        document.setTextWidth(width);
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

    QTextDocument document;
    layOut(document, option, html, option.rect.width());
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

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    const QString html = index.data(SearchResultsPage::HtmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument document;
    const int width = option.widget ? option.widget->width() - 24 : 480;
    layOut(document, option, html, width);
    return QSize(int(document.idealWidth()), int(document.size().height()));
}

} // namespace md
