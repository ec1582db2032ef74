#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace md {

class Database;

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
// re-renders (a new rendering never has the same bytes).
class AgreementVerifier final {
public:
    AgreementVerifier(Database& database, QString workspaceId);

    Result<AgreementVerification> verify(qint64 agreementId) const;
    // Problems of the audit chain; empty when intact.
    Result<QStringList> verifyAuditChain() const;
    // Every signed agreement and the audit chain. Each problem names the
    // agreement it concerns; an empty list means everything verified. This is
    // what `mentordesk-cli verify` adds to Workspace::verify()'s database checks.
    Result<QStringList> verifyAll() const;

private:
    Database& m_database;
    QString m_workspaceId;
};

} // namespace md
