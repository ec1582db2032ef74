#pragma once

#include "UiStyle.h"

#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace md {

// Makes a window tall enough for its layout at its current width, e.g. after a
// word-wrapped message appeared. A top-level layout does not do this by
// itself: its minimum size ignores height-for-width. Never shrinks.
inline void growToFit(QWidget* window) {
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->invalidate();
    layout->activate();
    const int width = window->width();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    if (window->height() < height)
        window->resize(width, height);
}

// Shows (or, when empty, hides) a word-wrapped message in `label` and keeps
// the label at least as tall as its size hint, so a layout squeezed for room
// cannot cut the message down to fewer lines than it needs.
inline void setMessage(QLabel* label, const QString& text) {
    ui::setErrorText(label, text);
    label->setMinimumHeight(text.isEmpty() ? 0 : label->sizeHint().height());
}

} // namespace md
