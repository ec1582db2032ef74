#pragma once

#include <QString>

#include <optional>

namespace md {

// How the window is coloured. Qt 6.4 cannot ask the desktop for its colour
// scheme, so "follow the system" leaves Qt's platform style and palette as
// the desktop set them; light and dark use the Fusion style with a palette
// of their own (ui/settings/Theme).
enum class ThemeChoice {
    System,
    Light,
    Dark,
};

// The fixed keys kept in the settings file ("system", "light", "dark").
QString themeChoiceKey(ThemeChoice theme);
std::optional<ThemeChoice> themeChoiceFromKey(const QString& key);

} // namespace md
