#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace md {

// The recovery key is the data key itself, written for people: 64 upper-case
// hexadecimal digits in 16 dash-separated groups of four. Removing the dashes
// gives exactly the hex that `PRAGMA key = "x'…'"` takes in the stock sqlcipher
// tool, so a mentor's data never depends on MentorDesk to be read.
class RecoveryKey final {
    Q_DECLARE_TR_FUNCTIONS(md::RecoveryKey)

public:
    // "ABCD-EF01-…" (79 characters), in secure memory.
    static SecureBytes format(const SecureBytes& key);
    // Accepts upper or lower case, with or without dashes and spaces. Returns
    // ErrorCode::InvalidInput with a message saying what is wrong (length,
    // characters) — the text never appears in the message.
    static Result<SecureBytes> parse(QByteArrayView text);
};

} // namespace md
