#include "TemporaryWorkspace.h"

#include "crypto/PassphraseSlot.h"

#include <cstring>

namespace md::test {

SecureBytes TemporaryWorkspace::secret(const char* text) {
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

TemporaryWorkspace::TemporaryWorkspace() {
    setDefaultKdfStrength(KdfStrength::Fast);
    auto created = Workspace::create(m_dir.path(), secret(kPassphrase), m_clock);
    if (!created) {
        m_error = created.message();
        return;
    }
    m_recoveryKey = created->key.recoveryKey.view().toByteArray();
    m_workspace = std::move(created->workspace);
}

bool TemporaryWorkspace::reopen() {
    m_workspace.reset();
    auto opened = Workspace::unlockWithPassphrase(m_dir.path(), secret(kPassphrase), m_clock);
    if (!opened) {
        m_error = opened.message();
        return false;
    }
    m_workspace = std::move(opened.value());
    return true;
}

} // namespace md::test
