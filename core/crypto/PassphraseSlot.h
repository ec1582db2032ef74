#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace md {

// The data key wrapped under a passphrase: Argon2id (libsodium crypto_pwhash)
// derives a wrapping key, XChaCha20-Poly1305 encrypts the data key. The slot
// holds no secret and can be stored in plain JSON beside the database.
struct PassphraseSlot {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    // True while a re-key is under way: this slot wraps the new key, and the
    // database may or may not have been re-encrypted yet (see Workspace).
    bool pending = false;

    QJsonObject toJson() const;
    static Result<PassphraseSlot> fromJson(const QJsonObject& json);
};

enum class KdfStrength {
    Interactive, // about half a second on a laptop: the product setting
    Fast,        // for tests only: minimum cost
};

// Wraps `key` under `passphrase`. Never fails except for out-of-memory.
Result<PassphraseSlot> wrapKey(const SecureBytes& key, const SecureBytes& passphrase,
                               KdfStrength strength = KdfStrength::Interactive);
// Returns the data key, or ErrorCode::WrongKey when the passphrase is wrong
// (authentication of the ciphertext fails).
Result<SecureBytes> unwrapKey(const PassphraseSlot& slot, const SecureBytes& passphrase);

// A short public identifier of a key (BLAKE2b, domain separated), stored in the
// sidecar to recognise the right key without trying to open the database.
QByteArray keyFingerprint(const SecureBytes& key);

// The process-wide default strength; tests lower it to keep the suite fast.
KdfStrength defaultKdfStrength();
void setDefaultKdfStrength(KdfStrength strength);

} // namespace md
