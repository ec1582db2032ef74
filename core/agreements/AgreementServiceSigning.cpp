// AgreementService: signing, verification and the export. Signing renders
// the final PDF, describes it in a manifest, signs the manifest with the
// workspace key and stores all of it, with an audit log entry, as one unit of
// work. Afterwards the database refuses every change to the agreement.
#include "agreements/AgreementExporter.h"
#include "agreements/AgreementManifest.h"
#include "agreements/AgreementService.h"
#include "agreements/ConsentText.h"
#include "agreements/SignerName.h"
#include "storage/AgreementAuditLogRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/AgreementSigningKeyRepository.h"
#include "storage/AgreementTemplateRepository.h"
#include "storage/Database.h"

#include <QImage>
#include <QLocale>

#include <algorithm>

namespace md {

namespace {

constexpr qsizetype kMaxSignatureBytes = 2 * 1024 * 1024;
constexpr qsizetype kMaxScanBytes = 50 * 1024 * 1024;

// True when the image has at least a few inked pixels: neither transparent
// nor (near) white. An empty pad is not a signature.
bool hasInk(const QImage& image) {
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int inked = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) > 64 && qGray(line[x]) < 200 && ++inked >= 20)
                return true;
        }
    }
    return false;
}

// Whole sentences per signer: a role spliced into one would not translate.
Status checkSignature(const OnScreenSignature& signature, SignerRole role) {
    const bool mentee = role == SignerRole::Mentee;
    if (signature.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         mentee ? AgreementService::tr("The mentee must type their full name.")
                                : AgreementService::tr("The mentor must type their full name."));
    if (!signature.consent)
        return makeError(ErrorCode::InvalidInput,
                         mentee ? AgreementService::tr("The mentee must confirm the consent "
                                                       "statement before signing.")
                                : AgreementService::tr("The mentor must confirm the consent "
                                                       "statement before signing."));
    if (signature.imagePng.size() > kMaxSignatureBytes)
        return makeError(ErrorCode::InvalidInput,
                         mentee
                             ? AgreementService::tr("The mentee's signature image is too large.")
                             : AgreementService::tr("The mentor's signature image is too large."));
    const QImage image = QImage::fromData(signature.imagePng, "PNG");
    if (image.isNull() || !hasInk(image))
        return makeError(ErrorCode::InvalidInput,
                         mentee ? AgreementService::tr("The mentee has not drawn a signature.")
                                : AgreementService::tr("The mentor has not drawn a signature."));
    return {};
}

Status nameDiffersError(const AgreementSignature& signature) {
    return makeError(
        ErrorCode::InvalidInput,
        signature.role == SignerRole::Mentee
            ? AgreementService::tr("The mentee typed “%1”, which differs from the client's name "
                                   "“%2”. Confirm that “%1” is the name they sign with, or "
                                   "correct it.")
                  .arg(signature.fullName, signature.nameOnRecord)
            : AgreementService::tr("The mentor typed “%1”, which differs from the name in the "
                                   "mentor profile “%2”. Confirm that “%1” is the name you sign "
                                   "with, or correct it.")
                  .arg(signature.fullName, signature.nameOnRecord));
}

