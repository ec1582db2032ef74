#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>

namespace md {

// When `key` differs from a key with one of `fingerprints` (keyFingerprint,
// hex as stored in the sidecar) in exactly one group of four hex digits (two
// bytes) of its recovery-key form, that group's number (1-16); else 0.
//
// This is how a mistyped recovery key can say which group is wrong although
// the key has no check digits: it tries the 16 × 65,536 keys one group away
// (about a million keyed BLAKE2b hashes, well under a second). It gives
// nobody anything new: whoever knows fifteen groups can try the last one
// against the public fingerprint anyway.
int singleDifferingKeyGroup(const SecureBytes& key, const QList<QByteArray>& fingerprints);

} // namespace md
