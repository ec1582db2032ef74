#include "backup/BackupRestore.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace md {

Result<BackupRestore::Restored> BackupRestore::intoNewFolder(const BackupInfo& backup,
                                                             const QString& target,
                                                             const SecureBytes& secret, Secret kind,
                                                             const Clock& clock) {
    if (Status copied = BackupService::copyInto(backup, target); !copied)
        return copied.error();
    const auto undo = [&target] {
        QDir(target).removeRecursively();
    };
    Result<std::unique_ptr<Workspace>> opened =
        kind == Secret::RecoveryKey ? Workspace::unlockWithRecoveryKey(target, secret, clock)
                                    : Workspace::unlockWithPassphrase(target, secret, clock);
    if (!opened) {
        undo();
        return opened.error();
    }
    Result<QStringList> problems = BackupService::compare(**opened, backup);
    if (!problems || !problems->isEmpty()) {
        opened.value().reset();
        undo();
        if (!problems)
            return problems.error();
        return makeError(ErrorCode::Corrupted, tr("The backup is damaged and was not restored: %1")
                                                   .arg(problems->join(QLatin1Char(' '))));
    }
    Restored restored;
    restored.workspace = std::move(opened.value());
    return restored;
}

Result<BackupRestore::Restored> BackupRestore::replacing(const BackupInfo& backup,
                                                         const QString& directory,
                                                         const SecureBytes& secret, Secret kind,
                                                         const Clock& clock) {
    const QFileInfo live(QDir::cleanPath(QDir(directory).absolutePath()));
    const QString stamp = clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = live.dir().filePath(live.fileName() + QStringLiteral("-replaced-") + stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = live.dir().filePath(live.fileName() +
                                    QStringLiteral("-replaced-%1-%2").arg(stamp).arg(n));
    if (live.exists() && !QDir().rename(live.absoluteFilePath(), aside))
        return makeError(ErrorCode::Io,
                         tr("Could not move the current workspace aside to %1; nothing was "
                            "restored.")
                             .arg(QDir::toNativeSeparators(aside)));
    Result<Restored> restored = intoNewFolder(backup, live.absoluteFilePath(), secret, kind, clock);
    if (!restored) {
        // Put the workspace back where it was: restoring must never lose it.
        QDir(live.absoluteFilePath()).removeRecursively();
        if (QFileInfo::exists(aside) && !QDir().rename(aside, live.absoluteFilePath()))
            return makeError(restored.code(),
                             tr("%1 The current workspace is safe in %2.")
                                 .arg(restored.message(), QDir::toNativeSeparators(aside)));
        return restored;
    }
    if (QFileInfo::exists(aside))
        restored->movedAside = aside;
    return restored;
}

} // namespace md
