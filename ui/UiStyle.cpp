#include "UiStyle.h"

#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>

namespace md::ui {

QColor warningColor() {
    return QColor(0xc6, 0x28, 0x28);
}

void styleAsError(QLabel* label) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warningColor());
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(!label->text().isEmpty());
}

void setErrorText(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void styleAsSecondary(QLabel* label) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

void styleAsHeading(QLabel* label, double scale) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

QIcon appIcon() {
    static const QString path = QStringLiteral(":/icons/mentordesk.svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QIcon areaIcon(const char* themeName, const char* area) {
    return QIcon::fromTheme(QLatin1String(themeName),
                            QIcon(QStringLiteral(":/icons/areas/%1.svg").arg(QLatin1String(area))));
}

QFont monospaceFont(double scale) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace md::ui
