#include "billing/PackageCredits.h"

#include "billing/CancellationPolicy.h"
#include "storage/BusinessSettingsRepository.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "storage/PackageRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace md {

namespace {

Result<QList<qint64>> idsOf(Database& database, const QString& sql, qint64 parameter,
                            const QString& whatFailed) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (parameter != 0)
        query.addBindValue(parameter);
    if (!query.exec())
        return Database::queryError(query, whatFailed);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Database::queryError(query, whatFailed);
    return ids;
}

} // namespace

PackageCredits::PackageCredits(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Status PackageCredits::reassign(qint64 engagementId) {
    PackageRepository packages(m_database, m_clock);
    Result<QList<PackageCredit>> before = packages.credits(engagementId);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return {}; // no package: nothing to assign, nothing to give back
    Result<BusinessSettings> settings = BusinessSettingsRepository(m_database).load();
    if (!settings)
        return settings.error();
    Result<qint64> clientId = packages.clientOfEngagement(engagementId);
    if (!clientId)
        return clientId.error();
    Result<QSet<qint64>> billed =
        InvoiceRepository(m_database, m_clock).billedSessionIds(*clientId);
    if (!billed)
        return billed.error();
    return m_database.transaction([&]() -> Status {
        if (Status applied = packages.applyCredits(engagementId, CancellationPolicy::of(*settings),
                                                   m_clock.nowUtc(), *billed);
            !applied)
            return applied;
        Result<QList<PackageCredit>> after = packages.credits(engagementId);
        if (!after)
            return after.error();
        for (const PackageCredit& credit : std::as_const(*after)) {
            const auto was = std::find_if(before->cbegin(), before->cend(), [&](const auto& c) {
                return c.sale.id == credit.sale.id;
            });
            if (was == before->cend() || was->used != credit.used)
                m_database.noteChange(RecordKind::PackageSale, ChangeOp::Updated, credit.sale.id);
        }
        return {};
    });
}

Status PackageCredits::reassignForSession(qint64 sessionId) {
    Result<QList<qint64>> engagement =
        idsOf(m_database, QStringLiteral("SELECT engagement_id FROM sessions WHERE id = ?"),
              sessionId, tr("Could not read the session's engagement"));
    if (!engagement)
        return engagement.error();
    return engagement->isEmpty() ? Status{} : reassign(engagement->first());
}

Status PackageCredits::reassignForClient(qint64 clientId) {
    Result<QList<qint64>> engagements =
        idsOf(m_database,
              QStringLiteral("SELECT DISTINCT p.engagement_id FROM package_sales p "
                             "JOIN engagements e ON e.id = p.engagement_id WHERE e.client_id = ?"),
              clientId, tr("Could not read the client's packages"));
    if (!engagements)
        return engagements.error();
    for (qint64 id : std::as_const(*engagements))
        if (Status done = reassign(id); !done)
            return done;
    return {};
}

Status PackageCredits::reassignAll() {
    Result<QList<qint64>> engagements =
        idsOf(m_database, QStringLiteral("SELECT DISTINCT engagement_id FROM package_sales"), 0,
              tr("Could not read the packages"));
    if (!engagements)
        return engagements.error();
    for (qint64 id : std::as_const(*engagements))
        if (Status done = reassign(id); !done)
            return done;
    return {};
}

} // namespace md
