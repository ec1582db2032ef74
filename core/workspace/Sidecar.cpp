#include "workspace/Sidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace md {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("md::Sidecar", text);
}
} // namespace

Result<Sidecar> Sidecar::read(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("No workspace file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Could not read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::Corrupted,
                         tr("The workspace file %1 is damaged (%2). The database itself can still "
                            "be opened with the recovery key.")
                             .arg(path, parseError.errorString()));
    const QJsonObject root = doc.object();
    Sidecar sidecar;
    sidecar.formatVersion = root.value(QStringLiteral("formatVersion")).toInt();
    if (sidecar.formatVersion > kFormatVersion)
        return makeError(ErrorCode::NewerFormat,
                         tr("This workspace was made by a newer version of MentorDesk. Update "
                            "MentorDesk to open it; nothing was changed."));
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
    for (const QJsonValue& value : root.value(QStringLiteral("passphraseSlots")).toArray()) {
        auto slot = PassphraseSlot::fromJson(value.toObject());
        if (!slot)
            return slot.error();
        sidecar.passphraseSlots.append(slot.value());
    }
    if (sidecar.workspaceId.isEmpty() || sidecar.keyFingerprint.isEmpty() ||
        sidecar.cipherPageSize <= 0)
        return makeError(ErrorCode::Corrupted,
                         tr("The workspace file %1 is incomplete. The database itself can still "
                            "be opened with the recovery key.")
                             .arg(path));
    return sidecar;
}

Status Sidecar::write(const QString& path) const {
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

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return makeError(
            ErrorCode::Io,
            tr("Could not write the workspace file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace md
