#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace md {

// The languages MentorDesk writes its documents in (agreements, invoices,
// session summaries, the recovery-key sheet), by the codes its catalogues and
// templates are named with: "en", "de", "pt_BR", "es", "fr", "it".
namespace DocumentLanguage {

// Every code, English first.
QStringList codes();
// The language named in itself ("Deutsch", "Português (Brasil)"), so a
// mentor who cannot read the current interface language still finds theirs.
QString nativeName(const QString& code);
// One of codes() for what a person or a locale names a language: "de",
// "de_DE", "de-AT", "pt_BR.UTF-8", "PT-br"; empty when MentorDesk has no
// documents in it. Portuguese without a country is Brazilian Portuguese.
QString normalised(const QString& text);
// The document language closest to `locale`'s languages; English when none
// of them is one of codes().
QString fromLocale(const QLocale& locale);
// The language of a client's documents: the client's own (`client`), else the
// mentor's (`mentor`, the profile's), else the interface language
// (fromLocale(QLocale())).
QString forClient(const QString& client, const QString& mentor);
// The locale documents in `code` format their dates, numbers and money with.
QLocale locale(const QString& code);
// The file-name languages to try for `code`, most specific first, always
// ending in "en": "pt_BR" → pt_BR, pt, en.
QStringList fallbacks(const QString& code);

} // namespace DocumentLanguage

} // namespace md
