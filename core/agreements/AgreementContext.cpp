#include "agreements/AgreementContext.h"

#include "agreements/TemplateRenderer.h"
#include "i18n/DocumentTranslator.h"

#include <QCoreApplication>
#include <QLocale>

namespace md {

namespace {

// For the texts marked with QT_TRANSLATE_NOOP in that context.
QString translated(const char* text) {
    return QCoreApplication::translate("md::AgreementContext", text);
}

// Where each placeholder's value is set, in words. Whole phrases: a place
// spliced into a sentence would not translate.
MissingDetail describe(const QString& name) {
    struct Entry {
        const char* name;
        DetailPlace place;
        const char* description;
    };
    static const Entry kEntries[] = {
        {"mentor.name", DetailPlace::MentorProfile,
         QT_TRANSLATE_NOOP("md::AgreementContext", "your name (set it in the mentor profile)")},
        {"mentor.business_name", DetailPlace::MentorProfile,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "your business name (set it in the mentor profile)")},
        {"mentor.address", DetailPlace::MentorProfile,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "your business address (set it in the mentor profile)")},
        {"mentor.tax_id", DetailPlace::MentorProfile,
         QT_TRANSLATE_NOOP("md::AgreementContext", "your tax ID (set it in the mentor profile)")},
        {"mentor.email", DetailPlace::MentorProfile,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "your email address (set it in the mentor profile)")},
        {"mentor.phone", DetailPlace::MentorProfile,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "your phone number (set it in the mentor profile)")},
        {"client.full_name", DetailPlace::Client,
         QT_TRANSLATE_NOOP("md::AgreementContext", "the client's name (set it on the client)")},
        {"client.preferred_name", DetailPlace::Client,
         QT_TRANSLATE_NOOP("md::AgreementContext", "the client's name (set it on the client)")},
        {"client.email", DetailPlace::Client,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "the client's email address (set it on the client)")},
        {"client.phone", DetailPlace::Client,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "the client's phone number (set it on the client)")},
        {"client.organisation", DetailPlace::Client,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "the client's organisation (set it on the client)")},
        {"client.role", DetailPlace::Client,
         QT_TRANSLATE_NOOP("md::AgreementContext", "the client's role (set it on the client)")},
        {"engagement.title", DetailPlace::Engagement,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "the engagement's title (set it on the engagement)")},
        {"engagement.start_date", DetailPlace::Engagement,
         QT_TRANSLATE_NOOP("md::AgreementContext", "the start date (set it on the engagement)")},
        {"engagement.planned_sessions", DetailPlace::Engagement,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "the number of sessions (set it on the engagement)")},
        {"engagement.cadence", DetailPlace::Engagement,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "how often you meet (set it on the engagement)")},
        {"engagement.format", DetailPlace::Engagement,
         QT_TRANSLATE_NOOP("md::AgreementContext", "how you meet (set it on the engagement)")},
        {"engagement.fee_note", DetailPlace::Engagement,
         QT_TRANSLATE_NOOP("md::AgreementContext", "the fee (set it on the engagement)")},
        {"agreement.end_date", DetailPlace::ByHand,
         QT_TRANSLATE_NOOP("md::AgreementContext",
                           "the end date (choose one when you generate the agreement)")},
    };
    for (const Entry& entry : kEntries) {
        if (name == QLatin1String(entry.name))
            return {name, entry.place, translated(entry.description), isRequiredPlaceholder(name)};
    }
    // The terms and dates have no record of their own: they are written in.
    QString what = name;
    for (const PlaceholderInfo& info : placeholderCatalog()) {
        if (info.name == name)
            what = info.description;
    }
    return {
        name, DetailPlace::ByHand,
        QCoreApplication::translate("md::AgreementContext", "%1 (fill it in by hand)").arg(what),
        false};
}

} // namespace

bool isRequiredPlaceholder(const QString& name) {
    return name == QLatin1String("mentor.name") || name == QLatin1String("client.full_name") ||
           name == QLatin1String("client.preferred_name");
}

QString describeBlanks(const QList<MissingDetail>& missing) {
    QStringList optional;
    for (const MissingDetail& detail : missing) {
        if (!detail.required)
            optional << detail.description;
    }
    if (optional.isEmpty())
        return {};
    return QCoreApplication::translate("md::AgreementContext",
                                       "Printed as blank lines to fill in by hand: %1.")
        .arg(optional.join(QLatin1String(", ")));
}

