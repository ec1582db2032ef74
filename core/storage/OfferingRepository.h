#pragma once

#include "billing/Offering.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

// The mentor's price list.
class OfferingRepository final : public QObject {
    Q_OBJECT
public:
    OfferingRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    Result<Offering> add(const Offering& offering);
    Result<Offering> update(const Offering& offering);
    // Deletes an entry; package sales keep their own copy of its terms.
    Status remove(qint64 id);
    Result<Offering> get(qint64 id) const;
    Result<QList<Offering>> list(bool includeInactive = false) const;
    // The first active entry of `kind` (by name), or NotFound.
    Result<Offering> firstActive(OfferingKind kind) const;

    static Status validate(const Offering& offering);

Q_SIGNALS:
    void offeringsChanged();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
