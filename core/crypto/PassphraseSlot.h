#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace md {

// The data key wrapped under a passphrase: Argon2id (libsodium crypto_pwhash)
// derives a wrapping key, XChaCha20-Poly1305 encrypts the data key. The slot
// holds no secret and can be stored in plain JSON beside the database.
struct PassphraseSlot {
    Q_DECLARE_TR_FUNCTIONS(md::PassphraseSlot)

public:
    // The Argon2id costs a slot may ask for. Anything outside is refused as
    // damage before any key derivation runs: a file with a huge opsLimit
    // would otherwise keep the unlock busy for minutes, with no message.
    // The upper ends are libsodium's SENSITIVE profile (a few seconds).
    static constexpr quint64 kMinOpsLimit = 1;
    static constexpr quint64 kMaxOpsLimit = 4;
    static constexpr quint64 kMinMemLimit = 8 * 1024;           // libsodium's minimum
    static constexpr quint64 kMaxMemLimit = 1024 * 1024 * 1024; // 1 GiB

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