QString describeRequired(const QList<MissingDetail>& missing) {
    QStringList required;
    for (const MissingDetail& detail : missing) {
        if (detail.required)
            required << detail.description;
    }
    if (required.isEmpty())
        return {};
    return QCoreApplication::translate("md::AgreementContext",
                                       "No agreement can be generated without %1.")
        .arg(required.join(QCoreApplication::translate("md::AgreementContext", " and ")));
}

QList<MissingDetail> AgreementContext::missingDetails(const QString& templateHtml) const {
    const QHash<QString, QString> values = placeholderValues();
    QList<MissingDetail> missing;
    QStringList described;
    for (const QString& name : TemplateRenderer::placeholdersIn(templateHtml)) {
        const auto value = values.constFind(name);
        if (value == values.constEnd() || !value->trimmed().isEmpty())
            continue; // unknown names are the template's problem, not a detail
        MissingDetail detail = describe(name);
        if (described.contains(detail.description))
            continue;
        described << detail.description;
        missing << detail;
    }
    return missing;
}

namespace {

const char* cadenceSource(Cadence cadence) {
    switch (cadence) {
    case Cadence::Weekly:
        return QT_TRANSLATE_NOOP("md::AgreementContext", "every week");
    case Cadence::Biweekly:
        return QT_TRANSLATE_NOOP("md::AgreementContext", "every two weeks");
    case Cadence::Monthly:
        return QT_TRANSLATE_NOOP("md::AgreementContext", "once a month");
    }
    return nullptr;
}

const char* formatSource(EngagementFormat format) {
    switch (format) {
    case EngagementFormat::InPerson:
        return QT_TRANSLATE_NOOP("md::AgreementContext", "in person");
    case EngagementFormat::Video:
        return QT_TRANSLATE_NOOP("md::AgreementContext", "by video call");
    case EngagementFormat::Phone:
        return QT_TRANSLATE_NOOP("md::AgreementContext", "by telephone");
    case EngagementFormat::Mixed:
        return QT_TRANSLATE_NOOP("md::AgreementContext",
                                 "in a mix of in-person meetings and video or telephone calls");
    }
    return nullptr;
}

} // namespace

QString cadencePhrase(Cadence cadence) {
    const char* source = cadenceSource(cadence);
    return source ? translated(source) : QString();
}

QString formatPhrase(EngagementFormat format) {
    const char* source = formatSource(format);
    return source ? translated(source) : QString();
}

QString cadencePhrase(Cadence cadence, const DocumentTranslator& text) {
    const char* source = cadenceSource(cadence);
    return source ? text.translate("md::AgreementContext", source) : QString();
}

QString formatPhrase(EngagementFormat format, const DocumentTranslator& text) {
    const char* source = formatSource(format);
    return source ? text.translate("md::AgreementContext", source) : QString();
}

QHash<QString, QString> AgreementContext::placeholderValues() const {
    // Values are written in the agreement's language, whatever the
    // interface's: "alle zwei Wochen", "2. März 2026".
    const DocumentTranslator text(language);
    const QLocale& locale = text.locale();
    auto number = [&](int value) {
        return value > 0 ? locale.toString(value) : QString();
    };
    return {
        {QStringLiteral("mentor.name"), mentor.name},
        {QStringLiteral("mentor.business_name"), mentor.businessName},
        {QStringLiteral("mentor.address"), mentor.address},
        {QStringLiteral("mentor.tax_id"), mentor.taxId},
        {QStringLiteral("mentor.email"), mentor.email},
        {QStringLiteral("mentor.phone"), mentor.phone},
        {QStringLiteral("client.full_name"), client.fullName},
        {QStringLiteral("client.preferred_name"), client.displayName()},
        {QStringLiteral("client.email"), client.email},
        {QStringLiteral("client.phone"), client.phone},
        {QStringLiteral("client.organisation"), client.organisation},
        {QStringLiteral("client.role"), client.role},
        {QStringLiteral("engagement.title"), engagement.title},
        {QStringLiteral("engagement.start_date"), text.longDate(engagement.startDate)},
        {QStringLiteral("engagement.planned_sessions"), number(engagement.plannedSessions)},
        {QStringLiteral("engagement.cadence"), cadencePhrase(engagement.cadence, text)},
        {QStringLiteral("engagement.format"), formatPhrase(engagement.format, text)},
        {QStringLiteral("engagement.fee_note"), engagement.feeNote},
        {QStringLiteral("terms.session_minutes"), number(terms.sessionMinutes)},
        {QStringLiteral("terms.cancellation_notice_hours"), number(terms.cancellationNoticeHours)},
        {QStringLiteral("terms.payment_due_days"), number(terms.paymentDueDays)},
        {QStringLiteral("terms.notice_days"), number(terms.noticeDays)},
        {QStringLiteral("terms.confidentiality_years"), number(terms.confidentialityYears)},
        {QStringLiteral("terms.notes_retention_months"), number(terms.notesRetentionMonths)},
        {QStringLiteral("date.today"), text.longDate(today)},
        {QStringLiteral("agreement.end_date"), text.longDate(endDate)},
    };
}

