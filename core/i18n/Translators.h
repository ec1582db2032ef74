#pragma once

#include <QLocale>

class QCoreApplication;

namespace md::i18n {

// Installs the catalogues both programs embed under ":/i18n" for `locale`,
// and Qt's own (qtbase, from Qt's translations folder) for the language
// found, so that dialog buttons and shortcuts speak the interface's language;
// where the interface is English, Qt's strings stay English too. The English catalogue, which holds
// only plural forms, is installed first and so is searched last: a string the chosen language has
// not translated yet, or a locale with no catalogue at all (LC_ALL=C), still
// reads "1 session", "8 sessions" instead of the source's "8 session(s)".
void installTranslators(QCoreApplication& app, const QLocale& locale);

} // namespace md::i18n
