#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SigningKey.h"

namespace md {

class Database;

// The workspace's Ed25519 key that seals signed agreements. The secret key is
// kept only inside the encrypted database (workspace_settings), so it is as
// safe as the mentor's data and travels with the workspace; the public key
// can be handed to anyone.
class AgreementSigningKeyRepository final {
public:
    AgreementSigningKeyRepository(Database& database, const Clock& clock);

    // The key pair, made and stored on first use. Corrupted when a stored key
    // is damaged (it is never silently replaced: that would orphan every
    // earlier signature).
    Result<SigningKey> loadOrCreate();
    // The public key (32 bytes), or empty when no key has been made yet.
    Result<QByteArray> publicKey() const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
