#include "export/ExportManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace md {

namespace {

const QString kFormat = QStringLiteral("mentordesk-export");

} // namespace

const QString& ExportManifest::fileName() {
    static const QString name = QStringLiteral("export.json");
    return name;
}

QByteArray ExportManifest::toJson() const {
    const QJsonObject object{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("workspace_id"), workspaceId},
        {QStringLiteral("exported_utc"), exportedUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("client_id"), clientId == 0 ? QJsonValue() : QJsonValue(clientId)},
        {QStringLiteral("private_notes"), privateNotes},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ExportManifest> ExportManifest::parse(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(
            ErrorCode::Corrupted,
            tr("%1 is not valid JSON (%2).").arg(fileName(), parseError.errorString()));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 does not describe a MentorDesk export.").arg(fileName()));
    if (object.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return makeError(ErrorCode::NewerFormat,
                         tr("This export was written in a format this version of MentorDesk "
                            "does not read (export format %1). Update MentorDesk.")
                             .arg(object.value(QStringLiteral("format_version")).toInt()));
    ExportManifest manifest;
    manifest.schemaVersion = object.value(QStringLiteral("schema_version")).toInt();
    manifest.workspaceId = object.value(QStringLiteral("workspace_id")).toString();
    manifest.exportedUtc =
        QDateTime::fromString(object.value(QStringLiteral("exported_utc")).toString(), Qt::ISODate);
    manifest.clientId = object.value(QStringLiteral("client_id")).toInteger();
    manifest.privateNotes = object.value(QStringLiteral("private_notes")).toBool(true);
    if (manifest.schemaVersion <= 0 || manifest.workspaceId.isEmpty())
        return makeError(
            ErrorCode::Corrupted,
            tr("%1 lacks the data format or the workspace it came from.").arg(fileName()));
    return manifest;
}

} // namespace md
