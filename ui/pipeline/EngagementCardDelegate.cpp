#include "pipeline/EngagementCardDelegate.h"

#include "UiStyle.h"
#include "pipeline/EngagementBoardModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace md {

namespace {
constexpr int kPadding = 8;
constexpr int kMaxWarnings = 3;
constexpr double kReadable = 4.5;
// Lines kept shaped: a few screens of cards; past it the cache starts again.
constexpr qsizetype kMaxCachedLines = 4096;

// `colour` as it is, or moved towards the readable text colour until it
// reads on `fill`.
QColor readableOn(const QColor& colour, const QColor& fill, const QPalette& palette) {
    const QColor text = ui::readableTextOn(fill, palette);
    // Qt's placeholder colour is translucent: start from what it looks like.
    const QColor seen = colour.alphaF() < 1.0 ? ui::blend(fill, colour, colour.alphaF()) : colour;
    QColor candidate = seen;
    for (double amount = 0.2; ui::contrastRatio(candidate, fill) < kReadable && amount <= 1.0;
         amount += 0.2)
        candidate = ui::blend(seen, text, amount);
    return candidate;
}
} // namespace

EngagementCardDelegate::Colours EngagementCardDelegate::coloursFor(const QPalette& palette,
                                                                   bool selected, bool warned) {
    Colours colours;
    const QColor highlight = palette.color(QPalette::Highlight);
    colours.fill = selected ? ui::highlightTint(palette) : palette.color(QPalette::Base);
    colours.text = ui::readableTextOn(colours.fill, palette);
    colours.secondary = readableOn(palette.color(QPalette::PlaceholderText), colours.fill, palette);
    colours.warning = readableOn(ui::warningColor(palette), colours.fill, palette);
    colours.border = selected ? highlight : warned ? colours.warning : palette.color(QPalette::Mid);
    return colours;
}

const QStaticText& EngagementCardDelegate::line(const QString& text, const QFont& font,
                                                int width) const {
    const QString key =
        font.key() + QLatin1Char('|') + QString::number(width) + QLatin1Char('|') + text;
    auto found = m_lines.constFind(key);
    if (found != m_lines.cend())
        return *found;
    if (m_lines.size() >= kMaxCachedLines)
        m_lines.clear();
    QStaticText shaped(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    shaped.setTextFormat(Qt::PlainText);
    shaped.prepare(QTransform(), font);
    return *m_lines.insert(key, shaped);
}

QSize EngagementCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    const QFontMetrics metrics(option.font);
    const int warnings = std::min(
        int(index.data(EngagementBoardModel::WarningsRole).toStringList().size()), kMaxWarnings);
    const int lines = 3 + warnings;
    return {kMinimumWidth, lines * metrics.height() + 2 * kPadding + 2};
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
    const QStringList warnings = index.data(EngagementBoardModel::WarningsRole).toStringList();
    const Colours colours = coloursFor(palette, selected, !warnings.isEmpty());
    painter->fillPath(path, colours.fill);
    painter->setPen(QPen(colours.border, selected ? 2.0 : 1.0));
    painter->drawPath(path);

    const QRect text = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const QColor textColour = colours.text;
    int y = text.top();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColour);
    const QString client = index.data(EngagementBoardModel::ClientNameRole).toString();
    painter->drawStaticText(text.left(), y, line(client, bold, text.width()));
    y += metrics.height();
    painter->setFont(option.font);
    const QString title = index.data(EngagementBoardModel::TitleRole).toString();
    painter->drawStaticText(text.left(), y, line(title, option.font, text.width()));
    y += metrics.height();
    painter->setPen(colours.secondary);
    const int days = index.data(EngagementBoardModel::DaysInStageRole).toInt();
    const QString inStage =
        days == 1 ? tr("1 day in this stage") : tr("%1 days in this stage").arg(days);
    painter->drawStaticText(text.left(), y, line(inStage, option.font, text.width()));
    y += metrics.height();
    painter->setPen(colours.warning);
    for (int i = 0; i < std::min(int(warnings.size()), kMaxWarnings); ++i) {
        painter->drawStaticText(
            text.left(), y,
            line(QStringLiteral("\u26a0 ") + warnings.at(i), option.font, text.width()));
        y += metrics.height();
    }
    painter->restore();
}

} // namespace md
