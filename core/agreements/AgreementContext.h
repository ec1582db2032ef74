#pragma once

#include "domain/Client.h"
#include "pipeline/Engagement.h"
#include "settings/MentorProfile.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace md {

class DocumentTranslator;

// Terms that are not part of the engagement record but that every agreement
// spells out. The defaults are common practice; the mentor can change the
// resulting text in the draft before anyone signs.
struct AgreementTerms {
    int sessionMinutes = 60;
    int cancellationNoticeHours = 24; // AgreementService prints the business settings' notice
    int paymentDueDays = 14;
    int noticeDays = 14;           // notice to end the relationship early
    int confidentialityYears = 3;  // after the end of the engagement
    int notesRetentionMonths = 12; // session notes deleted this long after the end
};

// Where the mentor sets a detail an agreement prints.
enum class DetailPlace {
    MentorProfile,
    Client,
    Engagement,
    ByHand, // no record holds it: it is filled in on the printed page
};

// A detail a template uses that has no value yet.
struct MissingDetail {
    QString placeholder; // e.g. "engagement.fee_note"
    DetailPlace place = DetailPlace::ByHand;
    // In plain words, with where to set it: "the fee (set it on the
    // engagement)". Never the placeholder itself.
    QString description;
    // Without it no agreement is generated: who the parties are.
    bool required = false;
};

// Only the mentor's and the client's names are required; every other
// placeholder may be missing and prints as a blank line to fill in by hand.
bool isRequiredPlaceholder(const QString& name);
// "Printed as blank lines to fill in by hand: the fee (set it on the
// engagement), your business address (set it in the mentor profile)."; empty
// when nothing is missing.
QString describeBlanks(const QList<MissingDetail>& missing);
// "No agreement can be generated without your name (set it in the mentor
// profile)."; empty when no required detail is missing.
QString describeRequired(const QList<MissingDetail>& missing);

// Everything a template can refer to. placeholderValues() turns it into the
// {{name}} -> text table that TemplateRenderer fills in.
struct AgreementContext {
    MentorProfile mentor;
    Client client;
    Engagement engagement;
    AgreementTerms terms;
    QDate today;
    QDate endDate; // invalid = open-ended
    QString language = QStringLiteral("en");

    QHash<QString, QString> placeholderValues() const;
    // The placeholders `templateHtml` uses that have no value here, in order
    // of first use, each described once.
    QList<MissingDetail> missingDetails(const QString& templateHtml) const;
};

// One entry of the placeholder catalogue shown by the template editor.
struct PlaceholderInfo {
    QString name;        // e.g. "client.full_name"
    QString description; // translated
};

// Every placeholder a template may use, grouped by source (mentor, client,
// engagement, terms, dates) in display order.
QList<PlaceholderInfo> placeholderCatalog();

// Sentence fragments used inside agreement text ("every two weeks",
// "by video call"); translated like every other user-facing string.
QString cadencePhrase(Cadence cadence);
QString formatPhrase(EngagementFormat format);
// The same in a document's language.
QString cadencePhrase(Cadence cadence, const DocumentTranslator& text);
QString formatPhrase(EngagementFormat format, const DocumentTranslator& text);

} // namespace md
