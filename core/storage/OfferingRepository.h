#pragma once

#include "billing/Offering.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// The mentor's price list (table offerings). Internal to BillingService,
// which validates (Offering::validate) and runs the unit of work.
class OfferingRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::OfferingRepository)
public:
    OfferingRepository(Database& database, const Clock& clock);

    Result<Offering> add(const Offering& offering);
    Result<Offering> update(const Offering& offering);
    // Deletes an entry; package sales keep their own copy of its terms.
    Status remove(qint64 id);
    Result<Offering> get(qint64 id) const;
    Result<QList<Offering>> list(bool includeInactive = false) const;
    // The first active entry of `kind` (by name), or NotFound.
    Result<Offering> firstActive(OfferingKind kind) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
