#include "agreements/AgreementService.h"

#include "agreements/TemplateRenderer.h"
#include "storage/AgreementAuditLogRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/AgreementSigningKeyRepository.h"
#include "storage/AgreementTemplateRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"
#include "storage/MentorProfileRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>

namespace md {

AgreementService::AgreementService(Database& database, const Clock& clock, QString workspaceId,
                                   QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_workspaceId(std::move(workspaceId))
    , m_agreements(std::make_unique<AgreementRepository>(database, clock))
    , m_templates(std::make_unique<AgreementTemplateRepository>(database, clock))
    , m_audit(std::make_unique<AgreementAuditLogRepository>(database, clock))
    , m_keys(std::make_unique<AgreementSigningKeyRepository>(database, clock))
    , m_profile(std::make_unique<MentorProfileRepository>(database)) {}

AgreementService::~AgreementService() = default;

AgreementService& AgreementService::of(Workspace& workspace) {
    return workspace.agreements();
}

Result<AgreementContext> AgreementService::context(qint64 engagementId,
                                                   const CreateOptions& options) const {
    // Short-lived repositories: reading needs no signals.
    EngagementRepository engagements(m_database, m_clock);
    Result<Engagement> engagement = engagements.get(engagementId);
    if (!engagement)
        return engagement.error();
    ClientRepository clients(m_database, m_clock);
    Result<Client> client = clients.get(engagement->clientId);
    if (!client)
        return client.error();
    Result<MentorProfile> profile = m_profile->load();
    if (!profile)
        return profile.error();
    AgreementContext context;
    context.mentor = *profile;
    context.client = *client;
    context.engagement = *engagement;
    context.terms = options.terms;
    context.today = m_clock.today();
    context.endDate = options.endDate;
    context.language = options.language;
    return context;
}

Result<Agreement> AgreementService::createDraft(qint64 engagementId, const CreateOptions& options) {
    Result<AgreementContext> values = context(engagementId, options);
    if (!values)
        return values.error();
    Result<AgreementTemplate> tmpl = m_templates->latest(options.kind, options.language);
    if (!tmpl)
        return tmpl.error();
    Result<QString> body = TemplateRenderer::render(tmpl->bodyHtml, values->placeholderValues());
    if (!body)
        return body.error();

    Agreement draft;
    draft.clientId = values->client.id;
    draft.engagementId = engagementId;
    draft.templateId = tmpl->id;
    draft.kind = tmpl->kind;
    draft.language = tmpl->language;
    draft.title = tmpl->title;
    draft.bodyHtml = *body;
    draft.hasConfidentialityTerms = tmpl->hasConfidentialityTerms;
    draft.endDate = options.endDate;
    return m_agreements->addDraft(draft);
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
    Result<AgreementContext> values = context(original->engagementId, amended);
    if (!values)
        return values.error();
    Result<AgreementTemplate> tmpl = m_templates->latest(amended.kind, amended.language);
    if (!tmpl)
        return tmpl.error();
    Result<QString> body = TemplateRenderer::render(tmpl->bodyHtml, values->placeholderValues());
    if (!body)
        return body.error();

    // Say plainly, at the top, which agreement this one replaces.
    const QLocale locale(amended.language);
    const QString preamble =
        QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("This agreement amends and replaces agreement %1 of %2 between the same "
                    "parties. Where the two differ, this agreement applies.")
                     .arg(original->number(),
                          locale.toString(original->signedUtc.toLocalTime().date(),
                                          QStringLiteral("d MMMM yyyy")))
                     .toHtmlEscaped());
    QString text = *body;
    // After the subtitle paragraph when there is one, else at the very top.
    const qsizetype subtitleEnd = text.indexOf(QLatin1String("</p>"));
    const qsizetype headingEnd = text.indexOf(QLatin1String("</h1>"));
    if (headingEnd >= 0 && subtitleEnd > headingEnd)
        text.insert(subtitleEnd + 4, preamble);
    else
        text.prepend(preamble);

    Agreement draft;
    draft.clientId = original->clientId;
    draft.engagementId = original->engagementId;
    draft.templateId = tmpl->id;
    draft.kind = tmpl->kind;
    draft.language = tmpl->language;
    draft.title = tr("%1 (amendment to %2)").arg(tmpl->title, original->number());
    draft.bodyHtml = text;
    draft.hasConfidentialityTerms = tmpl->hasConfidentialityTerms;
    draft.amendsId = original->id;
    draft.endDate = amended.endDate.isValid() ? amended.endDate : original->endDate;
    return m_agreements->addDraft(draft);
}

Result<QList<SignatureSlot>> AgreementService::blankSlots(const Agreement& agreement) const {
    ClientRepository clients(m_database, m_clock);
    Result<Client> client = clients.get(agreement.clientId);
    if (!client)
        return client.error();
    Result<MentorProfile> profile = m_profile->load();
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

Result<AgreementLayout> AgreementService::layoutFor(const Agreement& agreement,
                                                    const QList<SignatureSlot>& slots) const {
    Result<MentorProfile> profile = m_profile->load();
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
    if (agreement.endDate.isValid())
        layout.endNote = tr("This agreement ends on %1.")
                             .arg(QLocale(agreement.language)
                                      .toString(agreement.endDate, QStringLiteral("d MMMM yyyy")));
    // Letter paper where people use it; A4 everywhere else.
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        layout.pageSize = QPageSize(QPageSize::Letter);
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
    for (const AgreementSignature& signature : *signatures) {
        SignatureSlot slot;
        slot.role = signature.role;
        slot.fullName = signature.fullName;
        slot.image = QImage::fromData(signature.imagePng);
        slot.dateLine = tr("Signed on screen on %1 UTC")
                            .arg(QLocale(agreement->language)
                                     .toString(signature.signedUtc.toUTC(),
                                               QStringLiteral("d MMMM yyyy, HH:mm")));
        slots << slot;
    }
    return layoutFor(*agreement, slots);
}

Result<QByteArray> AgreementService::pdf(qint64 id) const {
    Result<std::optional<AgreementSeal>> seal = m_agreements->seal(id);
    if (!seal)
        return seal.error();
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

Result<QList<Agreement>> AgreementService::endingWithin(int days) const {
    const QDate today = m_clock.today();
    return m_agreements->signedEndingBetween(today, today.addDays(qMax(0, days)));
}

Result<QByteArray> AgreementService::publicKey() {
    Result<SigningKey> key = m_keys->loadOrCreate();
    if (!key)
        return key.error();
    return key->publicKey();
}

} // namespace md
