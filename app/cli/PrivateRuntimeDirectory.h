#pragma once

#include <QTemporaryDir>

#include <memory>

namespace md::cli {

// Qt's platform start-up looks in the user's runtime folder (XDG_RUNTIME_DIR)
// for a Flatpak marker. Under cron, ssh or in a container that variable is
// often unset, and Qt then warns on every command's stderr and falls back to
// a shared-name folder in /tmp. The CLI keeps nothing in that folder, so when
// the variable is missing it gets a private, empty one of its own (0700, a
// random name) for the lifetime of the process. Elsewhere (set, or an OS
// without the variable) this does nothing.
//
// Create it before the QGuiApplication.
class PrivateRuntimeDirectory final {
public:
    PrivateRuntimeDirectory();
    ~PrivateRuntimeDirectory();

    PrivateRuntimeDirectory(const PrivateRuntimeDirectory&) = delete;
    PrivateRuntimeDirectory& operator=(const PrivateRuntimeDirectory&) = delete;

    // The folder made, or empty when the environment already had one.
    QString path() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace md::cli
