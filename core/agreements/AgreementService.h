#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementContext.h"
#include "agreements/AgreementPdfRenderer.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QObject>

#include <memory>

class QPagedPaintDevice;

namespace md {

class Database;
class AgreementRepository;
class AgreementTemplateRepository;
class AgreementAuditLogRepository;
class AgreementSigningKeyRepository;
class MentorProfileRepository;
class Workspace;

// What each party gives when signing on screen.
struct OnScreenSignature {
    QString fullName;     // typed by the signer
    QByteArray imagePng;  // drawn on the signature pad
    bool consent = false; // the consent box (ConsentText) was ticked
};

// How to generate a new agreement.
struct AgreementCreateOptions {
    AgreementKind kind = AgreementKind::Mentoring;
    QString language = QStringLiteral("en");
    AgreementTerms terms;
    QDate endDate; // invalid = open-ended
};

// The agreements feature as the UI and the CLI use it: generating drafts from
// templates, editing, rendering, signing (which freezes the agreement),
// amendments and the "ending soon" list. Verification and export live in
// AgreementVerifier and AgreementExporter.
class AgreementService final : public QObject {
    Q_OBJECT
public:
    AgreementService(Database& database, const Clock& clock, QString workspaceId,
                     QObject* parent = nullptr);
    ~AgreementService() override;

    // The workspace's own service, made on first use as a child of the
    // workspace and destroyed with it (locking), so the UI, the CLI and other
    // features share one set of repositories and signals.
    static AgreementService& of(Workspace& workspace);

    AgreementRepository& agreements() { return *m_agreements; }
    AgreementTemplateRepository& templates() { return *m_templates; }
    MentorProfileRepository& mentorProfile() { return *m_profile; }
    const QString& workspaceId() const { return m_workspaceId; }

    using CreateOptions = AgreementCreateOptions;
    // The values a new agreement for this engagement would be filled with.
    Result<AgreementContext> context(qint64 engagementId, const CreateOptions& options) const;
    // Generates a draft from the newest version of the template. Fails with
    // InvalidInput naming every unknown or empty placeholder; nothing is
    // stored then.
    Result<Agreement> createDraft(qint64 engagementId, const CreateOptions& options = {});
    // A new draft for the same engagement that amends (and replaces) a signed
    // agreement, generated from the newest template.
    Result<Agreement> amend(qint64 signedId, const CreateOptions& options);

    // The page layout of an agreement as it prints now: a draft with empty
    // signature lines, a signed one with its signatures.
    Result<AgreementLayout> layout(qint64 id) const;
    // PDF bytes: for a signed agreement the exact stored bytes, for a draft a
    // fresh rendering.
    Result<QByteArray> pdf(qint64 id) const;
    // Prints or previews (QPrinter is a QPagedPaintDevice).
    Status paint(qint64 id, QPagedPaintDevice& device) const;

    // Signs on screen: both the mentee and the mentor, each with a drawn
    // signature, typed name and consent. Freezes the agreement.
    Result<Agreement> signOnScreen(qint64 id, const OnScreenSignature& mentee,
                                   const OnScreenSignature& mentor);
    // Records that the printed agreement was signed by hand and stores the
    // scan (PDF, PNG or JPEG). Freezes the agreement like signing on screen.
    Result<Agreement> signOnPaper(qint64 id, const QString& scanFileName,
                                  const QByteArray& scanContent);

    // Signed agreements that end within `days` days from today (Clock).
    Result<QList<Agreement>> endingWithin(int days) const;

    // The workspace's public signing key (32 bytes), made on first use.
    Result<QByteArray> publicKey();

private:
    Result<AgreementLayout> layoutFor(const Agreement& agreement,
                                      const QList<SignatureSlot>& slots) const;
    Result<QList<SignatureSlot>> blankSlots(const Agreement& agreement) const;
    Result<Agreement> freeze(const Agreement& agreement, SigningMethod method,
                             const QList<AgreementSignature>& signatures,
                             const std::optional<AgreementScan>& scan,
                             const AgreementLayout& layout);

    Database& m_database;
    const Clock& m_clock;
    QString m_workspaceId;
    std::unique_ptr<AgreementRepository> m_agreements;
    std::unique_ptr<AgreementTemplateRepository> m_templates;
    std::unique_ptr<AgreementAuditLogRepository> m_audit;
    std::unique_ptr<AgreementSigningKeyRepository> m_keys;
    std::unique_ptr<MentorProfileRepository> m_profile;
};

} // namespace md
