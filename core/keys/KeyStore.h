#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace md {

// Where "remember on this computer" keeps the data key: the OS keychain in the
// product, a fake in tests. Asynchronous like the keychains themselves; the
// callback runs on the caller's thread.
//
// A failed read never means "first run": a locked keyring and a missing entry
// can look the same (QtKeychain reports EntryNotFound for both), so callers
// must fall back to asking for the passphrase, never create anything.
class KeyStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<SecureBytes>)>;
    using DoneCallback = std::function<void(Status)>;

    using QObject::QObject;
    ~KeyStore() override = default;

    virtual void readKey(const QString& workspaceId, ReadCallback done) = 0;
    virtual void writeKey(const QString& workspaceId, const SecureBytes& key,
                          DoneCallback done) = 0;
    virtual void removeKey(const QString& workspaceId, DoneCallback done) = 0;

    // Whether a keychain answers on this computer: ok when one does (even
    // when it holds nothing, or is locked and would ask to be unlocked),
    // else the error why not. Asked once per store, asynchronously; later
    // calls get the first answer. Never blocks.
    void checkAvailable(DoneCallback done);

    // Blocking forms for the CLI and tests: run a local event loop.
    Result<SecureBytes> readKeyBlocking(const QString& workspaceId);
    Status writeKeyBlocking(const QString& workspaceId, const SecureBytes& key);
    Status removeKeyBlocking(const QString& workspaceId);

protected:
    // How checkAvailable() asks: by default a read of an entry that is never
    // written; "not found" is an answer too.
    virtual void probe(DoneCallback done);

private:
    std::optional<Status> m_available;
    std::vector<DoneCallback> m_waiting; // while the one probe is out
};

// The OS keychain through QtKeychain (libsecret, macOS Keychain, Windows
// Credential Manager). The insecure plaintext fallback is always off.
class SystemKeyStore final : public KeyStore {
    Q_OBJECT
public:
    explicit SystemKeyStore(QObject* parent = nullptr);
    void readKey(const QString& workspaceId, ReadCallback done) override;
    void writeKey(const QString& workspaceId, const SecureBytes& key, DoneCallback done) override;
    void removeKey(const QString& workspaceId, DoneCallback done) override;

    static QString serviceName();
};

} // namespace md