QList<PlaceholderInfo> placeholderCatalog() {
    return {
        {QStringLiteral("mentor.name"),
         QCoreApplication::translate("md::AgreementContext", "Your name (mentor profile)")},
        {QStringLiteral("mentor.business_name"),
         QCoreApplication::translate("md::AgreementContext", "Your business name")},
        {QStringLiteral("mentor.address"),
         QCoreApplication::translate("md::AgreementContext", "Your business address")},
        {QStringLiteral("mentor.tax_id"),
         QCoreApplication::translate("md::AgreementContext", "Your tax id")},
        {QStringLiteral("mentor.email"),
         QCoreApplication::translate("md::AgreementContext", "Your e-mail address")},
        {QStringLiteral("mentor.phone"),
         QCoreApplication::translate("md::AgreementContext", "Your phone number")},
        {QStringLiteral("client.full_name"),
         QCoreApplication::translate("md::AgreementContext", "The mentee's full name")},
        {QStringLiteral("client.preferred_name"),
         QCoreApplication::translate("md::AgreementContext", "The name the mentee goes by")},
        {QStringLiteral("client.email"),
         QCoreApplication::translate("md::AgreementContext", "The mentee's e-mail address")},
        {QStringLiteral("client.phone"),
         QCoreApplication::translate("md::AgreementContext", "The mentee's phone number")},
        {QStringLiteral("client.organisation"),
         QCoreApplication::translate("md::AgreementContext", "The mentee's organisation")},
        {QStringLiteral("client.role"),
         QCoreApplication::translate("md::AgreementContext", "The mentee's role")},
        {QStringLiteral("engagement.title"),
         QCoreApplication::translate("md::AgreementContext", "Title of the engagement")},
        {QStringLiteral("engagement.start_date"),
         QCoreApplication::translate("md::AgreementContext", "Start date of the engagement")},
        {QStringLiteral("engagement.planned_sessions"),
         QCoreApplication::translate("md::AgreementContext", "Planned number of sessions")},
        {QStringLiteral("engagement.cadence"),
         QCoreApplication::translate("md::AgreementContext", "How often sessions take place")},
        {QStringLiteral("engagement.format"),
         QCoreApplication::translate("md::AgreementContext",
                                     "How sessions take place (in person, video…)")},
        {QStringLiteral("engagement.fee_note"),
         QCoreApplication::translate("md::AgreementContext", "Fees, as noted on the engagement")},
        {QStringLiteral("terms.session_minutes"),
         QCoreApplication::translate("md::AgreementContext", "Length of a session in minutes")},
        {QStringLiteral("terms.cancellation_notice_hours"),
         QCoreApplication::translate("md::AgreementContext",
                                     "Hours of notice to cancel a session free of charge")},
        {QStringLiteral("terms.payment_due_days"),
         QCoreApplication::translate("md::AgreementContext", "Days to pay an invoice")},
        {QStringLiteral("terms.notice_days"),
         QCoreApplication::translate("md::AgreementContext",
                                     "Days of notice to end the mentoring early")},
        {QStringLiteral("terms.confidentiality_years"),
         QCoreApplication::translate("md::AgreementContext",
                                     "Years confidentiality lasts after the end")},
        {QStringLiteral("terms.notes_retention_months"),
         QCoreApplication::translate("md::AgreementContext",
                                     "Months notes are kept after the end")},
        {QStringLiteral("date.today"),
         QCoreApplication::translate("md::AgreementContext",
                                     "The date the agreement is generated")},
        {QStringLiteral("agreement.end_date"),
         QCoreApplication::translate("md::AgreementContext",
                                     "The agreement's end date, if it has one")},
    };
}

} // namespace md
