#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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
QString verificationStatusLabel(VerificationStatus status);

struct AgreementVerification {
    qint64 agreementId = 0;
    VerificationStatus status = VerificationStatus::NotSigned;
    QStringList problems; // translated, one sentence each
};

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
