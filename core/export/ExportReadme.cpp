#include "export/ExportReadme.h"

#include <QHash>

namespace md {

QString ExportReadme::describe(const QString& table) {
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("clients"),
         QT_TRANSLATE_NOOP(
             "md::ExportReadme",
             "Mentee profiles: contact, background, strengths and weaknesses, aspirations, what to "
             "keep, start and stop doing. Tags are separated by line breaks.")},
        {QStringLiteral("workspace_settings"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Settings of the practice as key and value: the mentor profile "
                           "(profile.*), practice rules (practice.*), billing (billing.*). The "
                           "agreement signing key is never exported.")},
        {QStringLiteral("engagements"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Engagements of the five-stage pipeline, one per need of a client: "
                           "stage, status, cadence, planned sessions and outcome.")},
        {QStringLiteral("stage_changes"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "The timeline of every engagement: each move between stages, when, why, "
                           "and whether a gate was overridden.")},
        {QStringLiteral("needs"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Needs identified in stage 2, with category and priority.")},
        {QStringLiteral("goals"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "SMART goals of stage 3: specific, the metric with "
                                               "its baseline and target, attainable, due date.")},
        {QStringLiteral("goal_needs"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "Which need each goal answers (goal_id, need_id).")},
        {QStringLiteral("goal_progress"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Progress measured on a goal: date, value, comment.")},
        {QStringLiteral("actions"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "The action plan of stage 4: each action of a goal, "
                                               "its due date, status and the people involved.")},
        {QStringLiteral("evaluations"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Evaluations of stage 5: the outcome of a goal, the mentor's "
                           "assessment, the mentee's rating and comments, adjustments.")},
        {QStringLiteral("agreement_templates"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Every version of the agreement templates (HTML with placeholders).")},
        {QStringLiteral("agreements"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Agreements: their text (HTML), state (draft or signed), how and when "
                           "they were signed. The signed PDFs are in agreements/.")},
        {QStringLiteral("agreement_signatures"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "On-screen signatures: who signed, the typed name, the drawn signature "
                           "(PNG, base64) and the consent.")},
        {QStringLiteral("agreement_scans"),
         QT_TRANSLATE_NOOP(
             "md::ExportReadme",
             "Scans of agreements signed on paper (the files are also in agreements/).")},
        {QStringLiteral("agreement_seals"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "What makes a signed agreement provably unchanged: the frozen PDF, its "
                           "manifest, the Ed25519 signature and the public key that checks it.")},
        {QStringLiteral("agreement_audit_log"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "The hash-chained log of everything done to agreements.")},
        {QStringLiteral("agreement_earlier_keys"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "The public keys of the workspaces this one was imported from: the "
                           "agreements they sealed keep verifying.")},
        {QStringLiteral("session_series"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Recurring sessions (weekly, fortnightly, monthly): the rule, the first "
                           "start in its time zone, skipped dates.")},
        {QStringLiteral("sessions"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Every session: start (local time and zone, and UTC), duration, format, "
                           "status, agenda, notes, agreed actions and next steps.")},
        {QStringLiteral("working_hours"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "The mentor's working hours by weekday.")},
        {QStringLiteral("days_off"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "The mentor's days off.")},
        {QStringLiteral("scheduling_settings"),
         QT_TRANSLATE_NOOP(
             "md::ExportReadme",
             "Scheduling settings as key and value (buffer between sessions, calendar export).")},
        {QStringLiteral("busy_times"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "Busy times imported from other calendars.")},
        {QStringLiteral("client_billing_details"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "Who an invoice is addressed to, when it is not the "
                                               "mentee (billing name, address, tax number).")},
        {QStringLiteral("offerings"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "The price list: single sessions, packages and retainers; prices in "
                           "minor units (cents) with their currency.")},
        {QStringLiteral("package_sales"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Packages sold to an engagement: sessions included, price, validity.")},
        {QStringLiteral("package_credit_uses"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "Which session used a credit of which package.")},
        {QStringLiteral("invoices"),
         QT_TRANSLATE_NOOP(
             "md::ExportReadme",
             "Invoices and credit notes with their frozen details (bill_to and seller as JSON "
             "text) and totals in minor units. The PDFs of issued ones are in invoices/.")},
        {QStringLiteral("invoice_lines"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "The lines of each invoice: quantity in thousandths, unit price and "
                           "amounts in minor units, tax rate in basis points (1900 = 19 %).")},
        {QStringLiteral("invoice_number_counters"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "The last invoice number used in each year.")},
        {QStringLiteral("payments"),
         QT_TRANSLATE_NOOP("md::ExportReadme", "Payments received, in minor units.")},
        {QStringLiteral("payment_allocations"),
         QT_TRANSLATE_NOOP("md::ExportReadme",
                           "Which invoice each payment paid, and how much of it.")},
    };
    const auto found = descriptions.constFind(table);
    return found == descriptions.cend() ? QString() : tr(*found);
}

QString ExportReadme::text(const ExportSummary& summary, const ExportOptions& options,
                           const QDateTime& madeUtc) {
    QStringList out;
    out << (options.clientId ? tr("MentorDesk export of one client's records")
                             : tr("MentorDesk export of a whole workspace"));
    out << tr("Made on %1 (UTC).").arg(madeUtc.toString(Qt::ISODate));
    out << QString();
    out << tr("THIS FOLDER IS NOT ENCRYPTED. It holds confidential information about people. "
              "Keep it on an encrypted disk, send it only over a secure channel, and delete it "
              "when it is no longer needed.");
    if (options.clientId && !options.privateNotes)
        out << tr("The mentor's private session notes are left out.");
    out << QString();
    out << tr("export.json says what made this export: the data format (schema_version), the "
              "workspace it came from and, for one client's export, the client.");
    out << QString();
    out << tr("Folders:");
    out << tr("  json/        one file per kind of record: a JSON array of objects, one per row, "
              "with the field names below. Binary values are objects {\"base64\": \"...\"}. "
              "Times ending in _utc are ISO 8601 in UTC; dates are YYYY-MM-DD; amounts ending "
              "in _minor are whole minor units (cents) of the currency beside them.");
    out << tr("  csv/         clients, sessions, invoices and payments for spreadsheets: UTF-8, "
              "comma-separated, every field quoted, amounts in major units (12.50).");
    out << tr("  agreements/  the exact PDF of every signed agreement, and scans of paper "
              "signatures.");
    out << tr("  invoices/    the PDF of every issued invoice and credit note.");
    out << QString();
    out << tr("Files in json/:");
    for (auto it = summary.records.cbegin(); it != summary.records.cend(); ++it) {
        out << QStringLiteral("  %1.json (%2)")
                   .arg(it.key())
                   .arg(tr("%n record(s)", nullptr, int(it.value())));
        const QString description = describe(it.key());
        if (!description.isEmpty())
            out << QStringLiteral("    ") + description;
        out << QStringLiteral("    ") +
                   tr("Fields: %1").arg(summary.columns.value(it.key()).join(QStringLiteral(", ")));
    }
    out << QString();
    out << tr("A whole-workspace export can be read back into a new workspace with "
              "`mentordesk-cli --workspace <new folder> import --from <this folder>`.");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace md
