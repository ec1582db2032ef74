#include "settings/InterfaceLanguage.h"

#include <algorithm>

namespace md {

const QList<InterfaceLanguage>& interfaceLanguages() {
    // Not translated on purpose: each name is written in its own language.
    static const QList<InterfaceLanguage> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
    };
    return languages;
}

bool isInterfaceLanguage(const QString& code) {
    const QList<InterfaceLanguage>& all = interfaceLanguages();
    return std::any_of(all.cbegin(), all.cend(),
                       [&code](const InterfaceLanguage& l) { return l.code == code; });
}

QLocale interfaceLocale(const QString& code) {
    return isInterfaceLanguage(code) ? QLocale(code) : QLocale();
}

} // namespace md
