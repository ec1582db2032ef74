#pragma once

#include "FakeClock.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace md::test {

// A fresh encrypted workspace in a temporary folder, created with a cheap KDF
// so tests stay fast. The passphrase is kPassphrase.
class TemporaryWorkspace final {
public:
    static constexpr const char* kPassphrase = "correct horse battery staple";

    TemporaryWorkspace();
    bool isValid() const { return m_workspace != nullptr; }
    QString error() const { return m_error; }
    QString directory() const { return m_dir.path(); }
    Workspace& workspace() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    FakeClock& clock() { return m_clock; }
    // The recovery key shown at creation, as text.
    QByteArray recoveryKey() const { return m_recoveryKey; }
    // Closes the workspace (as locking does) and reopens it with the passphrase.
    bool reopen();
    void close() { m_workspace.reset(); }

    static SecureBytes secret(const char* text);

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QByteArray m_recoveryKey;
    QString m_error;
};

} // namespace md::test
