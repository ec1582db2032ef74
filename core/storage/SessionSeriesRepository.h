#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/SessionSeries.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// Rows of the session_series table. Only SQL: SchedulingService owns the
// rules of series (SeriesPlanner) and the units of work.
class SessionSeriesRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::SessionSeriesRepository)
public:
    SessionSeriesRepository(Database& database, const Clock& clock);

    // Inserts the series (id and times set on return).
    Result<SessionSeries> insert(const SessionSeries& series);
    Result<SessionSeries> update(const SessionSeries& series);
    Result<SessionSeries> get(qint64 id) const;
    // Every series, or those of one engagement / one client (0 = all).
    Result<QList<SessionSeries>> list(qint64 engagementId = 0, qint64 clientId = 0) const;
    // Deletes the series; its occurrences go with it (ON DELETE CASCADE).
    Status remove(qint64 id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
