#include "storage/ClientErasureRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace md {

namespace {

// The guards lifted while a signed agreement's documents are removed, and
// while expired invoices are purged.
const QStringList kAgreementGuards{
    QStringLiteral("agreements_signed_no_update"),
    QStringLiteral("agreement_signatures_frozen_delete"),
    QStringLiteral("agreement_scans_frozen_delete"),
    QStringLiteral("agreement_seals_no_delete"),
};
const QStringList kInvoiceGuards{
    QStringLiteral("invoices_issued_no_delete"),
    QStringLiteral("invoice_lines_issued_no_delete"),
};

// The kept invoices of a client and when each one's retention ends (the last
// day of the year `retentionYears` after its issue year).
const char* const kKeptInvoices =
    "SELECT id, CAST(substr(issue_date, 1, 4) AS INTEGER) FROM invoices "
    "WHERE client_id = ? AND number IS NOT NULL";

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDate retentionEnd(int issueYear, int retentionYears) {
    return QDate(issueYear + retentionYears, 12, 31);
}

} // namespace

ClientErasureRepository::ClientErasureRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

namespace {

// One statement with positional values; the error names `what`.
Status run(Database& database, const QString& sql, const QVariantList& values,
           const QString& what) {
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return Database::queryError(query, what);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, what);
    return {};
}

Result<int> countOf(Database& database, const QString& sql, const QVariantList& values,
                    const QString& what) {
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return Database::queryError(query, what);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Database::queryError(query, what);
    return query.value(0).toInt();
}

// Runs `work` with `triggers` dropped and puts them back as they were. Inside
// the caller's transaction: should anything fail, the rollback restores them.
Status withoutGuards(Database& database, const QStringList& triggers,
                     const std::function<Status()>& work, const QString& what) {
    QStringList definitions;
    for (const QString& trigger : triggers) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                     "name = ?"));
        query.addBindValue(trigger);
        if (!query.exec())
            return Database::queryError(query, what);
        if (!query.next()) {
            if (query.lastError().isValid())
                return Database::queryError(query, what);
            return makeError(
                ErrorCode::Database,
                ClientErasureRepository::tr("%1: the guard %2 is missing.").arg(what, trigger));
        }
        definitions << query.value(0).toString();
        if (Status dropped =
                run(database, QStringLiteral("DROP TRIGGER %1").arg(trigger), {}, what);
            !dropped)
            return dropped;
    }
    Status done = work();
    if (!done)
        return done;
    for (const QString& definition : std::as_const(definitions)) {
        if (Status restored = run(database, definition, {}, what); !restored)
            return restored;
    }
    return {};
}

} // namespace

Result<ErasurePlan> ClientErasureRepository::plan(qint64 clientId, int retentionYears) const {
    const QString what = tr("Could not read what erasing the client involves");
    QSqlQuery client(m_database.connection());
    client.prepare(QStringLiteral("SELECT full_name, erased_utc FROM clients WHERE id = ?"));
    client.addBindValue(clientId);
    if (!client.exec())
        return Database::queryError(client, what);
    if (!client.next()) {
        if (client.lastError().isValid())
            return Database::queryError(client, what);
        return makeError(ErrorCode::NotFound, tr("There is no client with id %1.").arg(clientId));
    }
    if (!client.value(1).isNull())
        return makeError(ErrorCode::Refused,
                         tr("Client %1 was already erased; only the anonymous record their "
                            "kept invoices need is left.")
                             .arg(clientId));
    ErasurePlan plan;
    plan.clientId = clientId;
    plan.clientName = client.value(0).toString();
    plan.anonymousLabel = tr("Erased client %1").arg(clientId);

    const QVariantList id{clientId};
    struct Count {
        int* target;
        const char* sql;
    };
    const Count counts[] = {
        {&plan.engagements, "SELECT count(*) FROM engagements WHERE client_id = ?"},
        {&plan.sessions, "SELECT count(*) FROM sessions WHERE engagement_id IN "
                         "(SELECT id FROM engagements WHERE client_id = ?)"},
        {&plan.agreements, "SELECT count(*) FROM agreements WHERE client_id = ?"},
        {&plan.draftInvoices, "SELECT count(*) FROM invoices WHERE client_id = ? AND number IS "
                              "NULL"},
        {&plan.keptInvoices, "SELECT count(*) FROM invoices WHERE client_id = ? AND number IS "
                             "NOT NULL"},
        {&plan.keptPayments, "SELECT count(*) FROM payments WHERE client_id = ?"},
    };
    for (const Count& count : counts) {
        Result<int> n = countOf(m_database, QString::fromLatin1(count.sql), id, what);
        if (!n)
            return n.error();
        *count.target = *n;
    }
    QSqlQuery kept(m_database.connection());
    kept.prepare(QString::fromLatin1(kKeptInvoices));
    kept.addBindValue(clientId);
    if (!kept.exec())
        return Database::queryError(kept, what);
    while (kept.next()) {
        const QDate end = retentionEnd(kept.value(1).toInt(), retentionYears);
        if (!plan.keptUntil || end > *plan.keptUntil)
            plan.keptUntil = end;
    }
    if (kept.lastError().isValid())
        return Database::queryError(kept, what);
    return plan;
}

