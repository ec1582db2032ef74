#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace md {

class AgreementRepository;

// Writes what a client needs to check a signed agreement without MentorDesk:
//   agreement.pdf        the exact signed PDF
//   manifest.json        the canonical manifest (the bytes that were signed)
//   manifest.sig         the Ed25519 signature over manifest.json, 64 raw bytes
//   manifest.sig.base64  the same signature in base64, for reading and e-mail
//   public-key.pem       the workspace's public key (SubjectPublicKeyInfo PEM)
//   signature-mentee.png, signature-mentor.png   (signed on screen)
//   scan.<ext>           the scan of the paper original (signed on paper)
//   README.txt           how to check all of this with sha256sum and openssl
// This is the only place where agreement data leaves the encrypted
// workspace, and only because the user asked for it. Used by
// AgreementService::exportForClient.
class AgreementExporter final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementExporter)
public:
    explicit AgreementExporter(const AgreementRepository& agreements);

    // Exports into `directory` (made when missing). Refuses drafts, and
    // refuses to overwrite files that are already there (AlreadyExists).
    // Returns the paths written. Each file is written whole or not at all
    // (AtomicFileWriter), readable by the mentor's account only.
    Result<QStringList> exportForClient(qint64 agreementId, const QString& directory) const;

private:
    const AgreementRepository& m_agreements;
};

} // namespace md
