#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/SeriesPlanner.h"
#include "scheduling/Session.h"
#include "scheduling/SessionSeries.h"
#include "scheduling/SessionTally.h"
#include "storage/SessionSeriesRepository.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace md {

class Database;

// Which sessions SessionRepository::list() returns.
struct SessionFilter {
    QDateTime fromUtc; // sessions ending after this (invalid = no lower bound)
    QDateTime toUtc;   // sessions starting before this (invalid = no upper bound)
    qint64 engagementId = 0;
    qint64 clientId = 0;
    bool includeCancelled = true;
};

// Stores sessions and series. A series is written together with all its
// occurrences (one row each); series edits are computed by SeriesPlanner and
// applied here in one transaction. Emits changed() after every write so the
// calendar and the auto-exported .ics can follow.
class SessionRepository final : public QObject {
    Q_OBJECT
public:
    using Filter = SessionFilter;

    SessionRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // A single session. InvalidInput for a missing engagement, start or duration.
    Result<Session> add(const Session& session);
    // A series and its occurrences; `created` receives the rows.
    Result<SessionSeries> addSeries(const SessionSeries& series, QList<Session>* created = nullptr);
    // Saves every field of one session. For a series member this is "this
    // occurrence only"; moving it marks it detached.
    Result<Session> update(const Session& session);
    // Edits a series member and, by scope, the following ones or the series.
    // For a single session every scope means the session itself.
    Status edit(qint64 sessionId, EditScope scope, const SessionChange& change);
    // Skips a series member (EXDATE) or deletes a single session.
    Status remove(qint64 sessionId);
    Status removeSeries(qint64 seriesId);

    Result<Session> get(qint64 id) const;
    Result<QList<Session>> list(const Filter& filter = {}) const;
    Result<SessionSeries> series(qint64 id) const;
    Result<QList<SessionSeries>> listSeries(qint64 engagementId = 0, qint64 clientId = 0) const;
    Result<QList<Session>> seriesMembers(qint64 seriesId) const;

    // "3 of 8 held" for an engagement, against engagements.planned_sessions.
    Result<SessionTally> tally(qint64 engagementId) const;
    // Engagement id -> the client's display name, for calendars and warnings.
    Result<QHash<qint64, QString>> engagementLabels() const;
    // The client an engagement belongs to, and that client's time zone.
    struct EngagementInfo {
        qint64 clientId = 0;
        QString clientName;
        QString clientTimeZone;
        QString title;
        int plannedSessions = 0;
    };
    Result<EngagementInfo> engagementInfo(qint64 engagementId) const;
    // Every engagement's info, by engagement id (for pickers and lists).
    Result<QHash<qint64, EngagementInfo>> engagementInfos() const;

Q_SIGNALS:
    void sessionAdded(const md::Session& session);
    void sessionChanged(const md::Session& session);
    void sessionRemoved(qint64 id);
    // Anything changed (also after series edits, which touch many rows).
    void changed();

private:
    Status validate(const Session& session) const;
    Result<Session> insertRow(const Session& session);
    Status updateRow(const Session& session);
    Status deleteRow(qint64 id);
    Status applyPlan(const SeriesPlan& plan);
    QDateTime ruleStart(const SessionSeries& series, const QDate& occurrenceDate) const;

    Database& m_database;
    const Clock& m_clock;
    SessionSeriesRepository m_series;
};

} // namespace md
