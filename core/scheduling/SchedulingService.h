#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "export/SessionSummaryDocument.h"
#include "export/SessionSummaryReport.h"
#include "ics/IcsImporter.h"
#include "scheduling/Availability.h"
#include "scheduling/ClientSession.h"
#include "scheduling/ConflictChecker.h"
#include "scheduling/EngagementInfo.h"
#include "scheduling/SeriesPlanner.h"
#include "scheduling/Session.h"
#include "scheduling/SessionFilter.h"
#include "scheduling/SessionRow.h"
#include "scheduling/SessionSeries.h"
#include "scheduling/SessionSpan.h"
#include "scheduling/SessionTally.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace md {

class AvailabilityRepository;
class BusyTimeRepository;
class ChangeNotifier;
class Database;
class IcsAutoExporter;
class SessionReportRepository;
class SessionRepository;
class SessionSeriesRepository;

// The scheduling area: the only way the UI and the CLI read or change
// sessions, series, busy times, the mentor's availability, the calendar files
// and what session summaries show.
//
// Every write is one unit of work. It notes what it changed
// (RecordKind::Session, SessionSeries, BusyTime, Availability) and, when it
// can change whether a session uses a package credit (a session added,
// moved, held, cancelled or removed; a series edit), re-assigns the credits of
// the engagements concerned (PackageCredits) in the same unit. Reads never
// write.
class SchedulingService final {
    Q_DECLARE_TR_FUNCTIONS(md::SchedulingService)
public:
    // `changes` is where committed units of work are announced; the
    // auto-exported .ics follows it.
    SchedulingService(Database& database, const Clock& clock, ChangeNotifier& changes);
    ~SchedulingService();
    SchedulingService(const SchedulingService&) = delete;
    SchedulingService& operator=(const SchedulingService&) = delete;

    const Clock& clock() const { return m_clock; }

    // --- Sessions ----------------------------------------------------------
    Result<Session> session(qint64 id) const;
    Result<QList<Session>> sessions(const SessionFilter& filter = {}) const;
    // The same rows with their client's name, handed to `visit` one by one as
    // they are read, until it returns false: a list of any length in constant
    // memory. A read error after some rows ends it as an error (the rows
    // visited are then not the whole list).
    Status forEachSession(const SessionFilter& filter,
                          const std::function<bool(const ClientSession&)>& visit) const;
    // The calendar's read model: where each session overlapping [fromUtc,
    // toUtc) lies, cancelled ones included, by start. One index range search
    // that reads no session row and none of the notes.
    Result<QList<SessionSpan>> sessionSpans(const QDateTime& fromUtc, const QDateTime& toUtc) const;
    // A single session (not in a series). InvalidInput for a missing
    // engagement, start or duration.
    Result<Session> addSession(const Session& session);
    // Saves every field of one session. For a series member this is "this
    // occurrence only": it keeps its series, and moving it marks it detached.
    Result<Session> updateSession(const Session& session);
    // Edits a session and, for a series member, by scope the following ones
    // or the whole series (SeriesPlanner). For a single session every scope
    // means the session itself.
    Status editSession(qint64 sessionId, EditScope scope, const SessionChange& change);
    // Saves what the session editor changed in a stored session, as one
    // unit: for a series member beyond ThisOccurrence, the session keeps its
    // own fields (notes, summary) and the change of SeriesPlanner::
    // changeBetween() goes to the occurrences `scope` names.
    Status saveEdited(const Session& edited, EditScope scope);
    // Deletes a single session; a series member is skipped (its date becomes
    // an EXDATE of the series).
    Status removeSession(qint64 sessionId);

    // --- Series ------------------------------------------------------------
    Result<SessionSeries> series(qint64 id) const;
    // Every series, or those of one engagement / one client (0 = all).
    Result<QList<SessionSeries>> seriesList(qint64 engagementId = 0, qint64 clientId = 0) const;
    Result<QList<Session>> seriesMembers(qint64 seriesId) const;
    // A series with all its occurrences, as one unit; `created` receives the
    // rows.
    Result<SessionSeries> addSeries(const SessionSeries& series, QList<Session>* created = nullptr);
    // The series and every occurrence.
    Status removeSeries(qint64 seriesId);

