#pragma once

#include "keys/KeyStore.h"

namespace md::bench {

// A key store that holds the read back until the benchmark hands the key
// over: the moment "the key is in hand" of the unlock figure. Writes and
// removals succeed and keep nothing.
class BenchKeyStore final : public KeyStore {
    Q_OBJECT
public:
    explicit BenchKeyStore(QObject* parent = nullptr)
        : KeyStore(parent) {}

    bool hasPendingRead() const { return bool(m_pending); }
    // Answers the read the AppController made with `key`.
    void deliver(SecureBytes key);

    void readKey(const QString& workspaceId, ReadCallback done) override;
    void writeKey(const QString& workspaceId, const SecureBytes& key, DoneCallback done) override;
    void removeKey(const QString& workspaceId, DoneCallback done) override;

private:
    ReadCallback m_pending;
};

} // namespace md::bench
