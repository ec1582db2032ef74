#pragma once

#include <QColor>

#include <QFont>
#include <QIcon>

class QLabel;

namespace md::ui {

// The few visual conventions shared by pages and dialogs, in one place so the
// app looks the same everywhere. Palettes instead of style sheets, so the
// platform theme (dark or light) still applies.

// The red of errors and warnings: dark enough on a light theme, still
// readable on a dark one.
QColor warningColor();

// A short inline error next to a field: red text, word-wrapped, hidden while empty.
void styleAsError(QLabel* label);
// Sets the text of an error label and shows it only when there is text.
void setErrorText(QLabel* label, const QString& text);
// Secondary information (dates, paths, explanations): the dimmed text colour.
void styleAsSecondary(QLabel* label);
// A page or section heading, `scale` times the normal font size, bold.
void styleAsHeading(QLabel* label, double scale = 1.4);
// The application icon (embedded by the app target; empty in unit tests).
QIcon appIcon();
// An area's icon: the desktop theme's `themeName`, else the one bundled as
// resources/icons/areas/<area>.svg, so no sidebar entry is ever without one.
QIcon areaIcon(const char* themeName, const char* area);
// The fixed-pitch font used for the recovery key.
QFont monospaceFont(double scale = 1.0);

} // namespace md::ui
