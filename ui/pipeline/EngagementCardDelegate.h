#pragma once

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace md {

// Paints an engagement as a card: the client's name, the title, the days in
// the stage and, in the warning colour, what needs attention.
class EngagementCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The colours of a card, all from the palette so a dark theme reads too.
    struct Colours {
        QColor fill;
        QColor border;
        QColor text;      // the client and the title
        QColor secondary; // the days in the stage
        QColor warning;
    };
    static Colours coloursFor(const QPalette& palette, bool selected, bool warned);
    // Cards shrink with their column down to this width; their text elides.
    static constexpr int kMinimumWidth = 96;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // `text` elided to `width` in `font`, shaped once: eliding and drawing
    // shaped every line twice on every paint, most of a repeat show of the
    // board. Keyed by what the line depends on, so a changed row or width
    // simply makes a new entry.
    const QStaticText& line(const QString& text, const QFont& font, int width) const;

    mutable QHash<QString, QStaticText> m_lines;
};

} // namespace md
