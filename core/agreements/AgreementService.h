#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementContext.h"
#include "agreements/AgreementPdfRenderer.h"
#include "agreements/AgreementVerifier.h"
#include "agreements/AuditChain.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>
#include <utility>

class QPagedPaintDevice;

namespace md {

class AgreementAuditLogRepository;
class AgreementRepository;
class AgreementSigningKeyRepository;
class AgreementTemplateRepository;
class Database;
class SettingsService;

// What each party gives when signing on screen.
struct OnScreenSignature {
    OnScreenSignature() = default;
    OnScreenSignature(QString name, QByteArray png, bool consented,
                      bool differenceConfirmed = false)
        : fullName(std::move(name))
        , imagePng(std::move(png))
        , consent(consented)
        , nameDifferenceConfirmed(differenceConfirmed) {}

    QString fullName;     // typed by the signer
    QByteArray imagePng;  // drawn on the signature pad
    bool consent = false; // the consent box (ConsentText) was ticked
    // The mentor confirmed that a typed name that differs from the name on
    // record (isSameSignerName) is the name this signer signs with.
    bool nameDifferenceConfirmed = false;
};

// The days a paper original can have been signed on: not before the draft
// was generated, not after today.
struct PaperSigningDates {
    QDate earliest;
    QDate latest;
};

// How to generate a new agreement.
struct AgreementCreateOptions {
    AgreementKind kind = AgreementKind::Mentoring;
    // Empty = the client's document language (an amendment: the amended
    // agreement's). The template used is the most specific one there is for
    // it: the mentor's own version, else the built-in text, else English.
    QString language;
    AgreementTerms terms;
    QDate endDate; // invalid = open-ended
};

// What a draft's text leaves blank (AgreementService::draftBlanks).
struct DraftBlanks {
    // The details its text prints as blank lines to fill in by hand that
    // are still not set, in plain words (MissingDetail); empty when its text
    // has no blank line.
    QList<MissingDetail> missing;
    // Rendered from the details as they are now, the text would differ: a
    // detail was filled in (or changed) since it was generated.
    bool outOfDate = false;
    // Its text is not what its template gives with each detail as it is now
    // or blank: it was changed by hand, and regenerating replaces that.
    bool editedByHand = false;
};

// The agreements area, and the only way the UI and the CLI read or change
// it: templates, drafts generated from them, rendering, signing on screen or
// on paper (which freezes an agreement), amendments, verification, the
// export for the client and the "ending soon" list.
//
// Every write is one unit of work (Database::transaction) and notes what it
// changed (RecordKind::Agreement, RecordKind::AgreementTemplate), so views
// hear of it through Workspace::changes() after the commit. Reads never
// write: the built-in templates and the workspace's signing key are stored
// by the first write that needs them. The mentor profile is read from
// SettingsService, which owns it.
class AgreementService final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementService)
public:
    AgreementService(Database& database, const Clock& clock, SettingsService& settings,
                     QString workspaceId);
    ~AgreementService();
    AgreementService(const AgreementService&) = delete;
    AgreementService& operator=(const AgreementService&) = delete;

    const QString& workspaceId() const { return m_workspaceId; }

    // --- Rules -----------------------------------------------------------
    // How long a new agreement runs unless the mentor says otherwise.
    static constexpr int kDefaultTermMonths = 6;
    // The end date a new agreement is offered with: kDefaultTermMonths from
    // today (Clock). The UI and the CLI ask here.
    QDate defaultEndDate() const;

    // --- Reading ---------------------------------------------------------
    // Newest first.
    Result<QList<Agreement>> list(const AgreementFilter& filter = {}) const;
    // Every agreement of a client not erased, newest first, without its text
    // and with the client's name: the read model of the Agreements list.
    Result<QList<AgreementListRow>> listRows() const;
    Result<Agreement> get(qint64 id) const;
    Result<QList<AgreementSignature>> signatures(qint64 id) const;
    Result<std::optional<AgreementScan>> scan(qint64 id) const;
    Result<std::optional<AgreementSeal>> seal(qint64 id) const;
    // The engagements a new agreement can be made for, newest first.
    Result<QList<AgreementEngagementChoice>> engagementChoices() const;
    // Signed agreements that end within `days` days from today (Clock) and
    // that no signed amendment has replaced, soonest first.
    Result<QList<Agreement>> endingWithin(int days) const;
    // The pipeline's stage-1 fact: the engagement has a signed agreement
    // whose text includes confidentiality terms.
    Result<bool> hasSignedConfidentialityTerms(qint64 engagementId) const;
    // The workspace's public signing key (32 bytes); empty until the first
    // agreement is signed (the key is made then).
    Result<QByteArray> publicKey() const;

    // --- Templates -------------------------------------------------------
    // The newest version for a kind and language: the stored one, or the
    // built-in text as version 1 when none was saved yet (id 0).
    Result<AgreementTemplate> latestTemplate(AgreementKind kind, const QString& language) const;
    Result<AgreementTemplate> templateVersion(qint64 templateId) const;
    // Every stored version, oldest first.
    Result<QList<AgreementTemplate>> templateVersions(AgreementKind kind,
                                                      const QString& language) const;
    // Saves an edited template as the next version. InvalidInput names any
    // unknown placeholder; nothing is stored then.
    Result<AgreementTemplate> saveTemplate(const AgreementTemplate& edited);

    // --- Drafts ----------------------------------------------------------
    using CreateOptions = AgreementCreateOptions;
    // The values a new agreement for this engagement would be filled with.
    Result<AgreementContext> context(qint64 engagementId, const CreateOptions& options) const;
    // The details the newest template would print as blank lines for this
    // engagement, and the required ones missing (isRequiredPlaceholder), in
    // the template's order.
    Result<QList<MissingDetail>> missingDetails(qint64 engagementId,
                                                const CreateOptions& options = {}) const;
    // Generates a draft from the newest version of the template. A missing
    // optional detail prints as a blank line to fill in by hand
    // (missingDetails() lists them); a missing name of either party, or an
    // unknown placeholder, fails with InvalidInput and stores nothing.
    Result<Agreement> createDraft(qint64 engagementId, const CreateOptions& options = {});
    // Saves title, text, end date and the confidentiality flag of a draft;
    // Refused for a signed agreement.
    Result<Agreement> updateDraft(const Agreement& draft);
    // Deletes a draft; Refused for a signed agreement.
    Status removeDraft(qint64 id);
    // What a draft's text prints as blank lines, and whether the details set
    // since would fill them (DraftBlanks). Refused for a signed agreement.
    Result<DraftBlanks> draftBlanks(qint64 id) const;
    // Renders a draft's text again from the template version it came from
    // and the details as they are now, so blanks filled in since (the fee,
    // the business address) print; its title, end date and confidentiality
    // flag stay. It replaces changes made to the text by hand
    // (DraftBlanks::editedByHand says whether there are any). Refused for a
    // signed agreement; InvalidInput as createDraft().
    Result<Agreement> regenerateDraft(qint64 id);
    // A new draft for the same engagement that amends (and replaces) a signed
    // agreement, generated from the newest template.
    Result<Agreement> amend(qint64 signedId, const CreateOptions& options);

    // --- Documents -------------------------------------------------------
    // The page layout of an agreement as it prints now: a draft with empty
    // signature lines, a signed one with its signatures.
    Result<AgreementLayout> layout(qint64 id) const;
    // PDF bytes: for a signed agreement the exact stored (frozen) bytes, for a
    // draft a fresh rendering.
    Result<QByteArray> pdf(qint64 id) const;
    // Prints or previews (QPrinter is a QPagedPaintDevice).
    Status paint(qint64 id, QPagedPaintDevice& device) const;

    // --- Signing ---------------------------------------------------------
    // Signs on screen: both the mentee and the mentor, each with a drawn
    // signature, typed name and consent. Freezes the agreement: the PDF, the
    // signatures, the seal, the audit log entry and the state are stored as
    // one unit of work (and the signing key, at the first signing).
    // A typed name that differs from the name on record (the client's full
    // name, the mentor profile's name) is refused with InvalidInput unless
    // its difference is confirmed; the confirmation is stored with the
    // signature, sealed in the manifest and printed under the signature.
    Result<Agreement> signOnScreen(qint64 id, const OnScreenSignature& mentee,
                                   const OnScreenSignature& mentor);
    // The days signOnPaper() accepts for this draft.
    Result<PaperSigningDates> paperSigningDates(qint64 id) const;
    // Records that the printed agreement was signed by hand on `signedOn`
    // (invalid = today) and stores the scan (PDF, PNG or JPEG) as attached:
    // the handwriting on it is not checked, and the manifest says so.
    // Freezes the agreement like signing on screen.
    Result<Agreement> signOnPaper(qint64 id, const QString& scanFileName,
                                  const QByteArray& scanContent, const QDate& signedOn = {});

    // How a signed agreement was signed, in sentences for its details: on
    // paper, the day it was signed by hand, the day the scan was attached
    // and that its handwriting was not checked; on screen, each confirmed
    // difference between a typed name and the name on record
    // (signerNameNote). Empty for a draft.
    Result<QStringList> signingFacts(qint64 id) const;

    // --- Verification and export -----------------------------------------
    // Whether a signed agreement's stored bytes are exactly what was signed.
    Result<AgreementVerification> verify(qint64 id) const;
    // Problems of the audit log's hash chain; empty when intact.
    Result<QStringList> verifyAuditChain() const;
    // The audit log's entries in order, for AuditChain::verify() elsewhere
    // (the window checks a long chain on a worker thread).
    Result<QList<AuditEntry>> auditEntries() const;
    // Every signed agreement and the audit chain; empty when all verify.
    Result<QStringList> verifyAll() const;
    // Writes a signed agreement and what proves it into `directory`
    // (AgreementExporter); returns the paths written.
    Result<QStringList> exportForClient(qint64 id, const QString& directory) const;

