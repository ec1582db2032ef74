#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/Availability.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

// Busy times imported from the mentor's other calendars, used by conflict
// checks. An import replaces everything from the same source at once.
class BusyTimeRepository final : public QObject {
    Q_OBJECT
public:
    BusyTimeRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Replaces the busy times of `source` with `busyTimes` in one transaction:
    // on any error nothing changes. Returns how many were stored.
    Result<int> replaceSource(const QString& source, const QList<BusyTime>& busyTimes);
    // Busy times overlapping [fromUtc, toUtc); invalid bounds are open.
    Result<QList<BusyTime>> list(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}) const;
    Result<QStringList> sources() const;
    Status removeSource(const QString& source);

Q_SIGNALS:
    void changed();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
