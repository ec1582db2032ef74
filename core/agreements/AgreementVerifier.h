#pragma once

#include "agreements/Agreement.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace md {

class AgreementAuditLogRepository;
class AgreementRepository;
class AgreementSigningKeyRepository;

enum class VerificationStatus {
    NotSigned, // a draft: nothing to verify yet
    Verified,  // every stored byte matches the signed manifest
    Modified,  // something differs; see the problems
};
QString verificationStatusKey(VerificationStatus status); // "not_signed", "verified", "modified"

struct AgreementVerification {
    AgreementVerification() = default;
    explicit AgreementVerification(VerificationStatus found, qint64 id = 0,
                                   QStringList problemsFound = {},
                                   SigningMethod signedBy = SigningMethod::None)
        : agreementId(id)
        , status(found)
        , problems(std::move(problemsFound))
        , method(signedBy) {}

    qint64 agreementId = 0;
    VerificationStatus status = VerificationStatus::NotSigned;
    QStringList problems; // translated, one sentence each
    // How it was signed, and when the seal was made: what "verified" means
    // differs (on paper only the attached scan is known, not the handwriting).
    SigningMethod method = SigningMethod::None;
    QDateTime sealedUtc;
};

// What a verification found, in words that claim no more than was checked:
// "Unchanged since signing" for a signature given on screen, "Paper signature
// attached, unchanged since 2 Mar 2026" for a scan (whose handwriting nobody
// checked), "Modified", "Not signed". Never a bare "Verified".
QString verificationLabel(const AgreementVerification& verification);
// One or two sentences on what the label rests on: the problems found, or
// what was compared (and, on paper, what was not).
QString verificationExplanation(const AgreementVerification& verification);
// The longest label a verified agreement can have, for sizing columns.
QString widestVerificationLabel();

// Proves that signed agreements are exactly what was signed: recomputes the
// SHA-256 of the stored PDF, signature images and scan, compares them and the
// stored text with the manifest, checks the manifest's Ed25519 signature with
// the workspace key, and checks the audit log's hash chain. Reads only; never
// re-renders (a new rendering never has the same bytes). Used by
// AgreementService (verify, verifyAll, verifyAuditChain).
class AgreementVerifier final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementVerifier)
public:
    AgreementVerifier(const AgreementRepository& agreements,
                      const AgreementAuditLogRepository& audit,
                      const AgreementSigningKeyRepository& keys, QString workspaceId);

    Result<AgreementVerification> verify(qint64 agreementId) const;
    // Problems of the audit chain; empty when intact.
    Result<QStringList> verifyAuditChain() const;
    // Every signed agreement and the audit chain. Each problem names the
    // agreement it concerns; an empty list means everything verified. This is
    // what `mentordesk-cli verify` adds to Workspace::verify()'s database checks.
    Result<QStringList> verifyAll() const;

private:
    const AgreementRepository& m_agreements;
    const AgreementAuditLogRepository& m_audit;
    const AgreementSigningKeyRepository& m_keys;
    QString m_workspaceId;
};

} // namespace md
