#include "agreements/AgreementManifest.h"

#include "agreements/CanonicalJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace md {

namespace {

QJsonValue idOrNull(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QString key(const char* name) {
    return QString::fromLatin1(name);
}

} // namespace

QByteArray AgreementManifest::sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QJsonObject AgreementManifest::toJson() const {
    QJsonArray signerArray;
    for (const Signer& signer : signers) {
        QJsonObject object{{key("role"), signerRoleKey(signer.role)},
                           {key("full_name"), signer.fullName}};
        if (method == SigningMethod::OnScreen) {
            object.insert(key("signature_png_sha256"), QString::fromLatin1(signer.signatureSha256));
            object.insert(key("consent"), signer.consent);
            object.insert(key("name_on_record"), signer.nameOnRecord);
            object.insert(key("name_difference_confirmed"), signer.nameDifferenceConfirmed);
        }
        signerArray.append(object);
    }
    QJsonObject root{
        {key("format"), key(kFormat)},
        {key("agreement"),
         QJsonObject{{key("id"), agreementId},
                     {key("number"), number},
                     {key("kind"), agreementKindKey(kind)},
                     {key("title"), title},
                     {key("client_id"), clientId},
                     {key("engagement_id"), engagementId},
                     {key("amends"), idOrNull(amendsId)},
                     {key("end_date"), endDate.isValid() ? QJsonValue(endDate.toString(Qt::ISODate))
                                                         : QJsonValue()}}},
        {key("template"), QJsonObject{{key("id"), templateId},
                                      {key("version"), templateVersion},
                                      {key("language"), language}}},
        {key("text_sha256"), QString::fromLatin1(textSha256)},
        {key("pdf"),
         QJsonObject{{key("sha256"), QString::fromLatin1(pdfSha256)}, {key("size"), pdfSize}}},
        {key("method"), signingMethodKey(method)},
        {key("signers"), signerArray},
        {key("signed_utc"), signedUtc.toUTC().toString(Qt::ISODate)},
        {key("app_version"), appVersion},
        {key("workspace_id"), workspaceId},
        {key("public_key_fingerprint"), publicKeyFingerprint},
    };
    if (method == SigningMethod::OnScreen)
        root.insert(key("consent_text_version"), consentTextVersion);
    if (scan)
        root.insert(key("scan"), QJsonObject{{key("file_name"), scan->fileName},
                                             {key("media_type"), scan->mediaType},
                                             {key("sha256"), QString::fromLatin1(scan->sha256)},
                                             {key("size"), scan->size},
                                             {key("signed_on"),
                                              scan->signedOn.isValid()
                                                  ? QJsonValue(scan->signedOn.toString(Qt::ISODate))
                                                  : QJsonValue()},
                                             {key("signatures_checked"), scan->signaturesChecked}});
    return root;
}

QByteArray AgreementManifest::toCanonicalBytes() const {
    return CanonicalJson::serialize(toJson());
}

Result<AgreementManifest> AgreementManifest::parse(const QByteArray& bytes) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Corrupted,
                         QCoreApplication::translate("md::AgreementManifest",
                                                     "The manifest is not valid JSON."));
    if (!CanonicalJson::isCanonical(bytes))
        return makeError(ErrorCode::Corrupted,
                         QCoreApplication::translate("md::AgreementManifest",
                                                     "The manifest is not in canonical form."));
    const QJsonObject root = document.object();
    if (root.value(key("format")).toString() != key(kFormat))
        return makeError(ErrorCode::Corrupted,
                         QCoreApplication::translate("md::AgreementManifest",
                                                     "The manifest has an unknown format."));

    AgreementManifest m;
    const QJsonObject agreement = root.value(key("agreement")).toObject();
    m.agreementId = agreement.value(key("id")).toInteger();
    m.number = agreement.value(key("number")).toString();
    m.kind = agreementKindFromKey(agreement.value(key("kind")).toString())
                 .value_or(AgreementKind::Mentoring);
    m.title = agreement.value(key("title")).toString();
    m.clientId = agreement.value(key("client_id")).toInteger();
    m.engagementId = agreement.value(key("engagement_id")).toInteger();
    m.amendsId = agreement.value(key("amends")).toInteger();
    m.endDate = QDate::fromString(agreement.value(key("end_date")).toString(), Qt::ISODate);
    const QJsonObject tmpl = root.value(key("template")).toObject();
    m.templateId = tmpl.value(key("id")).toInteger();
    m.templateVersion = tmpl.value(key("version")).toInt();
    m.language = tmpl.value(key("language")).toString();
    m.textSha256 = root.value(key("text_sha256")).toString().toLatin1();
    const QJsonObject pdf = root.value(key("pdf")).toObject();
    m.pdfSha256 = pdf.value(key("sha256")).toString().toLatin1();
    m.pdfSize = pdf.value(key("size")).toInteger();
    m.method = signingMethodFromKey(root.value(key("method")).toString());
    for (const QJsonValue& value : root.value(key("signers")).toArray()) {
        const QJsonObject object = value.toObject();
        Signer signer;
        signer.role =
            signerRoleFromKey(object.value(key("role")).toString()).value_or(SignerRole::Mentee);
        signer.fullName = object.value(key("full_name")).toString();
        signer.signatureSha256 = object.value(key("signature_png_sha256")).toString().toLatin1();
        signer.consent = object.value(key("consent")).toBool();
        signer.nameOnRecord = object.value(key("name_on_record")).toString();
        signer.nameDifferenceConfirmed = object.value(key("name_difference_confirmed")).toBool();
        m.signers << signer;
    }
    if (root.contains(key("scan"))) {
        const QJsonObject scan = root.value(key("scan")).toObject();
        m.scan = Scan{scan.value(key("file_name")).toString(),
                      scan.value(key("media_type")).toString(),
                      scan.value(key("sha256")).toString().toLatin1(),
                      scan.value(key("size")).toInteger(),
                      QDate::fromString(scan.value(key("signed_on")).toString(), Qt::ISODate),
                      scan.value(key("signatures_checked")).toBool()};
    }
    m.consentTextVersion = root.value(key("consent_text_version")).toString();
    m.signedUtc = QDateTime::fromString(root.value(key("signed_utc")).toString(), Qt::ISODate);
    m.appVersion = root.value(key("app_version")).toString();
    m.workspaceId = root.value(key("workspace_id")).toString();
    m.publicKeyFingerprint = root.value(key("public_key_fingerprint")).toString();
    return m;
}

} // namespace md
