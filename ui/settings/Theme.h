#pragma once

#include "settings/ThemeChoice.h"

#include <QPalette>

namespace md::ui {

// Colours the running application as `theme` says, at once. "Follow the
// system" keeps (or gives back) the platform's own style and palette, as they
// were when this was first called; light and dark use the Fusion style, whose
// colours come from the palette alone, so that every widget follows.
// Needs a QApplication.
void applyTheme(ThemeChoice theme);

// The palettes of the two fixed themes.
QPalette lightPalette();
QPalette darkPalette();

} // namespace md::ui
