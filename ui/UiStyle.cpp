#include "UiStyle.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace md::ui {

QColor warningColor() {
    return QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : warningColor();
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor blend(const QColor& from, const QColor& to, double amount) {
    const double t = std::clamp(amount, 0.0, 1.0);
    const auto mix = [t](double a, double b) {
        return a + (b - a) * t;
    };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())),
                            float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

namespace {
double luminance(const QColor& colour) {
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}
} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    // A translucent colour (Qt's default placeholder text) is seen over `b`.
    const QColor seen = a.alphaF() < 1.0 ? blend(b, a, a.alphaF()) : a;
    const double la = luminance(seen);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor& background, const QPalette& palette) {
    constexpr double kReadable = 4.5;
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::Base}) {
        const QColor candidate = palette.color(role);
        if (contrastRatio(candidate, background) >= kReadable)
            return candidate;
    }
    const QColor black(0x11, 0x11, 0x11);
    const QColor white(0xf5, 0xf5, 0xf5);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QColor readableOn(const QColor& colour, const QColor& background, const QPalette& palette) {
    constexpr double kReadable = 4.5;
    // Towards white on a dark background, towards black on a light one: a
    // blend, since QColor::lighter() leaves a black black.
    const bool darkBackground = background.lightness() < 128;
    const QColor away = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 8; ++step) {
        const QColor shade = blend(colour, away, step * 0.1);
        if (contrastRatio(shade, background) >= kReadable)
            return shade;
    }
    return readableTextOn(background, palette);
}

ToneColours toneColours(const QPalette& palette, const QColor& tone) {
    const QColor fill = blend(palette.color(QPalette::Base), tone, isDark(palette) ? 0.22 : 0.14);
    return {fill, readableOn(tone, fill, palette)};
}

QColor highlightTint(const QPalette& palette) {
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
                 isDark(palette) ? 0.35 : 0.18);
}

QColor quietFill(const QPalette& palette) {
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.14);
}

QColor accentColor(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    QColor accent = palette.color(QPalette::Highlight);
    // The highlight is made for a background, not for text: lighten or
    // darken it until it reads on the base.
    for (int step = 0; step < 8 && contrastRatio(accent, base) < 4.5; ++step)
        accent = isDark(palette) ? accent.lighter(120) : accent.darker(120);
    return accent;
}

QColor successColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x7b, 0xd3, 0x89) : QColor(0x1f, 0x7a, 0x3a);
}

QFont smallFont(const QFont& base) {
    QFont font = base;
    const double smallest =
        QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont).pointSizeF();
    if (base.pointSizeF() > 0)
        font.setPointSizeF(
            std::max(base.pointSizeF() * 0.9, std::min(smallest, base.pointSizeF())));
    return font;
}

void styleAsError(QLabel* label) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warningColor(palette));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(!label->text().isEmpty());
}

void setErrorText(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QColor secondaryTextColor(const QPalette& palette) {
    const QColor window = palette.color(QPalette::Window);
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    // Qt's default placeholder is the text colour half transparent: shade
    // the colour it is seen as, or the result is the opaque text colour.
    const QColor seen = blend(window, placeholder, placeholder.alphaF());
    return readableOn(seen, window, palette);
}

void styleAsSecondary(QLabel* label) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, secondaryTextColor(palette));
    label->setPalette(palette);
}

void showAsPaper(QWidget* view) {
    QPalette palette = view->palette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1b, 0x1b, 0x1b));
    view->setPalette(palette);
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

namespace {
// A bundled drawing in the colours of the palette: the window's text (a
// little softer) as it is, the highlighted text while selected, so it reads
// on a dark theme and on the sidebar's highlight.
QIcon bundledIcon(const QString& path) {
    const QIcon drawing(path);
    if (drawing.isNull() || !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return drawing;
    const QPalette palette = QGuiApplication::palette();
    const QColor normal =
        blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.2);
    const QColor selected = palette.color(QPalette::HighlightedText);
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        const QPixmap shape = drawing.pixmap(size, size);
        for (const auto& [mode, colour] :
             {std::pair{QIcon::Normal, normal}, std::pair{QIcon::Selected, selected}}) {
            QPixmap tinted(shape.size());
            tinted.fill(Qt::transparent);
            QPainter painter(&tinted);
            painter.drawPixmap(0, 0, shape);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(tinted.rect(), colour);
            painter.end();
            icon.addPixmap(tinted, mode);
        }
    }
    return icon;
}
} // namespace

QIcon areaIcon(const char* themeName, const char* area) {
    const QString name = QLatin1String(themeName);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundledIcon(QStringLiteral(":/icons/areas/%1.svg").arg(QLatin1String(area)));
}

