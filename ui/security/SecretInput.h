#pragma once

#include "crypto/SecureBytes.h"

class QLineEdit;

namespace md {

// Moves what was typed into `edit` into secure memory and clears the field.
// With `dropWhitespace`, spaces and line breaks go too: people add them when
// copying a recovery key from paper or a PDF.
SecureBytes takeSecret(QLineEdit* edit, bool dropWhitespace = false);

// The same, but the field keeps its text (e.g. a recovery key typed from paper
// that turned out wrong, to be corrected rather than typed again).
SecureBytes readSecret(const QLineEdit* edit, bool dropWhitespace = false);

} // namespace md
