#pragma once

#include <QPalette>
#include <QPushButton>

namespace md {

// Makes a flat push button look and feel like a link: the link colour,
// underlined, a pointing hand. It stays a button for the keyboard.
inline void styleAsLink(QPushButton* button) {
    button->setFlat(true);
    button->setAutoDefault(false);
    button->setCursor(Qt::PointingHandCursor);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(palette);
}

} // namespace md
