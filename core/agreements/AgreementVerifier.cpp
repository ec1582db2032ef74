#include "agreements/AgreementVerifier.h"

#include "agreements/AgreementManifest.h"
#include "agreements/AuditChain.h"
#include "crypto/SigningKey.h"
#include "storage/AgreementAuditLogRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/AgreementSigningKeyRepository.h"

#include <QJsonDocument>

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace md {

QString verificationStatusKey(VerificationStatus status) {
    switch (status) {
    case VerificationStatus::NotSigned:
        return QStringLiteral("not_signed");
    case VerificationStatus::Verified:
        return QStringLiteral("verified");
    case VerificationStatus::Modified:
        return QStringLiteral("modified");
    }
    return {};
}

namespace {

QString paperLabel(const QDate& sealedOn) {
    return AgreementVerifier::tr("Paper signature attached, unchanged since %1")
        .arg(QLocale().toString(sealedOn, QLocale::ShortFormat));
}

} // namespace

QString verificationLabel(const AgreementVerification& verification) {
    switch (verification.status) {
    case VerificationStatus::NotSigned:
        return AgreementVerifier::tr("Not signed");
    case VerificationStatus::Verified:
        // The date the scan was attached and sealed: from then on its bytes
        // are known, not before.
        return verification.method == SigningMethod::OnPaper
                   ? paperLabel(verification.sealedUtc.toLocalTime().date())
                   : AgreementVerifier::tr("Unchanged since signing");
    case VerificationStatus::Modified:
        return AgreementVerifier::tr("Modified");
    }
    return {};
}

QString verificationExplanation(const AgreementVerification& verification) {
    switch (verification.status) {
    case VerificationStatus::NotSigned:
        return {};
    case VerificationStatus::Verified:
        return verification.method == SigningMethod::OnPaper
                   ? AgreementVerifier::tr(
                         "The scan and the PDF are exactly as they were when the scan was "
                         "attached. MentorDesk did not check the handwritten signatures on the "
                         "scan, nor that it shows this agreement.")
                   : AgreementVerifier::tr("The stored PDF, the signatures and the manifest are "
                                           "exactly what was signed on screen.");
    case VerificationStatus::Modified:
        return verification.problems.join(QLatin1Char('\n'));
    }
    return {};
}

QString widestVerificationLabel() {
    return paperLabel(QDate(2026, 12, 28));
}

AgreementVerifier::AgreementVerifier(const AgreementRepository& agreements,
                                     const AgreementAuditLogRepository& audit,
                                     const AgreementSigningKeyRepository& keys, QString workspaceId)
    : m_agreements(agreements)
    , m_audit(audit)
    , m_keys(keys)
    , m_workspaceId(std::move(workspaceId)) {}

Result<AgreementVerification> AgreementVerifier::verify(qint64 agreementId) const {
    const AgreementRepository& agreements = m_agreements;
    Result<Agreement> agreement = agreements.get(agreementId);
    if (!agreement)
        return agreement.error();
    Result<QList<AuditEntry>> log = m_audit.entriesOf(agreementId);
    if (!log)
        return log.error();
    for (const AuditEntry& entry : std::as_const(*log)) {
        if (entry.agreementId == agreementId && entry.event == QLatin1String("erased"))
            return makeError(ErrorCode::NotFound,
                             tr("Agreement %1 was erased with its client on %2: nothing of it "
                                "is left to verify.")
                                 .arg(agreement->number(),
                                      QLocale().toString(entry.createdUtc.toLocalTime().date(),
                                                         QLocale::ShortFormat)));
    }
    AgreementVerification result;
    result.agreementId = agreementId;
    result.method = agreement->method;
    Result<std::optional<AgreementSeal>> storedSeal = agreements.seal(agreementId);
    if (!storedSeal)
        return storedSeal.error();
    if (!agreement->isSigned() && !*storedSeal)
        return result; // a draft

    QStringList& problems = result.problems;
    if (!agreement->isSigned())
        problems << tr("A signed document is stored, but the agreement is marked as a draft.");
    if (!*storedSeal) {
        problems << tr("The signed document and its manifest are missing.");
        result.status = VerificationStatus::Modified;
        return result;
    }
    const AgreementSeal& seal = **storedSeal;
    result.sealedUtc = seal.sealedUtc;

    // 1. The manifest is authentic: signed by this workspace's key, or by
    // the key of the workspace it was imported from, which it names.
    if (!SigningKey::verify(seal.publicKey, seal.manifest, seal.signature))
        problems << tr("The manifest's signature does not match the manifest.");
    Result<AgreementManifest> manifest = AgreementManifest::parse(seal.manifest);
    if (!manifest) {
        problems << manifest.message();
        result.status = VerificationStatus::Modified;
        return result;
    }
    Result<QByteArray> workspaceKey = m_keys.publicKey();
    if (!workspaceKey)
        return workspaceKey.error();
    Result<QList<EarlierSigningKey>> earlierKeys = m_keys.earlierKeys();
    if (!earlierKeys)
        return earlierKeys.error();
    const bool keyOfThisWorkspace = !workspaceKey->isEmpty() && seal.publicKey == *workspaceKey;
    const bool keyBeforeImport =
        earlierKeys->contains(EarlierSigningKey{manifest->workspaceId, seal.publicKey});
    if (!keyOfThisWorkspace && !keyBeforeImport)
        problems << tr("The manifest was not signed with this workspace's key.");
    const bool workspaceKnown =
        manifest->workspaceId == m_workspaceId ||
        std::any_of(earlierKeys->cbegin(), earlierKeys->cend(), [&](const EarlierSigningKey& k) {
            return k.workspaceId == manifest->workspaceId;
        });
    if (!workspaceKnown)
        problems << tr("The manifest belongs to another workspace.");

    // 2. The stored bytes are those the manifest describes.
    if (AgreementManifest::sha256Hex(seal.pdf) != manifest->pdfSha256 ||
        seal.pdf.size() != manifest->pdfSize)
        problems << tr("The stored PDF differs from the one that was signed.");
    if (agreement->textSha256() != manifest->textSha256)
        problems << tr("The stored agreement text differs from the text that was signed.");
    if (manifest->agreementId != agreement->id || manifest->clientId != agreement->clientId ||
        manifest->engagementId != agreement->engagementId || manifest->kind != agreement->kind ||
        manifest->amendsId != agreement->amendsId || manifest->endDate != agreement->endDate ||
        manifest->method != agreement->method || manifest->signedUtc != agreement->signedUtc)
        problems << tr("The agreement's stored details differ from the signed manifest.");

    Result<QList<AgreementSignature>> signatures = agreements.signatures(agreementId);
    if (!signatures)
        return signatures.error();
    if (manifest->method == SigningMethod::OnScreen) {
        if (signatures->size() != manifest->signers.size())
            problems << tr("The number of stored signatures differs from the manifest.");
        for (const AgreementManifest::Signer& signer : manifest->signers) {
            const auto stored =
                std::find_if(signatures->cbegin(), signatures->cend(),
                             [&](const AgreementSignature& s) { return s.role == signer.role; });
            const QString role = signerRoleLabel(signer.role);
            if (stored == signatures->cend()) {
                problems << tr("The %1's signature is missing.").arg(role);
                continue;
            }
            if (AgreementManifest::sha256Hex(stored->imagePng) != signer.signatureSha256)
                problems << tr("The %1's signature image differs from the one signed.").arg(role);
            if (stored->fullName != signer.fullName || stored->consent != signer.consent ||
                stored->nameOnRecord != signer.nameOnRecord ||
                stored->nameDifferenceConfirmed != signer.nameDifferenceConfirmed)
                problems << tr("The %1's name or consent differs from the manifest.").arg(role);
        }
    } else if (!signatures->isEmpty()) {
        problems << tr("On-screen signatures were added to an agreement signed on paper.");
    }

    Result<std::optional<AgreementScan>> scan = agreements.scan(agreementId);
    if (!scan)
        return scan.error();
    if (manifest->scan.has_value() != scan->has_value())
        problems << tr("The scan of the paper original is missing or was added.");
    else if (manifest->scan &&
             (AgreementManifest::sha256Hex((*scan)->content) != manifest->scan->sha256 ||
              (*scan)->content.size() != manifest->scan->size))
        problems << tr("The stored scan differs from the one that was attached.");
    else if (manifest->scan && (*scan)->signedOn != manifest->scan->signedOn)
        problems << tr("The stored date of the paper signing differs from the manifest.");

    // 3. The signing is on record in the audit log (this agreement's entries
    // and their links; verifyAll checks the whole chain once).
    const QList<AuditEntry>* entries = &*log;
    const QByteArray manifestHash = AgreementManifest::sha256Hex(seal.manifest);
    const bool logged = std::any_of(entries->cbegin(), entries->cend(), [&](const AuditEntry& e) {
        return e.agreementId == agreementId && e.event == QLatin1String("signed") &&
               QJsonDocument::fromJson(e.entry)
                       .object()
                       .value(QStringLiteral("manifest_sha256"))
                       .toString()
                       .toLatin1() == manifestHash;
    });
    if (!logged)
        problems << tr("The signing is not recorded in the audit log.");
    // Its record must also be intact in the chain: an entry edited in place
    // still names the signing, but no longer matches its hash.
    for (const AuditChain::Problem& broken : AuditChain::problemsOf(agreementId, *entries))
        if (broken.agreementId == agreementId)
            problems << tr("The audit log's record of this agreement was altered (%1).")
                            .arg(broken.message);

    result.status =
        problems.isEmpty() ? VerificationStatus::Verified : VerificationStatus::Modified;
    return result;
}

Result<QStringList> AgreementVerifier::verifyAuditChain() const {
    Result<QList<AuditEntry>> entries = m_audit.entries();
    if (!entries)
        return entries.error();
    return AuditChain::verify(*entries);
}

Result<QStringList> AgreementVerifier::verifyAll() const {
    // Ids first, then one agreement at a time: the memory of the check does
    // not grow with the number of agreements and the length of their texts.
    Result<QList<std::pair<qint64, bool>>> all = m_agreements.signedStates();
    if (!all)
        return all.error();
    const auto numberOf = [](qint64 agreementId) {
        Agreement agreement;
        agreement.id = agreementId;
        return agreement.number();
    };
    QStringList problems;
    QHash<qint64, bool> isSigned;
    isSigned.reserve(all->size());
    for (const auto& [id, signedNow] : std::as_const(*all)) {
        isSigned.insert(id, signedNow);
        Result<AgreementVerification> verification = verify(id);
        if (!verification)
            return verification.error();
        for (const QString& problem : verification->problems)
            problems << tr("Agreement %1: %2").arg(numberOf(id), problem);
    }
    // Every signing on record must still be a signed agreement: resetting a
    // signed row to a draft (with the triggers dropped) shows up here.
    Result<QList<AuditEntry>> entries = m_audit.entries();
    if (!entries)
        return entries.error();
    // An agreement erased with its client keeps its signing entry; a later
    // entry records that its documents went.
    QSet<qint64> erased;
    for (const AuditEntry& entry : *entries) {
        if (entry.event == QLatin1String("erased"))
            erased.insert(entry.agreementId);
    }
    for (const AuditEntry& entry : *entries) {
        if (entry.event != QLatin1String("signed") || erased.contains(entry.agreementId))
            continue;
        if (!isSigned.value(entry.agreementId, false))
            problems << tr("Agreement %1: audit log entry %2 records its signing, but it is no "
                           "longer stored as signed.")
                            .arg(numberOf(entry.agreementId))
                            .arg(entry.seq);
    }
    // The chain's problems name the agreement of the entry where they show.
    for (const AuditChain::Problem& problem : AuditChain::problems(*entries))
        problems << tr("Agreement %1: %2").arg(numberOf(problem.agreementId), problem.message);
    return problems;
}

} // namespace md
