#pragma once

// Finds text a window cannot show whole: a label wider than itself (or, when
// it wraps, taller), a button narrower than its text, a text cut off with an
// ellipsis. Header-only, for tst_layoutlanguages.

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace md::test {

// The text as drawn: rich text as its words, without the mnemonic's "&".
inline QString shownText(const QLabel* label) {
    QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich)
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    else if (label->buddy())
        text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    return text;
}

inline QString describe(const QWidget* widget, const QString& text) {
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(w->objectName());
        if (w->isWindow())
            break;
    }
    return QStringLiteral("%1 (%2) \"%3\"")
        .arg(path.join(QLatin1Char('/')), QString::fromLatin1(widget->metaObject()->className()),
             text.left(80));
}

// Every shown label and button under `root` whose text does not fit. With
// `noEllipsis` a text ending in "…" counts too: every string of a pseudo
// translation ends otherwise, so such a text was cut by code.
inline QStringList cutTexts(const QWidget* root, bool noEllipsis) {
    QStringList problems;
    constexpr int kTolerance = 1; // rounding of font metrics
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QString text = shownText(label);
        if (text.trimmed().isEmpty())
            continue;
        if (noEllipsis && (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."))))
            problems << QStringLiteral("elided: ") + describe(label, text);
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            // Qt lays a wrapped label out in what it gets; too little height
            // cuts the last lines.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + kTolerance)
                problems << QStringLiteral("cut (needs %1 px height, has %2): ")
                                    .arg(needed)
                                    .arg(label->height()) +
                                describe(label, text);
            continue;
        }
        int widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
        const int available = room.width() - 2 * label->margin() - std::max(0, label->indent());
        if (widest > available + kTolerance)
            problems << QStringLiteral("too wide (%1 px in %2): ").arg(widest).arg(available) +
                            describe(label, text);
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (const auto* tool = qobject_cast<const QToolButton*>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        if (noEllipsis && (button->text().endsWith(QChar(0x2026)) ||
                           button->text().endsWith(QLatin1String("..."))))
            problems << QStringLiteral("elided: ") + describe(button, button->text());
        if (button->width() + kTolerance < button->sizeHint().width())
            problems << QStringLiteral("too narrow (%1 px for %2): ")
                                .arg(button->width())
                                .arg(button->sizeHint().width()) +
                            describe(button, button->text());
    }
    return problems;
}

} // namespace md::test
