#include "PrivateRuntimeDirectory.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

namespace md::cli {

PrivateRuntimeDirectory::PrivateRuntimeDirectory() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Only Unix desktops other than macOS define the runtime folder by this
    // variable; an empty value is as good as none to Qt.
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/mentordesk-cli-runtime-XXXXXX"));
    // QTemporaryDir creates the folder for its owner only (0700), which is
    // what Qt requires of a runtime folder. When it cannot be made, Qt's own
    // fallback (and its warning) is still there.
    if (!dir->isValid())
        return;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    m_dir = std::move(dir);
#endif
}

PrivateRuntimeDirectory::~PrivateRuntimeDirectory() {
    if (m_dir)
        qunsetenv("XDG_RUNTIME_DIR");
}

QString PrivateRuntimeDirectory::path() const {
    return m_dir ? m_dir->path() : QString();
}

} // namespace md::cli