Result<QList<qint64>> ClientErasureRepository::erase(const ErasurePlan& plan) {
    const QString what = tr("Could not erase the client");
    const QVariantList id{plan.clientId};
    const QString now = isoUtc(m_clock.nowUtc());

    QList<qint64> signedAgreements;
    QSqlQuery signedQuery(m_database.connection());
    signedQuery.prepare(
        QStringLiteral("SELECT id FROM agreements WHERE client_id = ? AND state = 'signed'"));
    signedQuery.addBindValue(plan.clientId);
    if (!signedQuery.exec())
        return Database::queryError(signedQuery, what);
    while (signedQuery.next())
        signedAgreements << signedQuery.value(0).toLongLong();
    if (signedQuery.lastError().isValid())
        return Database::queryError(signedQuery, what);

    // A signed agreement's row stays (its audit entries point to it) with no
    // text, signature, scan or document left; its engagement's row stays for
    // it, emptied.
    const QString signedIds =
        QStringLiteral("SELECT id FROM agreements WHERE client_id = ? AND state = 'signed'");
    Status documents = withoutGuards(
        m_database, kAgreementGuards,
        [&]() -> Status {
            for (const QString& table :
                 {QStringLiteral("agreement_signatures"), QStringLiteral("agreement_scans"),
                  QStringLiteral("agreement_seals")}) {
                if (Status removed = run(m_database,
                                         QStringLiteral("DELETE FROM %1 WHERE agreement_id IN (%2)")
                                             .arg(table, signedIds),
                                         id, what);
                    !removed)
                    return removed;
            }
            return run(m_database,
                       QStringLiteral("UPDATE agreements SET title = '-', body_html = '', "
                                      "updated_utc = ? WHERE client_id = ? AND state = 'signed'"),
                       {now, plan.clientId}, what);
        },
        what);
    if (!documents)
        return documents.error();

    const QString engagementsOf = QStringLiteral("SELECT id FROM engagements WHERE client_id = ?");
    const QString keptEngagements =
        QStringLiteral("SELECT engagement_id FROM agreements WHERE client_id = ? AND "
                       "state = 'signed'");
    const QStringList statements{
        QStringLiteral("DELETE FROM agreements WHERE client_id = ? AND state = 'draft'"),
        QStringLiteral("DELETE FROM invoices WHERE client_id = ? AND number IS NULL"),
        QStringLiteral("DELETE FROM client_billing_details WHERE client_id = ?"),
        // Everything the kept engagements held; then the engagements no signed
        // agreement needs, with all that cascades from them.
        QStringLiteral("DELETE FROM sessions WHERE engagement_id IN (%1)").arg(engagementsOf),
        QStringLiteral("DELETE FROM session_series WHERE engagement_id IN (%1)").arg(engagementsOf),
        QStringLiteral("DELETE FROM needs WHERE engagement_id IN (%1)").arg(engagementsOf),
        QStringLiteral("DELETE FROM goals WHERE engagement_id IN (%1)").arg(engagementsOf),
        QStringLiteral("DELETE FROM stage_changes WHERE engagement_id IN (%1)").arg(engagementsOf),
        QStringLiteral("DELETE FROM engagements WHERE client_id = ? AND id NOT IN (%1)")
            .arg(keptEngagements),
    };
    for (const QString& statement : statements) {
        const QVariantList values = statement.count(QLatin1Char('?')) == 2
                                        ? QVariantList{plan.clientId, plan.clientId}
                                        : id;
        if (Status done = run(m_database, statement, values, what); !done)
            return done.error();
    }
    if (Status emptied = run(m_database,
                             QStringLiteral("UPDATE engagements SET title = '-', "
                                            "profile_notes = '', fee_note = '', outcome = '', "
                                            "status = 'completed', updated_utc = ? "
                                            "WHERE client_id = ?"),
                             {now, plan.clientId}, what);
        !emptied)
        return emptied.error();

    // The row the kept invoices point to: a label, nothing else.
    if (Status anonymised = run(
            m_database,
            QStringLiteral(
                "UPDATE clients SET full_name = ?, preferred_name = '', email = '', phone = '', "
                "organisation = '', role = '', time_zone = '', referral_source = '', "
                "background = '', strengths = '', weaknesses = '', aspirations = '', "
                "keep_doing = '', start_doing = '', stop_doing = '', tags = '', "
                "status = 'former', archived = 1, updated_utc = ?, erased_utc = ? WHERE id = ?"),
            {plan.anonymousLabel, now, now, plan.clientId}, what);
        !anonymised)
        return anonymised.error();

    if (Status logged =
            run(m_database,
                QStringLiteral("INSERT INTO client_erasures (client_id, erased_utc, "
                               "agreements_erased, invoices_kept, kept_until) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {plan.clientId, now, plan.agreements, plan.keptInvoices,
                 plan.keptUntil ? QVariant(plan.keptUntil->toString(Qt::ISODate)) : QVariant()},
                what);
        !logged)
        return logged.error();
    return signedAgreements;
}

