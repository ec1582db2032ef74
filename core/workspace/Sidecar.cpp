#include "workspace/Sidecar.h"

#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace md {

namespace {

bool isFingerprint(const QByteArray& hex) {
    if (hex.size() != 32)
        return false;
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

Error damaged(const QString& path, const QString& why) {
    return makeError(ErrorCode::Corrupted,
                     Sidecar::tr("The workspace file %1 is damaged (%2). The database itself can "
                                 "still be opened with the recovery key.")
                         .arg(QDir::toNativeSeparators(path), why));
}

} // namespace

Result<Sidecar> Sidecar::read(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         tr("No workspace file at %1.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return damaged(path, tr("it is far too large to be one"));
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorCode::Io,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(bytes, path);
}

Result<Sidecar> Sidecar::parse(const QByteArray& bytes, const QString& path) {
    if (bytes.size() > kMaxFileBytes)
        return damaged(path, tr("it is far too large to be one"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return damaged(path, parseError.error == QJsonParseError::NoError
                                 ? tr("it is not a JSON object")
                                 : parseError.errorString());
    const QJsonObject root = doc.object();
    Sidecar sidecar;
    sidecar.formatVersion = root.value(QStringLiteral("formatVersion")).toInt();
    if (sidecar.formatVersion > kFormatVersion)
        return makeError(ErrorCode::NewerFormat,
                         tr("This workspace was made by a newer version of MentorDesk. Update "
                            "MentorDesk to open it; nothing was changed."));
    if (sidecar.formatVersion < 1)
        return damaged(path, tr("it has no format version"));
    sidecar.workspaceId = root.value(QStringLiteral("workspaceId")).toString();
    sidecar.createdUtc =
        QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    const QJsonObject cipher = root.value(QStringLiteral("cipher")).toObject();
    sidecar.cipherLibrary = cipher.value(QStringLiteral("library")).toString();
    sidecar.cipherPageSize = cipher.value(QStringLiteral("pageSize")).toInt();
    sidecar.cipherHmac = cipher.value(QStringLiteral("hmac")).toString();
    sidecar.cipherKdf = cipher.value(QStringLiteral("kdf")).toString();
    sidecar.keyFingerprint = root.value(QStringLiteral("keyFingerprint")).toString().toLatin1();
    sidecar.pendingKeyFingerprint =
        root.value(QStringLiteral("pendingKeyFingerprint")).toString().toLatin1();
    const QJsonArray slots = root.value(QStringLiteral("passphraseSlots")).toArray();
    // One slot, two while a re-key is under way.
    if (slots.size() > 2)
        return damaged(path, tr("it has %1 passphrase entries").arg(slots.size()));
    for (const QJsonValue& value : slots) {
        auto slot = PassphraseSlot::fromJson(value.toObject());
        if (!slot)
            return slot.error();
        sidecar.passphraseSlots.append(slot.value());
    }
    if (sidecar.workspaceId.isEmpty() || sidecar.keyFingerprint.isEmpty())
        return makeError(ErrorCode::Corrupted,
                         tr("The workspace file %1 is incomplete. The database itself can still "
                            "be opened with the recovery key.")
                             .arg(QDir::toNativeSeparators(path)));
    if (QUuid::fromString(sidecar.workspaceId).isNull())
        return damaged(path, tr("its workspace id is not valid"));
    // A damaged fingerprint is kept as it is: the recovery key is then tried
    // on the database itself (Workspace::unlockWithRecoveryKey).
    if (!sidecar.pendingKeyFingerprint.isEmpty() && !isFingerprint(sidecar.pendingKeyFingerprint))
        return damaged(path, tr("its pending key fingerprint is not valid"));
    // The driver always uses 4096-byte pages; any other value is damage.
    if (sidecar.cipherPageSize != 4096)
        return damaged(path, tr("its page size %1 is not 4096").arg(sidecar.cipherPageSize));
    return sidecar;
}

QByteArray Sidecar::toJson() const {
    QJsonArray slots;
    for (const PassphraseSlot& slot : passphraseSlots)
        slots.append(slot.toJson());
    QJsonObject root{
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("application"), QStringLiteral("MentorDesk")},
        {QStringLiteral("workspaceId"), workspaceId},
        {QStringLiteral("created"), createdUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("cipher"), QJsonObject{{QStringLiteral("library"), cipherLibrary},
                                               {QStringLiteral("pageSize"), cipherPageSize},
                                               {QStringLiteral("hmac"), cipherHmac},
                                               {QStringLiteral("kdf"), cipherKdf}}},
        {QStringLiteral("keyFingerprint"), QString::fromLatin1(keyFingerprint)},
        {QStringLiteral("passphraseSlots"), slots},
    };
    if (!pendingKeyFingerprint.isEmpty())
        root.insert(QStringLiteral("pendingKeyFingerprint"),
                    QString::fromLatin1(pendingKeyFingerprint));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status Sidecar::write(const QString& path) const {
    // Each write checked and the file renamed into place only when complete:
    // on a full disk QSaveFile alone renamed a short (empty) file into place
    // and reported success, locking the mentor out of the passphrase.
    return writeFileAtomically(path, toJson(), FileAccess::OwnerOnly);
}

} // namespace md
