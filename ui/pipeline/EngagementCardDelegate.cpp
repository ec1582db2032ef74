#include "pipeline/EngagementCardDelegate.h"

#include "pipeline/EngagementBoardModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace md {

namespace {
constexpr int kPadding = 8;
constexpr int kMaxWarnings = 3;

QColor warningColour(const QPalette& palette) {
    // Readable on light and dark themes alike.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xb0, 0x3a, 0x00)
                                                           : QColor(0xff, 0xa0, 0x60);
}
} // namespace

QSize EngagementCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    const QFontMetrics metrics(option.font);
    const int warnings = std::min(
        int(index.data(EngagementBoardModel::WarningsRole).toStringList().size()), kMaxWarnings);
    const int lines = 3 + warnings;
    return {150, lines * metrics.height() + 2 * kPadding + 2};
}

void EngagementCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? palette.color(QPalette::Highlight).lighter(170)
                                     : palette.color(QPalette::Base));
    const QStringList warnings = index.data(EngagementBoardModel::WarningsRole).toStringList();
    QColor border = palette.color(QPalette::Mid);
    if (!warnings.isEmpty())
        border = warningColour(palette);
    if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->drawPath(path);

    const QRect text = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const QColor textColour = palette.color(QPalette::Text);
    int y = text.top();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColour);
    const QString client = index.data(EngagementBoardModel::ClientNameRole).toString();
    painter->drawText(QRect(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(client, Qt::ElideRight, text.width()));
    y += metrics.height();
    painter->setFont(option.font);
    const QString title = index.data(EngagementBoardModel::TitleRole).toString();
    painter->drawText(QRect(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft,
                      metrics.elidedText(title, Qt::ElideRight, text.width()));
    y += metrics.height();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const int days = index.data(EngagementBoardModel::DaysInStageRole).toInt();
    painter->drawText(
        QRect(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft,
        (days == 1 ? tr("1 day in this stage") : tr("%1 days in this stage").arg(days)));
    y += metrics.height();
    painter->setPen(warningColour(palette));
    for (int i = 0; i < std::min(int(warnings.size()), kMaxWarnings); ++i) {
        painter->drawText(QRect(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft,
                          metrics.elidedText(QStringLiteral("\u26a0 ") + warnings.at(i),
                                             Qt::ElideRight, text.width()));
        y += metrics.height();
    }
    painter->restore();
}

} // namespace md
