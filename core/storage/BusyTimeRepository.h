#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/Availability.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace md {

class Database;

// Rows of the busy_times table: times taken in the mentor's other calendars,
// one source (an imported file) at a time. Only SQL: SchedulingService runs
// an import as one unit of work.
class BusyTimeRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::BusyTimeRepository)
public:
    BusyTimeRepository(Database& database, const Clock& clock);

    // Inserts one busy time of `source`; returns its id. InvalidInput when it
    // does not end after it starts.
    Result<qint64> add(const QString& source, const BusyTime& busyTime);
    // Busy times overlapping [fromUtc, toUtc); invalid bounds are open.
    Result<QList<BusyTime>> list(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}) const;
    // The SELECT of list() and its values, for tests that check its plan.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    static Statement statement(const QDateTime& fromUtc, const QDateTime& toUtc);
    Result<QStringList> sources() const;
    // The ids of a source's busy times.
    Result<QList<qint64>> idsOfSource(const QString& source) const;
    Status removeSource(const QString& source);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