private:
    Result<AgreementLayout> layoutFor(const Agreement& agreement,
                                      const QList<SignatureSlot>& slots) const;
    Result<QList<SignatureSlot>> blankSlots(const Agreement& agreement) const;
    // The signature block of an on-screen signature.
    static SignatureSlot slotOf(const AgreementSignature& signature, const QString& language);
    // The newest stored template version, storing the built-in text first
    // when there is none (noted as an added template). Inside a unit of work.
    Result<AgreementTemplate> storedTemplate(AgreementKind kind, const QString& language);
    // The language of the template a document in `wanted` is made from: the
    // first of DocumentLanguage::fallbacks(wanted) with a stored (the
    // mentor's own) or built-in template of that kind.
    Result<QString> templateLanguage(AgreementKind kind, const QString& wanted) const;
    // Renders `tmpl` for the engagement, blanks for missing optional details;
    // InvalidInput names a missing required detail or an unknown placeholder.
    Result<QString> renderBody(const AgreementTemplate& tmpl, const AgreementContext& values) const;
    Result<Agreement> addDraft(const Agreement& draft);
    // A draft's text as its template version renders it with `values`, with
    // the amendment's preamble when it amends another agreement.
    Result<QString> draftBody(const Agreement& draft, const AgreementTemplate& tmpl,
                              const AgreementContext& values) const;
    // The values `draft` is rendered with now, and its template version.
    Result<std::pair<AgreementContext, AgreementTemplate>>
    draftSources(const Agreement& draft) const;
    // The sentence at the top of an amendment that names what it replaces.
    static QString withAmendmentPreamble(const QString& body, const Agreement& original,
                                         const QString& language);
    // Inside the signing's unit of work: renders the final PDF, seals it with
    // the workspace key (made now at the first signing), stores everything
    // with its audit log entry and marks the agreement signed.
    Status freeze(const Agreement& agreement, SigningMethod method,
                  const QList<AgreementSignature>& signatures,
                  const std::optional<AgreementScan>& scan, const AgreementLayout& layout);
    AgreementVerifier verifier() const;

    Database& m_database;
    const Clock& m_clock;
    SettingsService& m_settings;
    QString m_workspaceId;
    std::unique_ptr<AgreementRepository> m_agreements;
    std::unique_ptr<AgreementTemplateRepository> m_templates;
    std::unique_ptr<AgreementAuditLogRepository> m_audit;
    std::unique_ptr<AgreementSigningKeyRepository> m_keys;
};

} // namespace md
