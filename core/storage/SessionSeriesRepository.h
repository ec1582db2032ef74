#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/SessionSeries.h"

#include <QList>

namespace md {

class Database;

// Row storage of session series (table session_series). Used by
// SessionRepository, which owns the rules and the transactions; other code
// goes through SessionRepository.
class SessionSeriesRepository final {
public:
    SessionSeriesRepository(Database& database, const Clock& clock);

    // Inserts the series (id and times set on return). Needs a transaction
    // around it when the occurrences are written too.
    Result<SessionSeries> insert(const SessionSeries& series);
    Result<SessionSeries> update(const SessionSeries& series);
    Result<SessionSeries> get(qint64 id) const;
    // Every series, or those of one engagement / one client (0 = all).
    Result<QList<SessionSeries>> list(qint64 engagementId = 0, qint64 clientId = 0) const;
    Status remove(qint64 id);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
