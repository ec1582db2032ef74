#pragma once

#include <QStyledItemDelegate>

namespace md {

// Paints an engagement as a card: the client's name, the title, the days in
// the stage and, in the warning colour, what needs attention.
class EngagementCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace md