QString scanMediaType(const QByteArray& content) {
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

// Signing times are kept to the second: the manifest states them in
// ISO-8601 without fractions, and the stored row must say the same.
QDateTime wholeSecondUtc(const QDateTime& time) {
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

Result<Agreement> AgreementService::signOnScreen(qint64 id, const OnScreenSignature& mentee,
                                                 const OnScreenSignature& mentor) {
    Result<Agreement> current = m_agreements->get(id);
    if (!current)
        return current;
    if (current->isSigned())
        return makeError(ErrorCode::Refused, tr("This agreement is already signed."));
    if (Status ok = checkSignature(mentee, SignerRole::Mentee); !ok)
        return ok.error();
    if (Status ok = checkSignature(mentor, SignerRole::Mentor); !ok)
        return ok.error();

    const Status signedNow = m_database.transaction([&]() -> Status {
        // Read again inside the unit: what is signed is what is stored now.
        Result<Agreement> agreement = m_agreements->get(id);
        if (!agreement)
            return agreement.error();
        if (agreement->isSigned())
            return makeError(ErrorCode::Refused, tr("This agreement is already signed."));
        // The names on record now, as the draft prints them on its lines.
        Result<QList<SignatureSlot>> onRecord = blankSlots(*agreement);
        if (!onRecord)
            return onRecord.error();
        const QDateTime signedUtc = wholeSecondUtc(m_clock.nowUtc());
        QList<AgreementSignature> signatures;
        QList<SignatureSlot> slots;
        for (const auto& [role, input] :
             {std::pair{SignerRole::Mentee, &mentee}, std::pair{SignerRole::Mentor, &mentor}}) {
            const auto record = std::find_if(
                onRecord->cbegin(), onRecord->cend(),
                [role = role](const SignatureSlot& slot) { return slot.role == role; });
            AgreementSignature signature;
            signature.role = role;
            signature.fullName = input->fullName.simplified();
            signature.imagePng = input->imagePng;
            signature.consent = true;
            signature.signedUtc = signedUtc;
            signature.nameOnRecord = record != onRecord->cend() ? record->fullName : QString();
            if (!isSameSignerName(signature.fullName, signature.nameOnRecord)) {
                if (!input->nameDifferenceConfirmed)
                    return nameDiffersError(signature);
                signature.nameDifferenceConfirmed = true;
            }
            signatures << signature;
            slots << slotOf(signature, agreement->language);
        }
        Result<AgreementLayout> layout = layoutFor(*agreement, slots);
        if (!layout)
            return layout.error();
        Agreement signing = *agreement;
        signing.signedUtc = signedUtc;
        return freeze(signing, SigningMethod::OnScreen, signatures, std::nullopt, *layout);
    });
    if (!signedNow)
        return signedNow.error();
    return m_agreements->get(id);
}

Result<PaperSigningDates> AgreementService::paperSigningDates(qint64 id) const {
    Result<Agreement> agreement = m_agreements->get(id);
    if (!agreement)
        return agreement.error();
    const QDate today = m_clock.today();
    // A draft made "today" in UTC may be tomorrow's in the mentor's zone;
    // today is never out of range.
    return PaperSigningDates{std::min(agreement->createdUtc.toLocalTime().date(), today), today};
}

Result<Agreement> AgreementService::signOnPaper(qint64 id, const QString& scanFileName,
                                                const QByteArray& scanContent,
                                                const QDate& signedOn) {
    Result<Agreement> current = m_agreements->get(id);
    if (!current)
        return current;
    if (current->isSigned())
        return makeError(ErrorCode::Refused, tr("This agreement is already signed."));
    Result<PaperSigningDates> dates = paperSigningDates(id);
    if (!dates)
        return dates.error();
    const QDate signingDay = signedOn.isValid() ? signedOn : dates->latest;
    const QLocale locale;
    if (signingDay > dates->latest)
        return makeError(ErrorCode::InvalidInput,
                         tr("The paper cannot have been signed on %1: that is in the future.")
                             .arg(locale.toString(signingDay, QLocale::LongFormat)));
    if (signingDay < dates->earliest)
        return makeError(ErrorCode::InvalidInput,
                         tr("The paper cannot have been signed on %1: the draft was only "
                            "generated on %2.")
                             .arg(locale.toString(signingDay, QLocale::LongFormat),
                                  locale.toString(dates->earliest, QLocale::LongFormat)));
    const QString mediaType = scanMediaType(scanContent);
    if (scanContent.isEmpty() || mediaType.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Attach the scan of the signed paper as a PDF, PNG or JPEG file."));
    if (scanContent.size() > kMaxScanBytes)
        return makeError(ErrorCode::InvalidInput, tr("The scan is too large (at most 50 MB)."));
    const QString fileName =
        scanFileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    const AgreementScan scan{fileName.isEmpty() ? QStringLiteral("scan") : fileName, mediaType,
                             scanContent, signingDay};

    const Status signedNow = m_database.transaction([&]() -> Status {
        Result<Agreement> agreement = m_agreements->get(id);
        if (!agreement)
            return agreement.error();
        if (agreement->isSigned())
            return makeError(ErrorCode::Refused, tr("This agreement is already signed."));
        // The stored PDF is the document as printed for signing: blank lines.
        Result<QList<SignatureSlot>> slots = blankSlots(*agreement);
        if (!slots)
            return slots.error();
        Result<AgreementLayout> layout = layoutFor(*agreement, *slots);
        if (!layout)
            return layout.error();
        Agreement signing = *agreement;
        signing.signedUtc = wholeSecondUtc(m_clock.nowUtc());
        return freeze(signing, SigningMethod::OnPaper, {}, scan, *layout);
    });
    if (!signedNow)
        return signedNow.error();
    return m_agreements->get(id);
}

Status AgreementService::freeze(const Agreement& agreement, SigningMethod method,
                                const QList<AgreementSignature>& signatures,
                                const std::optional<AgreementScan>& scan,
                                const AgreementLayout& layout) {
    Result<AgreementTemplate> tmpl = m_templates->get(agreement.templateId);
    if (!tmpl)
        return tmpl.error();
    Result<QByteArray> pdf = AgreementPdfRenderer::renderPdf(layout);
    if (!pdf)
        return pdf.error();
    // The first signing makes the workspace's key, in this unit of work: a
    // signing that fails leaves no key behind, and no read ever makes one.
    Result<std::optional<SigningKey>> stored = m_keys->load();
    if (!stored)
        return stored.error();
    std::optional<SigningKey> key = std::move(*stored);
    if (!key) {
        Result<SigningKey> created = m_keys->create();
        if (!created)
            return created.error();
        key = std::move(*created);
    }

    AgreementManifest manifest;
    manifest.agreementId = agreement.id;
    manifest.number = agreement.number();
    manifest.kind = agreement.kind;
    manifest.title = agreement.title;
    manifest.clientId = agreement.clientId;
    manifest.engagementId = agreement.engagementId;
    manifest.amendsId = agreement.amendsId;
    manifest.endDate = agreement.endDate;
    manifest.templateId = tmpl->id;
    manifest.templateVersion = tmpl->version;
    manifest.language = agreement.language;
    manifest.textSha256 = agreement.textSha256();
    manifest.pdfSha256 = AgreementManifest::sha256Hex(*pdf);
    manifest.pdfSize = pdf->size();
    manifest.method = method;
    if (method == SigningMethod::OnScreen) {
        manifest.consentTextVersion = ConsentText::version();
        for (const AgreementSignature& signature : signatures)
            manifest.signers << AgreementManifest::Signer{
                signature.role,
                signature.fullName,
                AgreementManifest::sha256Hex(signature.imagePng),
                signature.consent,
                signature.nameOnRecord,
                signature.nameDifferenceConfirmed};
    } else {
        for (const SignatureSlot& slot : layout.signatures)
            manifest.signers << AgreementManifest::Signer{slot.role, slot.fullName, {}, false,
                                                          {},        false};
    }
    if (scan)
        manifest.scan = AgreementManifest::Scan{
            scan->fileName,       scan->mediaType, AgreementManifest::sha256Hex(scan->content),
            scan->content.size(), scan->signedOn,  false};
    manifest.signedUtc = agreement.signedUtc;
    manifest.appVersion = QStringLiteral(MENTORDESK_VERSION);
    manifest.workspaceId = m_workspaceId;
    manifest.publicKeyFingerprint = SigningKey::fingerprint(key->publicKey());

    AgreementSeal seal;
    seal.agreementId = agreement.id;
    seal.pdf = *pdf;
    seal.manifest = manifest.toCanonicalBytes();
    seal.signature = key->sign(seal.manifest);
    seal.publicKey = key->publicKey();
    seal.sealedUtc = agreement.signedUtc;

    if (Status frozen =
            m_agreements->freeze(agreement, method, agreement.signedUtc, signatures, scan, seal);
        !frozen)
        return frozen;
    const QJsonObject fields{{QStringLiteral("manifest_sha256"),
                              QString::fromLatin1(AgreementManifest::sha256Hex(seal.manifest))},
                             {QStringLiteral("method"), signingMethodKey(method)},
                             {QStringLiteral("workspace_id"), m_workspaceId}};
    if (Result<AuditEntry> logged = m_audit->append(agreement.id, QStringLiteral("signed"), fields);
        !logged)
        return logged.error();
    m_database.noteChange(RecordKind::Agreement, ChangeOp::Updated, agreement.id);
    return {};
}

Result<QStringList> AgreementService::signingFacts(qint64 id) const {
    Result<Agreement> agreement = m_agreements->get(id);
    if (!agreement)
        return agreement.error();
    QStringList facts;
    const QLocale locale;
    if (agreement->method == SigningMethod::OnPaper) {
        Result<std::optional<AgreementScan>> scan = m_agreements->scan(id);
        if (!scan)
            return scan.error();
        const QString attached =
            locale.toString(agreement->signedUtc.toLocalTime().date(), QLocale::LongFormat);
        if (*scan && (*scan)->signedOn.isValid())
            facts << tr("Signed by hand on %1; the scan was attached on %2.")
                         .arg(locale.toString((*scan)->signedOn, QLocale::LongFormat), attached);
        else
            facts << tr("Signed by hand; the scan was attached on %1.").arg(attached);
        facts << tr("Paper signature attached, not checked: MentorDesk keeps the scan as it was "
                    "attached and does not check the handwriting on it.");
    } else if (agreement->method == SigningMethod::OnScreen) {
        Result<QList<AgreementSignature>> signatures = m_agreements->signatures(id);
        if (!signatures)
            return signatures.error();
        for (const AgreementSignature& signature : std::as_const(*signatures)) {
            if (const QString note = signerNameNote(signature); !note.isEmpty())
                facts << (signature.role == SignerRole::Mentee ? tr("Mentee: %1").arg(note)
                                                               : tr("Mentor: %1").arg(note));
        }
    }
    return facts;
}

// --- Verification and export -----------------------------------------------

AgreementVerifier AgreementService::verifier() const {
    return AgreementVerifier(*m_agreements, *m_audit, *m_keys, m_workspaceId);
}

Result<AgreementVerification> AgreementService::verify(qint64 id) const {
    return verifier().verify(id);
}

Result<QStringList> AgreementService::verifyAuditChain() const {
    return verifier().verifyAuditChain();
}

Result<QList<AuditEntry>> AgreementService::auditEntries() const {
    return m_audit->entries();
}

Result<QStringList> AgreementService::verifyAll() const {
    return verifier().verifyAll();
}

Result<QStringList> AgreementService::exportForClient(qint64 id, const QString& directory) const {
    return AgreementExporter(*m_agreements).exportForClient(id, directory);
}

} // namespace md
