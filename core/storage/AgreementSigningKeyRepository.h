#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SigningKey.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

class Database;

// The public key of a workspace this one was imported from: agreements sealed
// there name it, and keep verifying here.
struct EarlierSigningKey {
    QString workspaceId;
    QByteArray publicKey; // 32 bytes

    bool operator==(const EarlierSigningKey&) const = default;
};

// The workspace's Ed25519 key that seals signed agreements. The secret key is
// kept only inside the encrypted database (workspace_settings), so it is as
// safe as the mentor's data and travels with the workspace; the public key
// can be handed to anyone.
//
// The key is made by the unit of work of the first signing (create()), never
// by a read: until then there is no key, and reading says so.
class AgreementSigningKeyRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementSigningKeyRepository)
public:
    AgreementSigningKeyRepository(Database& database, const Clock& clock);

    // The stored key pair; nullopt when none was made yet. Corrupted when the
    // stored key is damaged (it is never silently replaced: that would orphan
    // every earlier signature).
    Result<std::optional<SigningKey>> load() const;
    // Makes and stores a new key pair. Refused when one exists. A write: call
    // inside the unit of work that needs the key.
    Result<SigningKey> create();
    // The public key (32 bytes), or empty when no key has been made yet.
    Result<QByteArray> publicKey() const;

    // The keys of the workspaces this one was imported from, oldest first.
    Result<QList<EarlierSigningKey>> earlierKeys() const;
    // Remembers one (nothing happens when it is known). A write: call inside
    // the import's unit of work.
    Status addEarlierKey(const EarlierSigningKey& key);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
