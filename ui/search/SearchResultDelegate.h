#pragma once

#include <QStyledItemDelegate>

namespace md {

// Paints a search result as its rich text (SearchResultsPage::HtmlRole: the
// title, the client, the snippet with the matched words in bold) in the
// palette's colours, so it reads in a light and a dark theme; group headings
// are painted as plain items.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace md
