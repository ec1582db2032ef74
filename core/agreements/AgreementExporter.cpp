#include "agreements/AgreementExporter.h"

#include "agreements/AgreementManifest.h"
#include "common/AtomicFile.h"
#include "crypto/SigningKey.h"
#include "storage/AgreementRepository.h"

#include <QDir>
#include <QFileInfo>

namespace md {

namespace {

QString scanExtension(const QString& mediaType) {
    if (mediaType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (mediaType == QLatin1String("image/png"))
        return QStringLiteral("png");
    return QStringLiteral("jpg");
}

QString readme(const Agreement& agreement, const AgreementManifest& manifest,
               const AgreementSeal& seal, const QStringList& extraChecks) {
    QString text =
        AgreementExporter::tr(
            "Signed agreement %1: %2\n"
            "Signed %3 UTC; sealed by MentorDesk %4.\n"
            "\n"
            "This folder holds the agreement exactly as it was signed, and what you need to check\n"
            "that it has not been changed since. You need no MentorDesk for this; the commands\n"
            "below work in a terminal on Linux and macOS, and with Git Bash or WSL on Windows.\n"
            "\n"
            "FILES\n"
            "  agreement.pdf        the signed agreement\n"
            "  manifest.json        a description of what was signed, with the SHA-256 checksum\n"
            "                       of every file (do not edit it, not even its spacing)\n"
            "  manifest.sig         the Ed25519 digital signature over manifest.json (64 bytes)\n"
            "  manifest.sig.base64  the same signature as text\n"
            "  public-key.pem       the public key that checks the signature\n"
            "\n"
            "1. CHECK THE SIGNATURE ON THE MANIFEST (OpenSSL 3.0 or newer)\n"
            "   openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\\n"
            "       -in manifest.json -sigfile manifest.sig\n"
            "   It prints \"Signature Verified Successfully\" when manifest.json is authentic.\n"
            "\n"
            "2. CHECK THE PDF AGAINST THE MANIFEST\n"
            "   sha256sum agreement.pdf        (macOS: shasum -a 256 agreement.pdf)\n"
            "   The result must equal the \"sha256\" inside \"pdf\" in manifest.json:\n"
            "   %5\n")
            .arg(agreement.number(), agreement.title,
                 manifest.signedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 manifest.appVersion, QString::fromLatin1(manifest.pdfSha256));
    int step = 3;
    for (const QString& check : extraChecks)
        text += QStringLiteral("\n%1. %2").arg(step++).arg(check);
    text += AgreementExporter::tr(
                "\n"
                "THE KEY\n"
                "   Public key fingerprint (first half of its SHA-256): %1\n"
                "   Raw public key, base64: %2\n"
                "   Ask your mentor to confirm the fingerprint if you want to be sure the key is "
                "theirs.\n"
                "\n"
                "The footer of every page shows the agreement number and the fingerprint of its "
                "text, so a\nprinted copy can be matched to this record.\n")
                .arg(SigningKey::fingerprint(seal.publicKey),
                     QString::fromLatin1(seal.publicKey.toBase64()));
    return text;
}

} // namespace

AgreementExporter::AgreementExporter(const AgreementRepository& agreements)
    : m_agreements(agreements) {}

Result<QStringList> AgreementExporter::exportForClient(qint64 agreementId,
                                                       const QString& directory) const {
    const AgreementRepository& agreements = m_agreements;
    Result<Agreement> agreement = agreements.get(agreementId);
    if (!agreement)
        return agreement.error();
    Result<std::optional<AgreementSeal>> seal = agreements.seal(agreementId);
    if (!seal)
        return seal.error();
    if (!agreement->isSigned() || !*seal)
        return makeError(ErrorCode::Refused,
                         tr("Only a signed agreement can be exported for the client. Save the "
                            "draft as a PDF instead."));
    Result<AgreementManifest> manifest = AgreementManifest::parse((*seal)->manifest);
    if (!manifest)
        return manifest.error();

    QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("agreement.pdf"), (*seal)->pdf},
        {QStringLiteral("manifest.json"), (*seal)->manifest},
        {QStringLiteral("manifest.sig"), (*seal)->signature},
        {QStringLiteral("manifest.sig.base64"), (*seal)->signature.toBase64() + '\n'},
        {QStringLiteral("public-key.pem"), SigningKey::publicKeyPem((*seal)->publicKey)},
    };
    QStringList extraChecks;
    Result<QList<AgreementSignature>> signatures = agreements.signatures(agreementId);
    if (!signatures)
        return signatures.error();
    for (const AgreementSignature& signature : *signatures) {
        const QString name = QStringLiteral("signature-%1.png").arg(signerRoleKey(signature.role));
        files.append({name, signature.imagePng});
        extraChecks << tr("CHECK THE DRAWN SIGNATURE OF THE %1\n"
                          "   sha256sum %2\n"
                          "   The result must equal its \"signature_png_sha256\" in "
                          "manifest.json.\n")
                           .arg(signerRoleLabel(signature.role).toUpper(), name);
    }
    Result<std::optional<AgreementScan>> scan = agreements.scan(agreementId);
    if (!scan)
        return scan.error();
    if (*scan) {
        const QString name = QStringLiteral("scan.%1").arg(scanExtension((*scan)->mediaType));
        files.append({name, (*scan)->content});
        extraChecks << tr("CHECK THE SCAN OF THE SIGNED PAPER ORIGINAL\n"
                          "   sha256sum %1\n"
                          "   The result must equal the \"sha256\" inside \"scan\" in "
                          "manifest.json.\n")
                           .arg(name);
    }
    files.append({QStringLiteral("README.txt"),
                  readme(*agreement, *manifest, **seal, extraChecks).toUtf8()});

    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return makeError(ErrorCode::Io, tr("Could not create the folder %1.").arg(directory));
    for (const auto& file : files) {
        if (QFileInfo::exists(dir.filePath(file.first)))
            return makeError(ErrorCode::AlreadyExists,
                             tr("%1 already exists. Choose an empty folder for the export.")
                                 .arg(QDir::toNativeSeparators(dir.filePath(file.first))));
    }
    QStringList written;
    for (const auto& [name, bytes] : files) {
        const QString path = dir.filePath(name);
        if (Status stored = writeFileAtomically(path, bytes); !stored)
            return stored.error();
        written << path;
    }
    return written;
}

} // namespace md