Result<int> ClientErasureRepository::purgeExpired(const QDate& today, int retentionYears) {
    const QString what = tr("Could not remove the invoices whose retention ended");
    // Expired: issued for an erased client, retention over, and no credit note
    // on it that must still be kept.
    const QString expired =
        QStringLiteral("SELECT i.id FROM invoices i JOIN clients c ON c.id = i.client_id "
                       "WHERE c.erased_utc IS NOT NULL AND i.number IS NOT NULL "
                       "AND CAST(substr(i.issue_date, 1, 4) AS INTEGER) + %1 < %2 "
                       "AND NOT EXISTS (SELECT 1 FROM invoices n WHERE n.credit_of = i.id "
                       "AND CAST(substr(n.issue_date, 1, 4) AS INTEGER) + %1 >= %2)")
            .arg(retentionYears)
            .arg(today.year());
    Result<int> count =
        countOf(m_database, QStringLiteral("SELECT count(*) FROM (%1)").arg(expired), {}, what);
    if (!count)
        return count.error();
    if (*count == 0)
        return 0;
    Status purged = withoutGuards(
        m_database, kInvoiceGuards,
        [&]() -> Status {
            const QStringList statements{
                QStringLiteral("CREATE TEMP TABLE purged_invoices AS %1").arg(expired),
                QStringLiteral("DELETE FROM payment_allocations WHERE invoice_id IN "
                               "(SELECT id FROM purged_invoices)"),
                // Credit notes first: they point to the invoices they credit.
                QStringLiteral("DELETE FROM invoices WHERE credit_of IS NOT NULL AND id IN "
                               "(SELECT id FROM purged_invoices)"),
                QStringLiteral("DELETE FROM invoices WHERE id IN (SELECT id FROM purged_invoices)"),
                QStringLiteral("DROP TABLE purged_invoices"),
                // Payments of erased clients that no longer pay for anything kept.
                QStringLiteral("DELETE FROM payments WHERE client_id IN (SELECT id FROM clients "
                               "WHERE erased_utc IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM "
                               "payment_allocations a WHERE a.payment_id = payments.id)"),
            };
            for (const QString& statement : statements) {
                if (Status done = run(m_database, statement, {}, what); !done)
                    return done;
            }
            return {};
        },
        what);
    if (!purged)
        return purged.error();
    return *count;
}

Result<QList<ErasureRecord>> ClientErasureRepository::records() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT client_id, erased_utc, agreements_erased, "
                                   "invoices_kept, kept_until FROM client_erasures ORDER BY id")))
        return Database::queryError(query, tr("Could not read the erasure log"));
    QList<ErasureRecord> records;
    while (query.next()) {
        ErasureRecord record;
        record.clientId = query.value(0).toLongLong();
        record.erasedUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        record.agreementsErased = query.value(2).toInt();
        record.invoicesKept = query.value(3).toInt();
        if (!query.value(4).isNull())
            record.keptUntil = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        records << record;
    }
    if (query.lastError().isValid())
        return Database::queryError(query, tr("Could not read the erasure log"));
    return records;
}

} // namespace md
