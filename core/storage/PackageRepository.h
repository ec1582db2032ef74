#pragma once

#include "billing/CancellationPolicy.h"
#include "billing/Offering.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace md {

class Database;

// A session that may be billed: held, or cancelled late / missed when the
// cancellation policy says so. Read from the scheduling feature's tables.
struct BillableSession {
    qint64 id = 0;
    qint64 engagementId = 0;
    QString engagementTitle;
    QDateTime startUtc;
    QDate localDate; // the day in the session's own time zone
    int durationMinutes = 0;
    QString statusKey;       // "held", "cancelled_client", "no_show"
    QDateTime cancelledUtc;  // when it was cancelled; invalid = not, or unknown
    qint64 creditSaleId = 0; // the package sale whose credit it used, 0 = none
};

// Package sales and their credits (internal to BillingService and
// PackageCredits). applyCredits is a write: only PackageCredits calls it,
// inside the unit of work of a write that can change which sessions use a
// credit (a session corrected from "held" back to "planned" gives it back).
class PackageRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::PackageRepository)
public:
    PackageRepository(Database& database, const Clock& clock);

    Result<PackageSale> sell(const PackageSale& sale);
    // Refused once a credit was used or the sale was billed.
    Status removeSale(qint64 saleId);
    Result<PackageSale> sale(qint64 saleId) const;
    // The engagement's sales with their use, oldest first.
    Result<QList<PackageCredit>> credits(qint64 engagementId) const;
    // The client of an engagement (for billing a sale).
    Result<qint64> clientOfEngagement(qint64 engagementId) const;
    // A client's engagements as (id, title), newest first.
    Result<QList<QPair<qint64, QString>>> engagementsOf(qint64 clientId) const;

    // Sessions of a client (engagementId 0) or of one engagement that
    // `policy` charges (held; late cancellations and no-shows as it says)
    // and that began by `begunByUtc`, oldest first.
    Result<QList<BillableSession>> sessions(qint64 clientId, qint64 engagementId,
                                            const CancellationPolicy& policy,
                                            const QDateTime& begunByUtc) const;

    // Gives every qualifying session of the engagement that has no credit yet
    // and is not in `billedSessionIds` a credit from a usable sale: valid on
    // the session's day, earliest expiry first (FIFO by expiry). Frees the
    // credits of sessions that no longer qualify. Runs inside the caller's
    // unit of work.
    Status applyCredits(qint64 engagementId, const CancellationPolicy& policy,
                        const QDateTime& begunByUtc, const QSet<qint64>& billedSessionIds);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
