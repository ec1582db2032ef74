#include "storage/AgreementAuditLogRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

AgreementAuditLogRepository::AgreementAuditLogRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<AuditEntry> AgreementAuditLogRepository::append(qint64 agreementId, const QString& event,
                                                       const QJsonObject& fields) {
    QSqlQuery last(m_database.connection());
    if (!last.exec(QStringLiteral(
            "SELECT seq, entry_hash FROM agreement_audit_log ORDER BY seq DESC LIMIT 1")))
        return Database::queryError(last, tr("Could not read the audit log"));
    AuditEntry entry;
    entry.seq = 1;
    entry.prevHash = AuditChain::genesisHash();
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString().toLatin1();
    } else if (last.lastError().isValid()) {
        return Database::queryError(last, tr("Could not read the audit log"));
    }
    entry.agreementId = agreementId;
    entry.event = event;
    entry.createdUtc = m_clock.nowUtc();
    entry.entry = AuditChain::makeEntry(entry.seq, agreementId, event, entry.createdUtc, fields);
    entry.entryHash = AuditChain::hash(entry.prevHash, entry.entry);

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO agreement_audit_log (seq, agreement_id, event, entry, prev_hash, "
        "entry_hash, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.seq);
    insert.addBindValue(agreementId);
    insert.addBindValue(event);
    insert.addBindValue(entry.entry);
    insert.addBindValue(QString::fromLatin1(entry.prevHash));
    insert.addBindValue(QString::fromLatin1(entry.entryHash));
    insert.addBindValue(entry.createdUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return Database::queryError(insert, tr("Could not write to the audit log"));
    return entry;
}

namespace {

Result<QList<AuditEntry>> readEntries(QSqlQuery& query) {
    QList<AuditEntry> result;
    while (query.next()) {
        AuditEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.agreementId = query.value(1).toLongLong();
        entry.event = query.value(2).toString();
        entry.entry = query.value(3).toByteArray();
        entry.prevHash = query.value(4).toString().toLatin1();
        entry.entryHash = query.value(5).toString().toLatin1();
        entry.createdUtc = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        result << entry;
    }
    if (query.lastError().isValid())
        return Database::queryError(query, AgreementAuditLogRepository::tr("Could not read the "
                                                                           "audit log"));
    return result;
}

const QString kEntryColumns =
    QStringLiteral("seq, agreement_id, event, entry, prev_hash, entry_hash, created_utc");

} // namespace

Result<QList<AuditEntry>> AgreementAuditLogRepository::entries() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM agreement_audit_log ORDER BY seq").arg(kEntryColumns)))
        return Database::queryError(query, tr("Could not read the audit log"));
    return readEntries(query);
}

Result<QList<AuditEntry>> AgreementAuditLogRepository::entriesOf(qint64 agreementId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM agreement_audit_log WHERE agreement_id = ? OR "
                                 "seq IN (SELECT seq - 1 FROM agreement_audit_log WHERE "
                                 "agreement_id = ?) ORDER BY seq")
                      .arg(kEntryColumns));
    query.addBindValue(agreementId);
    query.addBindValue(agreementId);
    if (!query.exec())
        return Database::queryError(query, tr("Could not read the audit log"));
    return readEntries(query);
}

} // namespace md
