#include "agreements/AgreementContext.h"

#include <QCoreApplication>
#include <QLocale>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::AgreementContext", text);
}

QString longDate(const QDate& date, const QLocale& locale) {
    // "2 March 2026": unambiguous in every country, unlike 02/03/2026.
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace

QString cadencePhrase(Cadence cadence) {
    switch (cadence) {
    case Cadence::Weekly:
        return tr("every week");
    case Cadence::Biweekly:
        return tr("every two weeks");
    case Cadence::Monthly:
        return tr("once a month");
    }
    return {};
}

QString formatPhrase(EngagementFormat format) {
    switch (format) {
    case EngagementFormat::InPerson:
        return tr("in person");
    case EngagementFormat::Video:
        return tr("by video call");
    case EngagementFormat::Phone:
        return tr("by telephone");
    case EngagementFormat::Mixed:
        return tr("in a mix of in-person meetings and video or telephone calls");
    }
    return {};
}

QHash<QString, QString> AgreementContext::placeholderValues() const {
    const QLocale locale(language);
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
        {QStringLiteral("engagement.start_date"), longDate(engagement.startDate, locale)},
        {QStringLiteral("engagement.planned_sessions"), number(engagement.plannedSessions)},
        {QStringLiteral("engagement.cadence"), cadencePhrase(engagement.cadence)},
        {QStringLiteral("engagement.format"), formatPhrase(engagement.format)},
        {QStringLiteral("engagement.fee_note"), engagement.feeNote},
        {QStringLiteral("terms.session_minutes"), number(terms.sessionMinutes)},
        {QStringLiteral("terms.cancellation_notice_hours"), number(terms.cancellationNoticeHours)},
        {QStringLiteral("terms.payment_due_days"), number(terms.paymentDueDays)},
        {QStringLiteral("terms.notice_days"), number(terms.noticeDays)},
        {QStringLiteral("terms.confidentiality_years"), number(terms.confidentialityYears)},
        {QStringLiteral("terms.notes_retention_months"), number(terms.notesRetentionMonths)},
        {QStringLiteral("date.today"), longDate(today, locale)},
        {QStringLiteral("agreement.end_date"), longDate(endDate, locale)},
    };
}

QList<PlaceholderInfo> placeholderCatalog() {
    return {
        {QStringLiteral("mentor.name"), tr("Your name (mentor profile)")},
        {QStringLiteral("mentor.business_name"), tr("Your business name")},
        {QStringLiteral("mentor.address"), tr("Your business address")},
        {QStringLiteral("mentor.tax_id"), tr("Your tax id")},
        {QStringLiteral("mentor.email"), tr("Your e-mail address")},
        {QStringLiteral("mentor.phone"), tr("Your phone number")},
        {QStringLiteral("client.full_name"), tr("The mentee's full name")},
        {QStringLiteral("client.preferred_name"), tr("The name the mentee goes by")},
        {QStringLiteral("client.email"), tr("The mentee's e-mail address")},
        {QStringLiteral("client.phone"), tr("The mentee's phone number")},
        {QStringLiteral("client.organisation"), tr("The mentee's organisation")},
        {QStringLiteral("client.role"), tr("The mentee's role")},
        {QStringLiteral("engagement.title"), tr("Title of the engagement")},
        {QStringLiteral("engagement.start_date"), tr("Start date of the engagement")},
        {QStringLiteral("engagement.planned_sessions"), tr("Planned number of sessions")},
        {QStringLiteral("engagement.cadence"), tr("How often sessions take place")},
        {QStringLiteral("engagement.format"), tr("How sessions take place (in person, video…)")},
        {QStringLiteral("engagement.fee_note"), tr("Fees, as noted on the engagement")},
        {QStringLiteral("terms.session_minutes"), tr("Length of a session in minutes")},
        {QStringLiteral("terms.cancellation_notice_hours"),
         tr("Hours of notice to cancel a session free of charge")},
        {QStringLiteral("terms.payment_due_days"), tr("Days to pay an invoice")},
        {QStringLiteral("terms.notice_days"), tr("Days of notice to end the mentoring early")},
        {QStringLiteral("terms.confidentiality_years"),
         tr("Years confidentiality lasts after the end")},
        {QStringLiteral("terms.notes_retention_months"), tr("Months notes are kept after the end")},
        {QStringLiteral("date.today"), tr("The date the agreement is generated")},
        {QStringLiteral("agreement.end_date"), tr("The agreement's end date, if it has one")},
    };
}

} // namespace md
