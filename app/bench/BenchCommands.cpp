#include "BenchCommands.h"

#include <QDateTime>

namespace md::bench {

CommandRanges rangesFor(const QDate& today, int longestSessionMinutes) {
    CommandRanges r;
    r.weekFrom = today.addDays(1 - today.dayOfWeek());
    r.weekTo = r.weekFrom.addDays(6);
    r.yearTo = today;
    r.yearFrom = today.addYears(-1).addDays(1);
    r.longestSessionMinutes = std::max(longestSessionMinutes, 1);
    return r;
}

namespace {

// As the CLI's --from/--to: whole days in this machine's zone, --to inclusive.
QString utcBound(const QDate& day) {
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

// core/storage/SessionRepository: the columns of a session.
const QByteArray kSessionColumns =
    "id, engagement_id, uid, start_local, time_zone, start_utc, duration_minutes, format, "
    "location, status, agenda, private_notes, shareable_notes, topics, goal_progress, "
    "agreed_actions, next_steps, series_id, occurrence_date, detached, created_utc, updated_utc, "
    "cancelled_utc";

const QByteArray kDisplayName =
    "CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.full_name END";

BareQuery sessionRange(const QDate& from, const QDate& to, int longestMinutes) {
    const QString fromUtc = utcBound(from);
    const QString lower = QDateTime(from, QTime(0, 0))
                              .toUTC()
                              .addSecs(-qint64(longestMinutes) * 60)
                              .toString(Qt::ISODateWithMs);
    return {"SELECT " + kSessionColumns +
                " FROM sessions WHERE start_utc < ? AND start_utc > ? AND end_utc > ? AND "
                "status NOT IN ('cancelled_client', 'cancelled_mentor') ORDER BY start_utc, id",
            {utcBound(to.addDays(1)), lower, fromUtc}};
}

// The label of every session's engagement (SchedulingService::engagementLabels).
BareQuery engagementLabels() {
    return {"SELECT e.id, " + kDisplayName +
                " FROM engagements e JOIN clients c ON c.id = "
                "e.client_id",
            {}};
}

} // namespace

QList<BenchCommand> benchCommands(const CommandRanges& r) {
    QList<BenchCommand> commands;
    commands.append(
        {QStringLiteral("client list"),
         {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")},
         {{"SELECT id, full_name, preferred_name, email, phone, organisation, role, time_zone, "
           "referral_source, background, strengths, weaknesses, aspirations, keep_doing, "
           "start_doing, stop_doing, tags, status, archived, created_utc, updated_utc FROM "
           "clients WHERE archived = 0 ORDER BY full_name COLLATE NOCASE, id",
           {}}}});
    const auto sessionList = [&](const QString& name, const QDate& from, const QDate& to) {
        commands.append(
            {name,
             {QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--from"),
              from.toString(Qt::ISODate), QStringLiteral("--to"), to.toString(Qt::ISODate),
              QStringLiteral("--json")},
             {sessionRange(from, to, r.longestSessionMinutes), engagementLabels()}});
    };
    sessionList(QStringLiteral("session list week"), r.weekFrom, r.weekTo);
    sessionList(QStringLiteral("session list year"), r.yearFrom, r.yearTo);
    // core/storage/InvoiceRepository::list with its paid, credited and name columns.
    commands.append(
        {QStringLiteral("invoice list"),
         {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")},
         {{"SELECT i.id, i.kind, i.client_id, i.currency, i.credit_of, i.number, i.issue_date, "
           "i.due_date, i.bill_to, i.seller, i.notes, i.created_utc, i.updated_utc, "
           "i.net_minor, i.tax_minor, i.total_minor, "
           "COALESCE((SELECT SUM(a.amount_minor) FROM payment_allocations a "
           "WHERE a.invoice_id = i.id), 0), "
           "(-COALESCE((SELECT SUM(c.total_minor) FROM invoices c "
           "WHERE c.credit_of = i.id AND c.number IS NOT NULL), 0)), "
           "CASE WHEN cl.preferred_name <> '' THEN cl.preferred_name ELSE cl.full_name END, "
           "(SELECT o.number FROM invoices o WHERE o.id = i.credit_of) "
           "FROM invoices i JOIN clients cl ON cl.id = i.client_id WHERE 1 "
           "ORDER BY i.issue_date IS NULL, i.issue_date, i.number_seq, i.id",
           {}}}});
    // The database checks of Workspace::verify, then what AgreementVerifier
    // reads: every signed agreement with its signatures, scan and seal, and
    // the audit log.
    commands.append({QStringLiteral("verify"),
                     {QStringLiteral("verify")},
                     {{"PRAGMA integrity_check", {}},
                      {"PRAGMA foreign_key_check", {}},
                      {"SELECT * FROM agreements WHERE state = 'signed'", {}},
                      {"SELECT * FROM agreement_signatures", {}},
                      {"SELECT * FROM agreement_scans", {}},
                      {"SELECT * FROM agreement_seals", {}},
                      {"SELECT * FROM agreement_audit_log ORDER BY seq", {}}}});
    return commands;
}

} // namespace md::bench
