#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/ClientSession.h"
#include "scheduling/EngagementInfo.h"
#include "scheduling/Session.h"
#include "scheduling/SessionFilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantList>

#include <functional>

namespace md {

class Database;

// Rows of the sessions table and the engagement facts scheduling shows beside
// them. Only SQL: the rules (validation, series, package credits) and the
// units of work are SchedulingService's, which is the only user besides core
// code that reads the rows (reports, exports).
class SessionRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::SessionRepository)
public:
    using Filter = SessionFilter;

    SessionRepository(Database& database, const Clock& clock);

    // Inserts a row as given (a new UID when it has none); returns it with id
    // and times set.
    Result<Session> add(const Session& session);
    // Writes every column of the row with `session.id`; NotFound when there
    // is none. Returns the row with its new update time.
    Result<Session> update(const Session& session);
    Status remove(qint64 id);

    Result<Session> get(qint64 id) const;
    Result<QList<Session>> list(const Filter& filter = {}) const;
    // Calls `visit` with each row of list(filter), in the same order, as the
    // rows are read (one statement, so one snapshot of the data), until it
    // returns false. An error reading a row ends the visit as an error, also
    // after rows were visited.
    Status forEach(const Filter& filter,
                   const std::function<bool(const ClientSession&)>& visit) const;

    // The SELECT of list()/forEach() and its values, for tests that check
    // its query plan.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    static Statement statement(const Filter& filter);
    // The rows of a series, by occurrence date.
    Result<QList<Session>> seriesMembers(qint64 seriesId) const;

    // Engagement id -> the client's display name, for calendars and warnings.
    Result<QHash<qint64, QString>> engagementLabels() const;
    Result<EngagementInfo> engagementInfo(qint64 engagementId) const;
    // Every engagement's info, by engagement id (for pickers and lists).
    Result<QHash<qint64, EngagementInfo>> engagementInfos() const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
