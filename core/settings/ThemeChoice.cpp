#include "settings/ThemeChoice.h"

namespace md {

QString themeChoiceKey(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ThemeChoice> themeChoiceFromKey(const QString& key) {
    for (ThemeChoice theme : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
        if (themeChoiceKey(theme) == key)
            return theme;
    }
    return std::nullopt;
}

} // namespace md