    // --- Engagements as scheduling sees them ---------------------------------
    // "3 of 8 held" for an engagement, against its planned sessions.
    Result<SessionTally> tally(qint64 engagementId) const;
    // The dashboard's upcoming panel: the sessions starting in [fromUtc,
    // toUtc), cancelled ones left out, at most `limit`, with the client's name
    // and zone and the engagement's title, and the tally of each engagement
    // shown. A read model: one bounded range query on the start time and one
    // grouped count, whatever the number of sessions in the workspace.
    Result<UpcomingSessions> upcoming(const QDateTime& fromUtc, const QDateTime& toUtc,
                                      int limit) const;
    // Engagement id -> the client's display name.
    Result<QHash<qint64, QString>> engagementLabels() const;
    Result<EngagementInfo> engagementInfo(qint64 engagementId) const;
    Result<QHash<qint64, EngagementInfo>> engagementInfos() const;

    // --- Conflicts (warnings never block) ------------------------------------
    // Other sessions and busy times around a proposed time, the mentor's
    // working hours, days off and buffer.
    Result<QList<ConflictWarning>> conflictsFor(const ConflictChecker::Proposal& proposal) const;
    // Every occurrence of a series not stored yet, each message prefixed with
    // the occurrence's date.
    Result<QList<ConflictWarning>> conflictsForSeries(const SessionSeries& series) const;
    // Every occurrence editSession(sessionId, scope, change) would move or
    // resize, against the other sessions at their times after the edit. For
    // a series edit beyond the one session, each message is prefixed with
    // the occurrence's date.
    Result<QList<ConflictWarning>> conflictsForEdit(qint64 sessionId, EditScope scope,
                                                    const SessionChange& change) const;

    // --- Availability --------------------------------------------------------
    // Availability::standardWeek() until the mentor saved their own.
    Result<Availability> availability() const;
    // InvalidInput for hours that end before they start or a buffer out of
    // range.
    Status saveAvailability(const Availability& availability);

    // --- Busy times from other calendars -------------------------------------
    Result<QList<BusyTime>> busyTimes(const QDateTime& fromUtc = {},
                                      const QDateTime& toUtc = {}) const;
    Result<QStringList> busyTimeSources() const;
    // Reads the whole file first; then replaces the busy times from the same
    // file (by name) in one unit. A malformed file changes nothing.
    Result<IcsImporter::Summary> importBusyTimes(const QString& path);
    Result<IcsImporter::Summary> importBusyTimes(const QByteArray& data, const QString& source);
    Status removeBusyTimeSource(const QString& source);

    // --- Calendar files (.ics) -----------------------------------------------
    // Every session and series, or one client's (clientId > 0).
    Result<QByteArray> exportCalendar(qint64 clientId = 0) const;
    // One session on its own (a series member goes out as a single event).
    Result<QByteArray> exportSession(qint64 sessionId) const;
    // The .ics kept up to date after every change ("" = none).
    QString autoExportPath() const;
    // Writes the file at once and remembers the choice in the workspace;
    // empty turns it off.
    Status setAutoExportPath(const QString& path);

    // --- Summaries and reports -----------------------------------------------
    // What a session summary shows (never the private notes).
    Result<SessionSummaryInput> summaryInput(qint64 sessionId) const;
    // What an engagement's progress report shows.
    Result<ProgressReportInput> progressReportInput(qint64 engagementId) const;

private:
    Status validate(const Session& session) const;
    // Held and no-show only once the session has begun (statusNeedsStart); a
    // cancellation not dated in the future.
    Status validateStatusTime(const Session& session) const;
    QDateTime ruleStart(const SessionSeries& series, const QDate& occurrenceDate) const;
    // The parts of a unit of work, each noting what it wrote.
    Result<Session> insertSession(const Session& session);
    Result<Session> writeSession(const Session& session);
    Result<Session> updateInUnit(const Session& session);
    Status applyPlan(const SeriesPlan& plan);
    // In order: the old engagement gives a moved session's credit back
    // before the new one assigns one.
    Status reassignCredits(const QList<qint64>& engagementIds);
    Result<QByteArray> renderCalendar(qint64 clientId) const;

    Database& m_database;
    const Clock& m_clock;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<SessionSeriesRepository> m_series;
    std::unique_ptr<BusyTimeRepository> m_busyTimes;
    std::unique_ptr<AvailabilityRepository> m_availability;
    std::unique_ptr<SessionReportRepository> m_reports;
    std::unique_ptr<IcsAutoExporter> m_autoExporter;
};

} // namespace md
