// AgreementService: a draft's blanks, and rendering a draft again once the
// details it left blank are set (see AgreementService.h).
#include "agreements/AgreementService.h"

#include "agreements/TemplateRenderer.h"
#include "storage/AgreementRepository.h"
#include "storage/AgreementTemplateRepository.h"
#include "storage/Database.h"

#include <QRegularExpression>

namespace md {

namespace {

QSet<QString> blankablePlaceholders() {
    QSet<QString> blankable;
    for (const PlaceholderInfo& info : placeholderCatalog()) {
        if (!isRequiredPlaceholder(info.name))
            blankable.insert(info.name);
    }
    return blankable;
}

QString markerOf(int index) {
    // Control characters survive HTML escaping and never occur in a template.
    return QStringLiteral("\x1f%1\x1f").arg(index);
}

} // namespace

Result<std::pair<AgreementContext, AgreementTemplate>>
AgreementService::draftSources(const Agreement& draft) const {
    CreateOptions options;
    options.kind = draft.kind;
    options.language = draft.language;
    options.endDate = draft.endDate;
    Result<AgreementContext> values = context(draft.engagementId, options);
    if (!values)
        return values.error();
    // The version the draft came from, not a newer one: regenerating fills
    // in details, it does not change the wording the mentor chose.
    Result<AgreementTemplate> tmpl = m_templates->get(draft.templateId);
    if (!tmpl)
        return tmpl.error();
    return std::pair{*values, *tmpl};
}

Result<QString> AgreementService::draftBody(const Agreement& draft, const AgreementTemplate& tmpl,
                                            const AgreementContext& values) const {
    Result<QString> body = renderBody(tmpl, values);
    if (!body || draft.amendsId <= 0)
        return body;
    Result<Agreement> original = m_agreements->get(draft.amendsId);
    if (!original)
        return original.error();
    return withAmendmentPreamble(*body, *original, values.language);
}

Result<DraftBlanks> AgreementService::draftBlanks(qint64 id) const {
    Result<Agreement> draft = m_agreements->get(id);
    if (!draft)
        return draft.error();
    if (draft->isSigned())
        return makeError(ErrorCode::Refused, tr("A signed agreement has no blanks to fill in."));
    auto sources = draftSources(*draft);
    if (!sources)
        return sources.error();
    const auto& [values, tmpl] = *sources;
    DraftBlanks blanks;
    const QString blankLine = TemplateRenderer::blankLine();
    if (draft->bodyHtml.contains(blankLine)) {
        for (const MissingDetail& detail : values.missingDetails(tmpl.bodyHtml)) {
            if (!detail.required)
                blanks.missing.append(detail);
        }
    }
    Result<QString> now = draftBody(*draft, tmpl, values);
    // A required detail missing now (the mentor's name was removed): the
    // text cannot be rendered again, so it is not out of date.
    blanks.outOfDate = now && *now != draft->bodyHtml;

    // Not edited by hand: the text is the template's with every detail
    // either as it is now or blank. The template is rendered with a marker
    // for each value, and each marker becomes "this value or a blank line".
    const QHash<QString, QString> current = values.placeholderValues();
    QHash<QString, QString> markers;
    QHash<QString, QString> alternatives;
    const QSet<QString> blankable = blankablePlaceholders();
    int index = 0;
    for (auto it = current.cbegin(); it != current.cend(); ++it, ++index) {
        const QString marker = markerOf(index);
        markers.insert(it.key(), marker);
        const QString key = QStringLiteral("{{%1}}").arg(it.key());
        Result<QString> value = TemplateRenderer::render(key, current, blankable);
        QStringList choices{QRegularExpression::escape(blankLine)};
        if (value)
            choices.prepend(QRegularExpression::escape(*value));
        alternatives.insert(marker, QStringLiteral("(?:%1)").arg(choices.join(u'|')));
    }
    Result<QString> skeleton = TemplateRenderer::render(tmpl.bodyHtml, markers);
    if (!skeleton) {
        blanks.editedByHand = true;
        return blanks;
    }
    QString expected = *skeleton;
    if (draft->amendsId > 0) {
        Result<Agreement> original = m_agreements->get(draft->amendsId);
        if (!original)
            return original.error();
        expected = withAmendmentPreamble(expected, *original, values.language);
    }
    QString pattern;
    static const QRegularExpression markerPattern(QStringLiteral("\x1f\\d+\x1f"));
    qsizetype from = 0;
    for (auto match = markerPattern.globalMatch(expected); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        pattern += QRegularExpression::escape(expected.mid(from, found.capturedStart() - from));
        pattern += alternatives.value(found.captured());
        from = found.capturedEnd();
    }
    pattern += QRegularExpression::escape(expected.mid(from));
    const QRegularExpression rendering(QRegularExpression::anchoredPattern(pattern));
    blanks.editedByHand = !rendering.match(draft->bodyHtml).hasMatch();
    return blanks;
}

Result<Agreement> AgreementService::regenerateDraft(qint64 id) {
    Result<Agreement> draft = m_agreements->get(id);
    if (!draft)
        return draft;
    if (draft->isSigned())
        return makeError(ErrorCode::Refused,
                         tr("A signed agreement cannot be changed; amend it instead."));
    auto sources = draftSources(*draft);
    if (!sources)
        return sources.error();
    Result<QString> body = draftBody(*draft, sources->second, sources->first);
    if (!body)
        return body.error();
    if (*body == draft->bodyHtml)
        return draft;
    Agreement updated = *draft;
    updated.bodyHtml = *body;
    return updateDraft(updated);
}

} // namespace md
