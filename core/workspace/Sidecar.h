#pragma once

#include "common/Result.h"
#include "crypto/PassphraseSlot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// workspace.json beside the database: everything needed to open the database
// except secrets. Written atomically (QSaveFile), so a crash leaves either the
// old or the new file, never half of one.
struct Sidecar {
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString workspaceId; // UUID, also the keychain entry's name
    QDateTime createdUtc;
    // How the database is encrypted, recorded so it can be opened elsewhere
    // (e.g. SQLCipher 4 needs these spelled out for a 3.x file).
    QString cipherLibrary = QStringLiteral("SQLCipher 3.4");
    int cipherPageSize = 4096;
    QString cipherHmac = QStringLiteral("HMAC-SHA1");
    QString cipherKdf = QStringLiteral("none (raw 256-bit key)");
    QByteArray keyFingerprint;        // hex, see keyFingerprint()
    QByteArray pendingKeyFingerprint; // set while a re-key is under way
    QList<PassphraseSlot> passphraseSlots;

    static Result<Sidecar> read(const QString& path);
    Status write(const QString& path) const;
};

} // namespace md
