#include "settings/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace md::ui {

namespace {

const QString kFusion = QStringLiteral("Fusion");

// The look the desktop gave the application before a theme of ours.
struct SystemLook {
    QString styleName;
    bool replaced = false; // a theme of ours is in force
};

SystemLook& systemLook() {
    static SystemLook look{QApplication::style()->name()};
    return look;
}

void useStyle(const QString& name) {
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style); // the application takes it
}

} // namespace

QPalette lightPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    return fusion ? fusion->standardPalette() : QPalette(Qt::white);
}

QPalette darkPalette() {
    const QColor window(0x30, 0x30, 0x30);
    const QColor base(0x24, 0x24, 0x24);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xb5);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

void applyTheme(ThemeChoice theme) {
    SystemLook& system = systemLook(); // before any change of ours
    switch (theme) {
    case ThemeChoice::System:
        if (!system.replaced)
            return; // nothing of ours to take back: the desktop's look as it is
        useStyle(system.styleName);
        // A palette with nothing set resolves to the style's and the
        // platform's colours again, and follows the platform's changes.
        QApplication::setPalette(QPalette());
        system.replaced = false;
        return;
    case ThemeChoice::Light:
        useStyle(kFusion);
        QApplication::setPalette(lightPalette());
        system.replaced = true;
        return;
    case ThemeChoice::Dark:
        useStyle(kFusion);
        QApplication::setPalette(darkPalette());
        system.replaced = true;
        return;
    }
}

} // namespace md::ui
