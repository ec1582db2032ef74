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
    // Accepts upper or lower case, with or without dashes and spaces, in any
    // grouping of the 64 digits. Returns ErrorCode::InvalidInput with a
    // message saying what is wrong and, when the shape tells, in which group
    // ("Group 3 … is too short", "… has the letter O") — the key's digits
    // never appear in the message. The key has no check digits (its text is
    // exactly the hex the sqlcipher tool takes), so a wrong group of four
    // valid digits is found only against a workspace's fingerprint
    // (singleDifferingKeyGroup).
    static Result<SecureBytes> parse(QByteArrayView text);
};

} // namespace md
