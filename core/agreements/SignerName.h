#pragma once

#include "agreements/Agreement.h"

#include <QString>

namespace md {

class DocumentTranslator;

// Whether the name a signer typed is the name on record (the client's full
// name, the mentor profile's name). Case, spacing and Unicode composition do
// not count as a difference; any other letter does ("Anna Miller" is not
// "Ana Mueller"), since the typed name is frozen into the signed document.
bool isSameSignerName(const QString& typed, const QString& onRecord);

// The sentence a signed agreement shows under a signature whose typed name
// differs from the name on record, e.g. "Signed as “Anna Miller”; the mentor
// confirmed this differs from the client's name “Ana Mueller”." Empty when
// the signature carries no such confirmation.
// In the interface's language, or in `text`'s (a document's) when given.
QString signerNameNote(const AgreementSignature& signature,
                       const DocumentTranslator* text = nullptr);

} // namespace md
