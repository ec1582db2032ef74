#pragma once

#include "crypto/SecureBytes.h"

class QLineEdit;

namespace md {

// Moves what was typed into `edit` into secure memory and clears the field.
// With `dropWhitespace`, spaces and line breaks go too: people add them when
// copying a recovery key from paper or a PDF.
SecureBytes takeSecret(QLineEdit* edit, bool dropWhitespace = false);

} // namespace md
