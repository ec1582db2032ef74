#pragma once

#include "agreements/Agreement.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace md {

// The templates that ship with MentorDesk, compiled in as resources named
// ":/core/templates/<kind>.<language>.html". A translation adds a file per
// language; English is always there and is the fallback.
namespace BuiltInTemplates {

// Languages available for a kind ("en" first).
QStringList languages(AgreementKind kind);
// The built-in template of that kind and language (version 0, not stored);
// nothing when the language is not shipped.
std::optional<AgreementTemplate> get(AgreementKind kind, const QString& language);
// The best language for a locale or language name such as "de_DE" or
// "pt_BR": the most specific one a template exists for (pt_BR, then pt),
// otherwise "en".
QString bestLanguage(AgreementKind kind, const QString& localeName);

} // namespace BuiltInTemplates

} // namespace md
