#pragma once

#include <QString>
#include <QStringList>

namespace md {

// The countries a mentor's business can be in, as MentorProfile::country
// stores them: ISO 3166 codes ("DE").
namespace BusinessCountries {

// The codes a mentor picks from: every country whose small-business wording
// MentorDesk knows (ExemptionWording), and the other usual ones of its six
// languages. Any other country is entered by its code.
QStringList offered();
// The country named in its own language, as QLocale names it ("Deutschland",
// "Brasil"); empty when QLocale knows no such country.
QString nativeName(const QString& code);
// `text` as stored: trimmed and upper case; empty when it is not the
// two-letter code of a country QLocale knows ("de" → "DE", "XX" → "").
QString normalised(const QString& text);

} // namespace BusinessCountries

} // namespace md