QIcon actionIcon(const char* themeName, const char* bundled) {
    const QString name = QLatin1String(themeName);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundledIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(bundled)));
}

namespace {
// Shows a cell's whole text when the view drew it cut short.
class ElidedToolTip final : public QObject {
public:
    explicit ElidedToolTip(QAbstractItemView* view)
        : QObject(view)
        , m_view(view) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = m_view->visualRect(index);
        const int needed = m_view->sizeHintForIndex(index).width();
        if (text.isEmpty() || needed <= cell.width()) {
            QToolTip::hideText();
            return false;
        }
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
        return true;
    }

private:
    QAbstractItemView* m_view;
};
} // namespace

void showElidedTextAsToolTip(QAbstractItemView* view) {
    view->viewport()->installEventFilter(new ElidedToolTip(view));
}

void fitColumnToTexts(QTableView* view, int column, const QStringList& texts) {
    view->setWordWrap(false);
    QHeaderView* header = view->horizontalHeader();
    // The cell's margins and focus frame; the heading's sort arrow besides.
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const QString heading =
        view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    int width = QFontMetrics(header->font()).horizontalAdvance(heading) + 2 * padding;
    const QFontMetrics metrics(view->font());
    for (const QString& text : texts)
        width = std::max(width, metrics.horizontalAdvance(text) + padding);
    header->resizeSection(column, width);
}

int typicalNameWidth(const QWidget* view) {
    constexpr int kNameCharacters = 20;
    return view->fontMetrics().averageCharWidth() * kNameCharacters + 16;
}

namespace {
// What a column's cells would like: those in the rows on screen, then those
// around them, up to kMeasuredRows. QTableView::sizeHintForColumn() goes on to
// a thousand rows, which at a large practice is most of a show's time.
int shownRowsWidth(const QTableView* view, int column) {
    constexpr int kMeasuredRows = 100;
    const QAbstractItemModel* model = view->model();
    const QHeaderView* rows = view->verticalHeader();
    const int count = model ? model->rowCount(view->rootIndex()) : 0;
    if (count == 0)
        return -1;
    int top = std::max(0, rows->visualIndexAt(0));
    int bottom = rows->visualIndexAt(view->viewport()->height());
    if (bottom < 0) {
        const int perView = view->viewport()->height() / std::max(1, rows->defaultSectionSize());
        bottom = std::min(count - 1, top + perView + 1);
    }
    int width = -1;
    int measured = 0;
    const auto measure = [&](int visual) {
        const int row = rows->logicalIndex(visual);
        ++measured;
        if (row < 0 || rows->isSectionHidden(row))
            return;
        const QModelIndex index = model->index(row, column, view->rootIndex());
        width = std::max(width, view->sizeHintForIndex(index).width());
    };
    for (int visual = top; visual <= bottom; ++visual)
        measure(visual);
    while (measured < kMeasuredRows && (top > 0 || bottom < count - 1)) {
        if (bottom < count - 1)
            measure(++bottom);
        if (top > 0 && measured < kMeasuredRows)
            measure(--top);
    }
    return width + (view->showGrid() ? 1 : 0);
}

// Sizes the columns of a table of people whenever its width or rows change.
class NameColumnKeeper final : public QObject {
public:
    NameColumnKeeper(QTableView* view, int nameColumn)
        : QObject(view)
        , m_view(view)
        , m_nameColumn(nameColumn) {
        QHeaderView* header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        view->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionCountChanged, this, &NameColumnKeeper::fit);
        // A column shown again from the header's menu (a user's own drag of
        // a column is left as it is).
        connect(header, &QHeaderView::sectionResized, this, [this](int, int oldSize, int) {
            if (!m_fitting && oldSize == 0)
                QMetaObject::invokeMethod(this, &NameColumnKeeper::fit, Qt::QueuedConnection);
        });
        watch(view->model());
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_view->viewport() && event->type() == QEvent::Resize)
            fit();
        return false;
    }

