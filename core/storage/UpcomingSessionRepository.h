#pragma once

#include "common/Result.h"
#include "scheduling/SessionRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace md {

class Database;

// The queries of the dashboard's upcoming panel: sessions by start time with
// whose they are, and the engagements' tallies counted in SQL. Used by
// SchedulingService only.
class UpcomingSessionRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::UpcomingSessionRepository)
public:
    explicit UpcomingSessionRepository(Database& database);

    // Sessions starting in [fromUtc, toUtc), not cancelled, by start then id,
    // at most `limit`: an index range on start_utc, read no further than the
    // limit.
    Result<QList<SessionRow>> starting(const QDateTime& fromUtc, const QDateTime& toUtc,
                                       int limit) const;
    // The tally of each engagement, counted as SessionTally::count counts a
    // whole list of sessions at `nowUtc` (tests/core/tst_upcomingsessions.cpp
    // checks that the two agree).
    Result<QHash<qint64, SessionTally>> tallies(const QList<qint64>& engagementIds,
                                                const QDateTime& nowUtc) const;

    // The statement of starting(), for EXPLAIN QUERY PLAN in tests.
    static QString startingSql();

private:
    Database& m_database;
};

} // namespace md
