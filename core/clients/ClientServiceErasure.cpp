// ClientService: erasing a client while the law keeps their invoices.

#include "clients/ClientService.h"

#include "billing/BusinessSettings.h"
#include "settings/SettingsService.h"
#include "storage/AgreementAuditLogRepository.h"
#include "storage/ClientErasureRepository.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"

#include <QJsonObject>

namespace md {

Result<int> ClientService::retentionYears() const {
    Result<BusinessSettings> business = m_settings.businessSettings();
    if (!business)
        return business.error();
    return business->retentionYears;
}

Result<ErasurePlan> ClientService::erasurePlan(qint64 id) const {
    Result<int> years = retentionYears();
    if (!years)
        return years.error();
    std::optional<ErasurePlan> plan;
    const Status read = m_database.readTransaction([&]() -> Status {
        Result<ErasurePlan> made = m_erasure->plan(id, *years);
        if (!made)
            return made.error();
        plan = *made;
        return {};
    });
    if (!read)
        return read.error();
    return *plan;
}

Result<ErasurePlan> ClientService::erase(qint64 id) {
    std::optional<ErasurePlan> done;
    const Status status = m_database.transaction([&]() -> Status {
        Result<int> years = retentionYears();
        if (!years)
            return years.error();
        Result<ErasurePlan> plan = m_erasure->plan(id, *years);
        if (!plan)
            return plan.error();
        Result<QList<qint64>> signedAgreements = m_erasure->erase(*plan);
        if (!signedAgreements)
            return signedAgreements.error();
        // The chain stays whole: the signing entries stay, and a new one says
        // that the signed document went with its client.
        for (qint64 agreementId : std::as_const(*signedAgreements)) {
            const QJsonObject fields{{QStringLiteral("reason"), QStringLiteral("client_erased")},
                                     {QStringLiteral("client_id"), id}};
            if (Result<AuditEntry> logged =
                    m_agreementAudit->append(agreementId, QStringLiteral("erased"), fields);
                !logged)
                return logged.error();
            m_database.noteChange(RecordKind::Agreement, ChangeOp::Removed, agreementId);
        }
        // The search index forgets a removed record at once but keeps its
        // words in older segments until they are merged: merge them now, so
        // no word of the client's is left in the file.
        if (Status merged = SearchRepository::optimize(m_database); !merged)
            return merged.error();
        m_database.noteChange(RecordKind::Client, ChangeOp::Updated, id);
        // So many kinds of record went that every view reloads.
        m_database.noteWideChange();
        done = *plan;
        return {};
    });
    if (!status)
        return status.error();
    // Freed pages are already overwritten (secure_delete); the old page
    // images in the WAL go too once it is written back and truncated.
    if (Status written = m_database.checkpoint(); !written)
        return written.error();
    return *done;
}

Result<int> ClientService::purgeExpiredInvoices() {
    int purged = 0;
    const Status status = m_database.transaction([&]() -> Status {
        Result<int> years = retentionYears();
        if (!years)
            return years.error();
        Result<int> removed = m_erasure->purgeExpired(m_clock.nowUtc().date(), *years);
        if (!removed)
            return removed.error();
        purged = *removed;
        if (purged > 0) {
            if (Status merged = SearchRepository::optimize(m_database); !merged)
                return merged.error();
        }
        if (purged > 0)
            m_database.noteChange(RecordKind::Invoice, ChangeOp::Removed, 0);
        return {};
    });
    if (!status)
        return status.error();
    if (purged > 0) {
        if (Status written = m_database.checkpoint(); !written)
            return written.error();
    }
    return purged;
}

Result<QList<ErasureRecord>> ClientService::erasures() const {
    return m_erasure->records();
}

} // namespace md
