#pragma once

#include "common/Result.h"
#include "crypto/PassphraseSlot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace md {

// workspace.json beside the database: everything needed to open the database
// except secrets. Written atomically (AtomicFileWriter: every write checked),
// so a crash or a full disk leaves either the old or the new file, never half
// of one, and a failed write is reported as such.
struct Sidecar {
    Q_DECLARE_TR_FUNCTIONS(md::Sidecar)

public:
    static constexpr int kFormatVersion = 1;
    // A real sidecar is about a kilobyte; anything much larger is not one.
    static constexpr qint64 kMaxFileBytes = 64 * 1024;

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

    // NotFound (no file), Io (unreadable), NewerFormat, or Corrupted (not a
    // sidecar, incomplete, or with values MentorDesk refuses to use).
    static Result<Sidecar> read(const QString& path);
    // The same checks on bytes already read; `path` only names the file in
    // messages.
    static Result<Sidecar> parse(const QByteArray& bytes, const QString& path);
    QByteArray toJson() const;
    // Io with "The disk is full: …" when the disk is full; the old file stays.
    Status write(const QString& path) const;
};

} // namespace md
