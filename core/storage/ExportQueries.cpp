#include "storage/ExportQueries.h"

#include "storage/ClientSql.h"

namespace md {

QList<CsvExportQuery> ExportQueries::csvFiles() {
    CsvExportQuery clients;
    clients.fileName = QStringLiteral("clients.csv");
    clients.headers = {
        QStringLiteral("id"),         QStringLiteral("full_name"), QStringLiteral("preferred_name"),
        QStringLiteral("email"),      QStringLiteral("phone"),     QStringLiteral("organisation"),
        QStringLiteral("role"),       QStringLiteral("time_zone"), QStringLiteral("status"),
        QStringLiteral("archived"),   QStringLiteral("tags"),      QStringLiteral("created_utc"),
        QStringLiteral("updated_utc")};
    clients.sql = QStringLiteral(
        "SELECT id, full_name, preferred_name, email, phone, organisation, role, time_zone, "
        "status, archived, replace(tags, char(10), '; '), created_utc, updated_utc FROM clients "
        "%1 ORDER BY id");
    clients.clientCondition = QStringLiteral("WHERE id = ?");

    CsvExportQuery sessions;
    sessions.fileName = QStringLiteral("sessions.csv");
    sessions.headers = {QStringLiteral("id"),
                        QStringLiteral("client_id"),
                        QStringLiteral("client"),
                        QStringLiteral("engagement"),
                        QStringLiteral("start_local"),
                        QStringLiteral("time_zone"),
                        QStringLiteral("start_utc"),
                        QStringLiteral("duration_minutes"),
                        QStringLiteral("format"),
                        QStringLiteral("location"),
                        QStringLiteral("status"),
                        QStringLiteral("agenda"),
                        QStringLiteral("topics"),
                        QStringLiteral("shareable_notes"),
                        QStringLiteral("agreed_actions"),
                        QStringLiteral("next_steps"),
                        QStringLiteral("private_notes")};
    sessions.sql =
        QStringLiteral(
            "SELECT s.id, e.client_id, %2, e.title, s.start_local, s.time_zone, "
            "s.start_utc, s.duration_minutes, s.format, s.location, s.status, s.agenda, "
            "s.topics, s.shareable_notes, s.agreed_actions, s.next_steps, s.private_notes "
            "FROM sessions s JOIN engagements e ON e.id = s.engagement_id "
            "JOIN clients c ON c.id = e.client_id %1 ORDER BY s.start_utc, s.id")
            .arg(QStringLiteral("%1"), clientDisplayNameSql(QStringLiteral("c")));
    sessions.clientCondition = QStringLiteral("WHERE e.client_id = ?");
    sessions.privateNotesColumn = 16;

    CsvExportQuery invoices;
    invoices.fileName = QStringLiteral("invoices.csv");
    invoices.headers = {
        QStringLiteral("id"),        QStringLiteral("number"),   QStringLiteral("kind"),
        QStringLiteral("client_id"), QStringLiteral("client"),   QStringLiteral("issue_date"),
        QStringLiteral("due_date"),  QStringLiteral("currency"), QStringLiteral("net"),
        QStringLiteral("tax"),       QStringLiteral("total"),    QStringLiteral("credit_of")};
    invoices.sql =
        QStringLiteral("SELECT i.id, i.number, i.kind, i.client_id, %2, i.issue_date, i.due_date, "
                       "i.currency, i.net_minor, i.tax_minor, i.total_minor, i.credit_of "
                       "FROM invoices i JOIN clients c ON c.id = i.client_id %1 ORDER BY i.id")
            .arg(QStringLiteral("%1"), clientDisplayNameSql(QStringLiteral("c")));
    invoices.clientCondition = QStringLiteral("WHERE i.client_id = ?");
    invoices.moneyColumns = {8, 9, 10};
    invoices.currencyColumn = 7;

    CsvExportQuery payments;
    payments.fileName = QStringLiteral("payments.csv");
    payments.headers = {
        QStringLiteral("id"),          QStringLiteral("client_id"), QStringLiteral("client"),
        QStringLiteral("received_on"), QStringLiteral("currency"),  QStringLiteral("amount"),
        QStringLiteral("method"),      QStringLiteral("reference"), QStringLiteral("note")};
    payments.sql =
        QStringLiteral("SELECT p.id, p.client_id, %2, p.received_on, p.currency, p.amount_minor, "
                       "p.method, p.reference, p.note FROM payments p JOIN clients c ON "
                       "c.id = p.client_id %1 ORDER BY p.received_on, p.id")
            .arg(QStringLiteral("%1"), clientDisplayNameSql(QStringLiteral("c")));
    payments.clientCondition = QStringLiteral("WHERE p.client_id = ?");
    payments.moneyColumns = {5};
    payments.currencyColumn = 4;

    return {clients, sessions, invoices, payments};
}

QString ExportQueries::sealedAgreementPdfs(bool forClient) {
    return QStringLiteral(
               "SELECT a.id, a.title, %1, s.pdf FROM agreement_seals s JOIN agreements a "
               "ON a.id = s.agreement_id JOIN clients c ON c.id = a.client_id %2 "
               "ORDER BY a.id")
        .arg(clientDisplayNameSql(QStringLiteral("c")),
             forClient ? QStringLiteral("WHERE a.client_id = ?") : QString());
}

QString ExportQueries::agreementScans(bool forClient) {
    return QStringLiteral("SELECT s.agreement_id, s.file_name, s.content FROM agreement_scans s "
                          "JOIN agreements a ON a.id = s.agreement_id %1 ORDER BY s.agreement_id")
        .arg(forClient ? QStringLiteral("WHERE a.client_id = ?") : QString());
}

QString ExportQueries::issuedInvoices(bool forClient) {
    return QStringLiteral("SELECT id, number FROM invoices WHERE number IS NOT NULL AND "
                          "number <> '' %1 ORDER BY id")
        .arg(forClient ? QStringLiteral("AND client_id = ?") : QString());
}

QStringList ExportQueries::secretSettingKeys() {
    return {QStringLiteral("agreements.signing_key.secret")};
}

} // namespace md
