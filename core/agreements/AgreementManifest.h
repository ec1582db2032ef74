#pragma once

#include "agreements/Agreement.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// The manifest of a signed agreement: what was signed, by whom, when and how,
// with the SHA-256 of every stored byte sequence. Its canonical JSON bytes are
// what the workspace key signs, so anyone can check the PDF, the signature
// images and the scan against it with ordinary tools.
struct AgreementManifest {
    static constexpr const char* kFormat = "mentordesk-agreement-manifest/1";

    struct Signer {
        SignerRole role = SignerRole::Mentee;
        QString fullName;
        QByteArray signatureSha256; // hex; empty when signed on paper
        bool consent = false;
        // On screen: the name on record when signing, and whether the mentor
        // confirmed that the typed name differs from it. Absent from
        // manifests made before they were kept.
        QString nameOnRecord;
        bool nameDifferenceConfirmed = false;
    };
    struct Scan {
        QString fileName;
        QString mediaType;
        QByteArray sha256; // hex
        qint64 size = 0;
        QDate signedOn; // the day the paper was signed, as the mentor gave it
        // Always false: the scan is stored as attached, and nothing checks the
        // handwriting on it. Said in the manifest so that nobody reads more
        // into the seal than it proves.
        bool signaturesChecked = false;
    };

    qint64 agreementId = 0;
    QString number;
    AgreementKind kind = AgreementKind::Mentoring;
    QString title;
    qint64 clientId = 0;
    qint64 engagementId = 0;
    qint64 amendsId = 0;
    QDate endDate;
    qint64 templateId = 0;
    int templateVersion = 0;
    QString language;
    QByteArray textSha256; // hex, of the agreement text (HTML, UTF-8)
    QByteArray pdfSha256;  // hex
    qint64 pdfSize = 0;
    SigningMethod method = SigningMethod::OnScreen;
    QList<Signer> signers;
    std::optional<Scan> scan;
    QString consentTextVersion; // on screen only
    QDateTime signedUtc;
    QString appVersion;
    QString workspaceId;
    QString publicKeyFingerprint;

    QJsonObject toJson() const;
    // The bytes that are signed and stored.
    QByteArray toCanonicalBytes() const;
    // Parses stored bytes; fails when they are not canonical JSON in this
    // format (any edit, even of whitespace, is a modification).
    static Result<AgreementManifest> parse(const QByteArray& bytes);

    static QByteArray sha256Hex(const QByteArray& bytes);
};

} // namespace md