private:
    void watch(QAbstractItemModel* model) {
        if (!model)
            return;
        connect(model, &QAbstractItemModel::modelReset, this, &NameColumnKeeper::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &NameColumnKeeper::fitLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &NameColumnKeeper::fitLater);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &NameColumnKeeper::fitLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &NameColumnKeeper::fitLater);
    }

    // Queued, and once for any number of changes in one pass: the view has
    // laid out the new rows when they are measured.
    void fitLater() {
        if (m_fitQueued)
            return;
        m_fitQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitQueued = false;
                fit();
            },
            Qt::QueuedConnection);
    }

    void fit() {
        const QScopedValueRollback fitting(m_fitting, true);
        QHeaderView* header = m_view->horizontalHeader();
        const int columns = header->count();
        if (m_nameColumn >= columns)
            return;
        // What each other column would like (its contents, up to a cap), and
        // the least it keeps when room is short (its heading, a few letters).
        const int character = m_view->fontMetrics().averageCharWidth();
        QList<int> wanted(columns, 0);
        QList<int> least(columns, 0);
        int wantedTotal = 0;
        for (int column = 0; column < columns; ++column) {
            if (column == m_nameColumn || header->isSectionHidden(column))
                continue;
            const int contents =
                std::max(shownRowsWidth(m_view, column), header->sectionSizeHint(column));
            wanted[column] = std::min(contents, 28 * character);
            least[column] = std::min(wanted.at(column),
                                     std::max(header->sectionSizeHint(column), 8 * character));
            wantedTotal += wanted.at(column);
        }
        const int available = m_view->viewport()->width();
        const int name = typicalNameWidth(m_view);
        // The others give way first, each in proportion, down to their least.
        const double share = wantedTotal + name <= available || wantedTotal == 0
                                 ? 1.0
                                 : std::max(0.0, double(available - name) / wantedTotal);
        QList<int> widths(columns, 0);
        int others = 0;
        for (int column = 0; column < columns; ++column) {
            widths[column] = std::max(least.at(column), int(wanted.at(column) * share));
            others += widths.at(column);
        }
        // What the least widths took beyond the shares comes off the others.
        for (int column = 0; column < columns && others + name > available; ++column) {
            const int cut =
                std::min(widths.at(column) - least.at(column), others + name - available);
            widths[column] -= cut;
            others -= cut;
        }
        for (int column = 0; column < columns; ++column) {
            if (column != m_nameColumn && !header->isSectionHidden(column))
                header->resizeSection(column, widths.at(column));
        }
        header->resizeSection(m_nameColumn, std::max(name, available - others));
    }

    QTableView* m_view;
    int m_nameColumn;
    bool m_fitting = false;
    bool m_fitQueued = false;
};
} // namespace

void keepNamesWhole(QTableView* view, int nameColumn) {
    new NameColumnKeeper(view, nameColumn);
    showElidedTextAsToolTip(view);
}

namespace {
// Hides and shows a list's columns as its width changes (keepListBesideEditor).
class ListBesideEditor final : public QObject {
public:
    ListBesideEditor(QTableView* view, int mainColumn, const QList<int>& hiddenFirst)
        : QObject(view)
        , m_view(view)
        , m_mainColumn(mainColumn)
        , m_hiddenFirst(hiddenFirst) {
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        QHeaderView* header = view->horizontalHeader();
        header->setStretchLastSection(false);
        for (int column = 0; column < header->count(); ++column) {
            m_wanted << (header->isSectionHidden(column) ? -1 : header->sectionSize(column));
            if (column != mainColumn)
                header->setSectionResizeMode(column, QHeaderView::Fixed);
        }
        header->setSectionResizeMode(mainColumn, QHeaderView::Stretch);
        view->viewport()->installEventFilter(this);
        fit();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_view->viewport() && event->type() == QEvent::Resize)
            fit();
        return false;
    }

private:
    void fit() {
        QHeaderView* header = m_view->horizontalHeader();
        const int available = m_view->viewport()->width();
        int needed = m_view->fontMetrics().averageCharWidth() * 14;
        for (int column = 0; column < m_wanted.size(); ++column) {
            if (column != m_mainColumn)
                needed += std::max(0, m_wanted.at(column));
        }
        QList<int> hidden;
        for (int column : std::as_const(m_hiddenFirst)) {
            if (needed <= available)
                break;
            hidden << column;
            needed -= std::max(0, m_wanted.value(column));
        }
        for (int column : std::as_const(m_hiddenFirst)) {
            if (m_wanted.value(column) < 0)
                continue;
            const bool hide = hidden.contains(column);
            if (hide == header->isSectionHidden(column))
                continue;
            header->setSectionHidden(column, hide);
            if (!hide)
                header->resizeSection(column, m_wanted.at(column));
        }
    }

    QTableView* m_view;
    int m_mainColumn;
    QList<int> m_hiddenFirst;
    QList<int> m_wanted; // -1: hidden for good
};
} // namespace

void keepListBesideEditor(QTableView* view, int mainColumn, const QList<int>& hiddenFirst) {
    new ListBesideEditor(view, mainColumn, hiddenFirst);
}

QFont monospaceFont(double scale) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace md::ui
