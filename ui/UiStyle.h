#pragma once

#include <QColor>

#include <QFont>
#include <QIcon>
#include <QList>
#include <QPalette>

class QAbstractItemView;
class QLabel;
class QTableView;
class QWidget;

namespace md::ui {

// The few visual conventions shared by pages and dialogs, in one place so the
// app looks the same everywhere. Palettes instead of style sheets, so the
// platform theme (dark or light) still applies.

// The red of errors and warnings on a light theme.
QColor warningColor();
// The same, readable on `palette`'s window and base (a lighter red on a dark theme).
QColor warningColor(const QPalette& palette);

// Colours derived from the palette, so painted views follow a dark theme.
// Whether the palette shows light text on a dark base.
bool isDark(const QPalette& palette);
// `from` moved `amount` (0 to 1) of the way towards `to`.
QColor blend(const QColor& from, const QColor& to, double amount);
// The WCAG contrast ratio of `a` (seen over `b` when translucent) and `b`,
// from 1 (none) to 21; body text needs 4.5.
double contrastRatio(const QColor& a, const QColor& b);
// The palette's text colour when it reads on `background`, else its base
// colour, else plain black or white: whichever contrasts most.
QColor readableTextOn(const QColor& background, const QPalette& palette);
// `colour` made lighter (on a dark background) or darker (on a light one)
// until it reads on `background` (contrast 4.5), keeping its hue; when no
// shade of it does, readableTextOn(background, palette).
QColor readableOn(const QColor& colour, const QColor& background, const QPalette& palette);
// A badge or note in the tone of `tone` (successColor, warningColor): a soft
// tint of the tone on the base, and the tone as text, shaded to read on it.
struct ToneColours {
    QColor fill;
    QColor text;
};
ToneColours toneColours(const QPalette& palette, const QColor& tone);
// A soft tint of the highlight on the base: today's column, a drop target.
QColor highlightTint(const QPalette& palette);
// A fill a little apart from the base: busy times, cancelled sessions.
QColor quietFill(const QPalette& palette);
// The accent of today's date, readable on the base.
QColor accentColor(const QPalette& palette);
// The green of "done" and of a goal's target, readable on the window.
QColor successColor(const QPalette& palette);

// The UI's small font (secondary lines, calendar events): a little smaller
// than `base`, never below the platform's smallest readable size.
QFont smallFont(const QFont& base);

// A short inline error next to a field: red text, word-wrapped, hidden while empty.
void styleAsError(QLabel* label);
// Sets the text of an error label and shows it only when there is text.
void setErrorText(QLabel* label, const QString& text);
// Secondary information (dates, paths, explanations): the dimmed text colour,
// shaded until it reads on the window (the placeholder colour alone does not
// in a dark theme).
void styleAsSecondary(QLabel* label);
QColor secondaryTextColor(const QPalette& palette);
// A document shown as it prints (an agreement's text, in its preview and its
// editor): dark text on white paper whatever the theme, since the document's
// own colours (its dark blue headings) are those of the printed page.
void showAsPaper(QWidget* view);
// A page or section heading, `scale` times the normal font size, bold.
void styleAsHeading(QLabel* label, double scale = 1.4);
// The application icon (embedded by the app target; empty in unit tests).
QIcon appIcon();
// An area's icon: the desktop theme's `themeName`, else the one bundled as
// resources/icons/areas/<area>.svg, so no sidebar entry is ever without one.
QIcon areaIcon(const char* themeName, const char* area);
// A main action's icon: the desktop theme's `themeName` (a freedesktop icon
// name), else resources/icons/actions/<bundled>.svg.
QIcon actionIcon(const char* themeName, const char* bundled);

// Makes `column` of `view` as wide as the widest of `texts` (every text the
// column can show) and its heading, on one line: for status columns, which
// are never cut short or wrapped. Not measured from the rows, which would
// read them all whenever one changes.
void fitColumnToTexts(QTableView* view, int column, const QStringList& texts);
// Cells whose text is cut short show it whole in a tooltip.
void showElidedTextAsToolTip(QAbstractItemView* view);
// A table of people: the name column takes the room left and never less
// than a typical full name (about 20 characters); the other columns fit
// their contents up to a cap and give way first. A view too narrow for
// that scrolls sideways rather than cutting names to two letters. Cut
// texts show whole in a tooltip.
void keepNamesWhole(QTableView* view, int nameColumn);
// The width keepNamesWhole() keeps for a name in `view`'s font.
int typicalNameWidth(const QWidget* view);
// Keeps a list beside an editor from scrolling sideways: `mainColumn` takes
// the room left and is the text cut short ("…"); every other column keeps
// the width it has now (give it with fitColumnToTexts first). When the main
// column would get narrower than about 14 characters, the columns of
// `hiddenFirst` are hidden in that order (the editor beside the list shows
// what they say), and shown again when the list is wide enough. Columns
// hidden before this call stay hidden. Texts never wrap.
void keepListBesideEditor(QTableView* view, int mainColumn, const QList<int>& hiddenFirst);
// The fixed-pitch font used for the recovery key.
QFont monospaceFont(double scale = 1.0);

} // namespace md::ui
