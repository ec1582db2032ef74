#pragma once

#include "clients/ClientErasure.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace md {

class Database;

// The SQL of erasing a client (ClientService::erase owns the unit of work).
// Signed agreements are guarded by triggers against any change; erasure is the
// one controlled path past them: the guards are lifted inside the caller's
// transaction and put back, exactly as they were, before it commits.
class ClientErasureRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::ClientErasureRepository)
public:
    ClientErasureRepository(Database& database, const Clock& clock);

    // What erasing `clientId` would remove and keep; `retentionYears` after
    // the end of each kept invoice's year.
    Result<ErasurePlan> plan(qint64 clientId, int retentionYears) const;
    // Carries out `plan` (from plan(), in the same transaction). Returns the
    // ids of the signed agreements whose documents were removed, for the
    // agreements' audit log.
    Result<QList<qint64>> erase(const ErasurePlan& plan);
    // Removes the kept invoices (and the payments only they held) of erased
    // clients whose retention ended before `today`; returns how many invoices.
    Result<int> purgeExpired(const QDate& today, int retentionYears);
    // The erasures on record, oldest first.
    Result<QList<ErasureRecord>> records() const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
