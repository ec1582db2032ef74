#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace md {

// A language the interface is translated into: its catalogue's code
// ("pt_BR") and its name in that language ("Português (Brasil)"), so that a
// mentor who cannot read the current language still finds their own.
struct InterfaceLanguage {
    QString code;
    QString nativeName;
};

// Every interface language, English first. The stored choice is one of these
// codes, or empty for the system's language (Settings::Key::Language).
const QList<InterfaceLanguage>& interfaceLanguages();
bool isInterfaceLanguage(const QString& code);

// The locale the interface uses for a stored choice: the system's for an
// empty or unknown code (a hand-edited settings file).
QLocale interfaceLocale(const QString& code);

} // namespace md
