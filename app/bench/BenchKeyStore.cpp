#include "BenchKeyStore.h"

namespace md::bench {

void BenchKeyStore::deliver(SecureBytes key) {
    ReadCallback done = std::move(m_pending);
    m_pending = nullptr;
    if (done)
        done(std::move(key));
}

void BenchKeyStore::readKey(const QString&, ReadCallback done) {
    m_pending = std::move(done);
}

void BenchKeyStore::writeKey(const QString&, const SecureBytes&, DoneCallback done) {
    if (done)
        done({});
}

void BenchKeyStore::removeKey(const QString&, DoneCallback done) {
    if (done)
        done({});
}

} // namespace md::bench
