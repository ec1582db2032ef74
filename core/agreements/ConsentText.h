#pragma once

#include <QString>

namespace md {

// The statement each signer confirms with a tick before signing on screen.
// Its version is recorded in the signed manifest, so it is always known which
// wording a signer agreed to. Change kConsentTextVersion whenever the English
// source text changes.
namespace ConsentText {

inline constexpr const char* kVersion = "mentordesk-consent-1";

QString version();
// The translated statement, in the first person.
QString text();

} // namespace ConsentText

} // namespace md
