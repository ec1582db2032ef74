#pragma once

#include "keys/KeyStore.h"

#include <QHash>

namespace md::test {

// An in-memory keychain whose failures tests can choose, answering
// asynchronously like the real one.
class FakeKeyStore final : public KeyStore {
    Q_OBJECT
public:
    enum class Mode { Working, EntryNotFound, Locked, NoBackend };

    void setMode(Mode mode) { m_mode = mode; }
    bool contains(const QString& id) const { return m_keys.contains(id); }
    int writeCount() const { return m_writes; }

    void readKey(const QString& workspaceId, ReadCallback done) override;
    void writeKey(const QString& workspaceId, const SecureBytes& key, DoneCallback done) override;
    void removeKey(const QString& workspaceId, DoneCallback done) override;

private:
    Mode m_mode = Mode::Working;
    QHash<QString, QByteArray> m_keys; // test-only: plain memory is fine here
    int m_writes = 0;
};

} // namespace md::test
