#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextDocument>

#include <memory>

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

private:
    // The results of one keystroke are mostly those of the one before: their
    // laid-out text is kept (a few hundred at most), keyed by the HTML.
    QTextDocument& documentFor(const QStyleOptionViewItem& option, const QString& html) const;
    mutable QHash<QString, std::shared_ptr<QTextDocument>> m_documents;
};

} // namespace md
