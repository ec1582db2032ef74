// AgreementService: reading, templates, drafts and documents. Signing,
// verification and the export are in AgreementServiceSigning.cpp.
#include "agreements/AgreementService.h"

#include "agreements/BuiltInTemplates.h"
#include "agreements/SignerName.h"
#include "agreements/TemplateRenderer.h"
#include "export/DocumentLayout.h"
#include "i18n/DocumentLanguage.h"
#include "i18n/DocumentTranslator.h"
#include "settings/SettingsService.h"
#include "storage/AgreementAuditLogRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/AgreementSigningKeyRepository.h"
#include "storage/AgreementTemplateRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"

#include <QImage>
#include <QLocale>

namespace md {

AgreementService::AgreementService(Database& database, const Clock& clock,
                                   SettingsService& settings, QString workspaceId)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_workspaceId(std::move(workspaceId))
    , m_agreements(std::make_unique<AgreementRepository>(database, clock))
    , m_templates(std::make_unique<AgreementTemplateRepository>(database, clock))
    , m_audit(std::make_unique<AgreementAuditLogRepository>(database, clock))
    , m_keys(std::make_unique<AgreementSigningKeyRepository>(database, clock)) {}

AgreementService::~AgreementService() = default;

QDate AgreementService::defaultEndDate() const {
    return m_clock.today().addMonths(kDefaultTermMonths);
}

// --- Reading ---------------------------------------------------------------

Result<QList<Agreement>> AgreementService::list(const AgreementFilter& filter) const {
    return m_agreements->list(filter);
}

Result<QList<AgreementListRow>> AgreementService::listRows() const {
    return m_agreements->listRows();
}

Result<Agreement> AgreementService::get(qint64 id) const {
    return m_agreements->get(id);
}

Result<QList<AgreementSignature>> AgreementService::signatures(qint64 id) const {
    return m_agreements->signatures(id);
}

Result<std::optional<AgreementScan>> AgreementService::scan(qint64 id) const {
    return m_agreements->scan(id);
}

Result<std::optional<AgreementSeal>> AgreementService::seal(qint64 id) const {
    return m_agreements->seal(id);
}

Result<QList<AgreementEngagementChoice>> AgreementService::engagementChoices() const {
    return m_agreements->engagementChoices();
}

Result<QList<Agreement>> AgreementService::endingWithin(int days) const {
    const QDate today = m_clock.today();
    return m_agreements->signedEndingBetween(today, today.addDays(qMax(0, days)));
}

Result<bool> AgreementService::hasSignedConfidentialityTerms(qint64 engagementId) const {
    return m_agreements->hasSignedConfidentialityTerms(engagementId);
}

Result<QByteArray> AgreementService::publicKey() const {
    return m_keys->publicKey();
}

// --- Templates -------------------------------------------------------------

Result<AgreementTemplate> AgreementService::latestTemplate(AgreementKind kind,
                                                           const QString& language) const {
    return m_templates->latest(kind, language);
}

Result<AgreementTemplate> AgreementService::templateVersion(qint64 templateId) const {
    return m_templates->get(templateId);
}

Result<QList<AgreementTemplate>> AgreementService::templateVersions(AgreementKind kind,
                                                                    const QString& language) const {
    return m_templates->versions(kind, language);
}

Result<AgreementTemplate> AgreementService::storedTemplate(AgreementKind kind,
                                                           const QString& language) {
    Result<std::optional<AgreementTemplate>> existing = m_templates->latestStored(kind, language);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    Result<AgreementTemplate> seeded = m_templates->seed(kind, language);
    if (seeded)
        m_database.noteChange(RecordKind::AgreementTemplate, ChangeOp::Added, seeded->id);
    return seeded;
}

Result<AgreementTemplate> AgreementService::saveTemplate(const AgreementTemplate& edited) {
    std::optional<AgreementTemplate> saved;
    const Status status = m_database.transaction([&]() -> Status {
        if (Result<AgreementTemplate> base = storedTemplate(edited.kind, edited.language);
            !base && base.code() != ErrorCode::NotFound)
            return base.error();
        Result<AgreementTemplate> added = m_templates->addVersion(edited);
        if (!added)
            return added.error();
        saved = *added;
        m_database.noteChange(RecordKind::AgreementTemplate, ChangeOp::Added, saved->id);
        return {};
    });
    if (!status)
        return status.error();
    return *saved;
}

Result<QString> AgreementService::templateLanguage(AgreementKind kind,
                                                   const QString& wanted) const {
    for (const QString& candidate : DocumentLanguage::fallbacks(wanted)) {
        Result<std::optional<AgreementTemplate>> stored =
            m_templates->latestStored(kind, candidate);
        if (!stored)
            return stored.error();
        if (*stored || BuiltInTemplates::get(kind, candidate))
            return candidate;
    }
    return QStringLiteral("en");
}

// --- Drafts ----------------------------------------------------------------

Result<AgreementContext> AgreementService::context(qint64 engagementId,
                                                   const CreateOptions& options) const {
    EngagementRepository engagements(m_database, m_clock);
    Result<Engagement> engagement = engagements.get(engagementId);
    if (!engagement)
        return engagement.error();
    ClientRepository clients(m_database, m_clock);
    Result<Client> client = clients.get(engagement->clientId);
    if (!client)
        return client.error();
    Result<MentorProfile> profile = m_settings.mentorProfile();
    if (!profile)
        return profile.error();
    AgreementContext context;
    context.mentor = *profile;
    context.client = *client;
    context.engagement = *engagement;
    context.terms = options.terms;
    // The notice the agreement promises is the one billing applies.
    Result<BusinessSettings> business = m_settings.businessSettings();
    if (!business)
        return business.error();
    context.terms.cancellationNoticeHours = business->cancellationNoticeHours;
    context.today = m_clock.today();
    context.endDate = options.endDate;
    QString wanted = options.language;
    if (wanted.isEmpty()) {
        Result<QString> language = m_settings.documentLanguageOf(*client);
        if (!language)
            return language.error();
        wanted = *language;
    }
    Result<QString> language = templateLanguage(options.kind, wanted);
    if (!language)
        return language.error();
    context.language = *language;
    return context;
}

Result<QString> AgreementService::renderBody(const AgreementTemplate& tmpl,
                                             const AgreementContext& values) const {
    if (const QString required = describeRequired(values.missingDetails(tmpl.bodyHtml));
        !required.isEmpty())
        return makeError(ErrorCode::InvalidInput, required);
    QSet<QString> blankable;
    for (const PlaceholderInfo& info : placeholderCatalog()) {
        if (!isRequiredPlaceholder(info.name))
            blankable.insert(info.name);
    }
    return TemplateRenderer::render(tmpl.bodyHtml, values.placeholderValues(), blankable);
}

Result<QList<MissingDetail>> AgreementService::missingDetails(qint64 engagementId,
                                                              const CreateOptions& options) const {
    Result<AgreementContext> values = context(engagementId, options);
    if (!values)
        return values.error();
    Result<AgreementTemplate> tmpl = m_templates->latest(options.kind, values->language);
    if (!tmpl)
        return tmpl.error();
    return values->missingDetails(tmpl->bodyHtml);
}

Result<Agreement> AgreementService::addDraft(const Agreement& input) {
    std::optional<Agreement> added;
    const Status status = m_database.transaction([&]() -> Status {
        // The version the text came from must be on record before the draft
        // refers to it: the built-in text is stored at the first agreement.
        Result<AgreementTemplate> tmpl = storedTemplate(input.kind, input.language);
        if (!tmpl)
            return tmpl.error();
        Agreement draft = input;
        draft.templateId = tmpl->id;
        Result<Agreement> stored = m_agreements->addDraft(draft);
        if (!stored)
            return stored.error();
        added = *stored;
        m_database.noteChange(RecordKind::Agreement, ChangeOp::Added, added->id);
        return {};
    });
    if (!status)
        return status.error();
    return *added;
}

Result<Agreement> AgreementService::createDraft(qint64 engagementId, const CreateOptions& options) {
    Result<AgreementContext> values = context(engagementId, options);
    if (!values)
        return values.error();
    // Rendered before anything is stored: a missing value stores nothing.
    Result<AgreementTemplate> tmpl = m_templates->latest(options.kind, values->language);
    if (!tmpl)
        return tmpl.error();
    Result<QString> body = renderBody(*tmpl, *values);
    if (!body)
        return body.error();

    Agreement draft;
    draft.clientId = values->client.id;
    draft.engagementId = engagementId;
    draft.kind = tmpl->kind;
    draft.language = tmpl->language;
    draft.title = tmpl->title;
    draft.bodyHtml = *body;
    draft.hasConfidentialityTerms = tmpl->hasConfidentialityTerms;
    draft.endDate = options.endDate;
    return addDraft(draft);
}

Result<Agreement> AgreementService::updateDraft(const Agreement& draft) {
    std::optional<Agreement> updated;
    const Status status = m_database.transaction([&]() -> Status {
        Result<Agreement> stored = m_agreements->updateDraft(draft);
        if (!stored)
            return stored.error();
        updated = *stored;
        m_database.noteChange(RecordKind::Agreement, ChangeOp::Updated, updated->id);
        return {};
    });
    if (!status)
        return status.error();
    return *updated;
}

Status AgreementService::removeDraft(qint64 id) {
    return m_database.transaction([&]() -> Status {
        if (Status removed = m_agreements->removeDraft(id); !removed)
            return removed;
        m_database.noteChange(RecordKind::Agreement, ChangeOp::Removed, id);
        return {};
    });
}

Result<Agreement> AgreementService::amend(qint64 signedId, const CreateOptions& options) {
    Result<Agreement> original = m_agreements->get(signedId);
    if (!original)
        return original;
    if (!original->isSigned())
        return makeError(ErrorCode::Refused,
                         tr("Only a signed agreement can be amended; edit the draft instead."));
    CreateOptions amended = options;
    amended.kind = original->kind;
    if (amended.language.isEmpty())
        amended.language = original->language;
    Result<AgreementContext> values = context(original->engagementId, amended);
    if (!values)
        return values.error();
    Result<AgreementTemplate> tmpl = m_templates->latest(amended.kind, values->language);
    if (!tmpl)
        return tmpl.error();
    Result<QString> body = renderBody(*tmpl, *values);
    if (!body)
        return body.error();

    const QString text = withAmendmentPreamble(*body, *original, values->language);
    const DocumentTranslator words(values->language);

    Agreement draft;
    draft.clientId = original->clientId;
    draft.engagementId = original->engagementId;
    draft.kind = tmpl->kind;
    draft.language = tmpl->language;
    draft.title = words.translate("md::AgreementService", "%1 (amendment to %2)")
                      .arg(tmpl->title, original->number());
    draft.bodyHtml = text;
    draft.hasConfidentialityTerms = tmpl->hasConfidentialityTerms;
    draft.amendsId = original->id;
    draft.endDate = amended.endDate.isValid() ? amended.endDate : original->endDate;
    return addDraft(draft);
}

QString AgreementService::withAmendmentPreamble(const QString& body, const Agreement& original,
                                                const QString& language) {
    // Say plainly, at the top, which agreement this one replaces.
    const DocumentTranslator words(language);
    const QString preamble =
        QStringLiteral("<p><i>%1</i></p>")
            .arg(
                words
                    .translate("md::AgreementService",
                               "This agreement amends and replaces agreement %1 of %2 between "
                               "the same parties. Where the two differ, this agreement applies.")
                    .arg(original.number(), words.longDate(original.signedUtc.toLocalTime().date()))
                    .toHtmlEscaped());
    QString text = body;
    // After the subtitle paragraph when there is one, else at the very top.
    const qsizetype subtitleEnd = text.indexOf(QLatin1String("</p>"));
    const qsizetype headingEnd = text.indexOf(QLatin1String("</h1>"));
    if (headingEnd >= 0 && subtitleEnd > headingEnd)
        text.insert(subtitleEnd + 4, preamble);
    else
        text.prepend(preamble);
    return text;
}

// --- Documents -------------------------------------------------------------

Result<QList<SignatureSlot>> AgreementService::blankSlots(const Agreement& agreement) const {
    ClientRepository clients(m_database, m_clock);
    Result<Client> client = clients.get(agreement.clientId);
    if (!client)
        return client.error();
    Result<MentorProfile> profile = m_settings.mentorProfile();
    if (!profile)
        return profile.error();
    SignatureSlot mentee;
    mentee.role = SignerRole::Mentee;
    mentee.fullName = client->fullName;
    SignatureSlot mentor;
    mentor.role = SignerRole::Mentor;
    mentor.fullName = profile->name;
    return QList<SignatureSlot>{mentee, mentor};
}

SignatureSlot AgreementService::slotOf(const AgreementSignature& signature,
                                       const QString& language) {
    SignatureSlot slot;
    slot.role = signature.role;
    slot.fullName = signature.fullName;
    slot.image = QImage::fromData(signature.imagePng, "PNG");
    const DocumentTranslator text(language);
    const QDateTime signedUtc = signature.signedUtc.toUTC();
    slot.dateLine = text.translate("md::AgreementService", "Signed on screen on %1 UTC")
                        .arg(text.longDate(signedUtc.date()) + QStringLiteral(", ") +
                             text.locale().toString(signedUtc.time(), QStringLiteral("HH:mm")));
    slot.note = signerNameNote(signature, &text);
    return slot;
}

Result<AgreementLayout> AgreementService::layoutFor(const Agreement& agreement,
                                                    const QList<SignatureSlot>& slots) const {
    Result<MentorProfile> profile = m_settings.mentorProfile();
    if (!profile)
        return profile.error();
    AgreementLayout layout;
    layout.title = agreement.title;
    layout.bodyHtml = agreement.bodyHtml;
    layout.mentor = *profile;
    layout.number = agreement.number();
    layout.fingerprint = agreement.fingerprint();
    layout.signatures = slots;
    // The end date is part of what is signed (it is in the manifest), so the
    // document states it too.
    const DocumentTranslator text(agreement.language);
    layout.language = agreement.language;
    if (agreement.endDate.isValid())
        layout.endNote = text.translate("md::AgreementService", "This agreement ends on %1.")
                             .arg(text.longDate(agreement.endDate));
    // The paper of the one document layout: Letter where people use it.
    layout.pageSize = DocumentLayout().pageSize();
    return layout;
}

Result<AgreementLayout> AgreementService::layout(qint64 id) const {
    Result<Agreement> agreement = m_agreements->get(id);
    if (!agreement)
        return agreement.error();
    if (agreement->method != SigningMethod::OnScreen) {
        Result<QList<SignatureSlot>> slots = blankSlots(*agreement);
        if (!slots)
            return slots.error();
        return layoutFor(*agreement, *slots);
    }
    Result<QList<AgreementSignature>> signatures = m_agreements->signatures(id);
    if (!signatures)
        return signatures.error();
    QList<SignatureSlot> slots;
    for (const AgreementSignature& signature : *signatures)
        slots << slotOf(signature, agreement->language);
    return layoutFor(*agreement, slots);
}

Result<QByteArray> AgreementService::pdf(qint64 id) const {
    Result<std::optional<AgreementSeal>> seal = m_agreements->seal(id);
    if (!seal)
        return seal.error();
    // Frozen: the bytes that were signed, never a new rendering.
    if (*seal)
        return (*seal)->pdf;
    Result<AgreementLayout> pages = layout(id);
    if (!pages)
        return pages.error();
    return AgreementPdfRenderer::renderPdf(*pages);
}

Status AgreementService::paint(qint64 id, QPagedPaintDevice& device) const {
    Result<AgreementLayout> pages = layout(id);
    if (!pages)
        return pages.error();
    return AgreementPdfRenderer::paint(*pages, device);
}

} // namespace md
