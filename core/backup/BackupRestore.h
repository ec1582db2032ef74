#pragma once

#include "backup/BackupService.h"
#include "crypto/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <memory>

namespace md {

class Workspace;

// Restoring a backup as a workspace. The copy is opened with the secret the
// backup needs (the passphrase the workspace had when it was made, or the
// recovery key) and checked against the backup's checksums before it is
// handed over; whatever fails leaves nothing of the attempt behind.
class BackupRestore final {
    Q_DECLARE_TR_FUNCTIONS(md::BackupRestore)
public:
    enum class Secret { Passphrase, RecoveryKey };

    struct Restored {
        std::unique_ptr<Workspace> workspace;
        QString movedAside; // where the replaced workspace went, when one was
    };

    // Into a new or empty folder.
    static Result<Restored> intoNewFolder(const BackupInfo& backup, const QString& target,
                                          const SecureBytes& secret, Secret kind,
                                          const Clock& clock);
    // In place of the (closed) workspace in `directory`, which is first moved
    // aside to "<folder>-replaced-<date>-<time>" and moved back when the
    // restore fails. Never deletes the workspace it replaces.
    static Result<Restored> replacing(const BackupInfo& backup, const QString& directory,
                                      const SecureBytes& secret, Secret kind, const Clock& clock);
};

} // namespace md
