#include "FakeKeyStore.h"

#include <QTimer>

namespace md::test {

namespace {
Error failureFor(FakeKeyStore::Mode mode) {
    switch (mode) {
    case FakeKeyStore::Mode::Locked:
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("The keyring is locked."));
    case FakeKeyStore::Mode::NoBackend:
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("No keychain service."));
    default:
        return makeError(ErrorCode::NotFound, QStringLiteral("No key stored."));
    }
}
} // namespace

void FakeKeyStore::readKey(const QString& workspaceId, ReadCallback done) {
    QTimer::singleShot(0, this, [this, workspaceId, done] {
        if (m_mode != Mode::Working || !m_keys.contains(workspaceId)) {
            // Like QtKeychain, a locked keyring reads as "not found".
            done(failureFor(m_mode == Mode::Locked ? Mode::EntryNotFound : m_mode));
            return;
        }
        const QByteArray& stored = m_keys.value(workspaceId);
        done(SecureBytes(reinterpret_cast<const unsigned char*>(stored.constData()),
                         std::size_t(stored.size())));
    });
}

void FakeKeyStore::writeKey(const QString& workspaceId, const SecureBytes& key, DoneCallback done) {
    QByteArray copy = key.view().toByteArray();
    QTimer::singleShot(0, this, [this, workspaceId, copy, done] {
        if (m_mode != Mode::Working) {
            done(failureFor(m_mode));
            return;
        }
        ++m_writes;
        m_keys.insert(workspaceId, copy);
        done(Status());
    });
}

void FakeKeyStore::removeKey(const QString& workspaceId, DoneCallback done) {
    QTimer::singleShot(0, this, [this, workspaceId, done] {
        m_keys.remove(workspaceId);
        done(Status());
    });
}

} // namespace md::test
