#pragma once

#include "agreements/AuditChain.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace md {

class Database;

// The append-only, hash-chained log of agreement signings. The table's
// triggers refuse UPDATE and DELETE; this class only ever appends.
class AgreementAuditLogRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementAuditLogRepository)
public:
    AgreementAuditLogRepository(Database& database, const Clock& clock);

    // Appends an entry linked to the current last one. Call inside the
    // transaction that makes the change it records.
    Result<AuditEntry> append(qint64 agreementId, const QString& event, const QJsonObject& fields);
    // Every entry, in order.
    Result<QList<AuditEntry>> entries() const;
    // One agreement's entries and the entry just before each, in order.
    Result<QList<AuditEntry>> entriesOf(qint64 agreementId) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
