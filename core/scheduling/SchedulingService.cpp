#include "scheduling/SchedulingService.h"

#include "billing/PackageCredits.h"
#include "common/ChangeNotifier.h"
#include "ics/IcsAutoExporter.h"
#include "scheduling/Recurrence.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BusyTimeRepository.h"
#include "storage/Database.h"
#include "storage/SessionReportRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionSeriesRepository.h"

#include <QLocale>

#include <optional>

namespace md {

SchedulingService::SchedulingService(Database& database, const Clock& clock,
                                     ChangeNotifier& changes)
    : m_database(database)
    , m_clock(clock)
    , m_sessions(std::make_unique<SessionRepository>(database, clock))
    , m_series(std::make_unique<SessionSeriesRepository>(database, clock))
    , m_busyTimes(std::make_unique<BusyTimeRepository>(database, clock))
    , m_availability(std::make_unique<AvailabilityRepository>(database))
    , m_reports(std::make_unique<SessionReportRepository>(database, clock))
    , m_autoExporter(std::make_unique<IcsAutoExporter>([this] { return renderCalendar(0); })) {
    // The export the mentor chose earlier is taken up without writing (opening
    // a workspace writes nothing); the file follows every committed change,
    // made here or, seen as external, by another process.
    if (const Result<QString> path = m_availability->autoExportPath(); path && !path->isEmpty())
        m_autoExporter->resume(*path);
    QObject::connect(&changes, &ChangeNotifier::changed, m_autoExporter.get(),
                     &IcsAutoExporter::follow);
}

SchedulingService::~SchedulingService() = default;

// --- Sessions ---------------------------------------------------------------

Status SchedulingService::validate(const Session& session) const {
    if (session.engagementId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("A session belongs to an engagement."));
    if (!session.start.isValid())
        return makeError(ErrorCode::InvalidInput, tr("A session needs a start date and time."));
    if (session.durationMinutes <= 0 || session.durationMinutes > Session::kMaxDurationMinutes)
        return makeError(ErrorCode::InvalidInput,
                         tr("A session lasts between 1 minute and 24 hours."));
    return validateStatusTime(session);
}

Status SchedulingService::validateStatusTime(const Session& session) const {
    // A future session marked held would be billed and use a package credit
    // before it took place.
    if (statusNeedsStart(session.status) && session.startUtc() > m_clock.nowUtc())
        return makeError(ErrorCode::InvalidInput,
                         tr("The session on %1 has not begun yet: it can be marked \"%2\" once "
                            "it has started. Until then it stays planned.")
                             .arg(QLocale().toString(session.start.date(), QLocale::ShortFormat),
                                  sessionStatusLabel(session.status)));
    // The time of a cancellation decides whether it was late (and billed).
    if (session.isCancelled() && session.cancelledUtc.isValid() &&
        session.cancelledUtc > m_clock.nowUtc())
        return makeError(ErrorCode::InvalidInput,
                         tr("A session cannot have been cancelled in the future: give the time "
                            "the cancellation came, or leave it to be now."));
    return {};
}

Result<Session> SchedulingService::session(qint64 id) const {
    return m_sessions->get(id);
}

Result<QList<Session>> SchedulingService::sessions(const SessionFilter& filter) const {
    return m_sessions->list(filter);
}

Status
SchedulingService::forEachSession(const SessionFilter& filter,
                                  const std::function<bool(const ClientSession&)>& visit) const {
    return m_sessions->forEach(filter, visit);
}

Result<Session> SchedulingService::insertSession(const Session& session) {
    Result<Session> stored = m_sessions->add(session);
    if (stored)
        m_database.noteChange(RecordKind::Session, ChangeOp::Added, stored->id);
    return stored;
}

Result<Session> SchedulingService::writeSession(const Session& session) {
    Result<Session> stored = m_sessions->update(session);
    if (stored)
        m_database.noteChange(RecordKind::Session, ChangeOp::Updated, stored->id);
    return stored;
}

Status SchedulingService::reassignCredits(const QList<qint64>& engagementIds) {
    PackageCredits credits(m_database, m_clock);
    QSet<qint64> done;
    for (qint64 id : engagementIds) {
        if (id <= 0 || done.contains(id))
            continue;
        done.insert(id);
        if (Status assigned = credits.reassign(id); !assigned)
            return assigned;
    }
    return {};
}

Result<Session> SchedulingService::addSession(const Session& input) {
    Session session = input;
    session.seriesId = 0;
    session.occurrenceDate = {};
    session.detached = false;
    if (Status valid = validate(session); !valid)
        return valid.error();
    std::optional<Session> added;
    const Status status = m_database.transaction([&]() -> Status {
        Result<Session> stored = insertSession(session);
        if (!stored)
            return stored.error();
        added = *stored;
        // A session entered as held (after the fact) may use a credit.
        return reassignCredits({added->engagementId});
    });
    if (!status)
        return status.error();
    return *added;
}

QDateTime SchedulingService::ruleStart(const SessionSeries& series, const QDate& date) const {
    const auto occurrences = Recurrence::expand(series.rule, series.firstStart);
    if (occurrences) {
        for (const Recurrence::Occurrence& occurrence : *occurrences) {
            if (occurrence.date == date)
                return occurrence.start;
        }
    }
    return {};
}

// Within a unit of work: saves one session, keeping what only the series
// operations manage, and re-assigns the credits of its old and new engagement.
Result<Session> SchedulingService::updateInUnit(const Session& input) {
    Result<Session> existing = m_sessions->get(input.id);
    if (!existing)
        return existing;
    Session session = input;
    session.uid = existing->uid;
    session.seriesId = existing->seriesId;
    session.occurrenceDate = existing->occurrenceDate;
    session.createdUtc = existing->createdUtc;
    if (session.seriesId != 0) {
        Result<SessionSeries> series = m_series->get(session.seriesId);
        if (!series)
            return series.error();
        session.detached = session.start != ruleStart(*series, session.occurrenceDate);
    }
    Result<Session> stored = writeSession(session);
    if (!stored)
        return stored;
    if (Status assigned = reassignCredits({existing->engagementId, session.engagementId});
        !assigned)
        return assigned.error();
    return stored;
}

Result<Session> SchedulingService::updateSession(const Session& input) {
    if (input.id <= 0)
        return makeError(ErrorCode::InvalidInput, tr("This session has not been saved yet."));
    if (Status valid = validate(input); !valid)
        return valid.error();
    std::optional<Session> saved;
    const Status status = m_database.transaction([&]() -> Status {
        Result<Session> stored = updateInUnit(input);
        if (!stored)
            return stored.error();
        saved = *stored;
        return {};
    });
    if (!status)
        return status.error();
    return *saved;
}

Status SchedulingService::applyPlan(const SeriesPlan& plan) {
    for (const QList<Session>* rows : {&plan.updated, &plan.inserted, &plan.splitMembers}) {
        for (const Session& row : *rows) {
            if (Status valid = validateStatusTime(row); !valid)
                return valid;
        }
    }
    return m_database.transaction([&]() -> Status {
        if (Result<SessionSeries> series = m_series->update(plan.series); !series)
            return series.error();
        m_database.noteChange(RecordKind::SessionSeries, ChangeOp::Updated, plan.series.id);
        if (plan.split) {
            Result<SessionSeries> split = m_series->insert(*plan.split);
            if (!split)
                return split.error();
            m_database.noteChange(RecordKind::SessionSeries, ChangeOp::Added, split->id);
            for (Session member : plan.splitMembers) {
                member.seriesId = split->id;
                if (member.id != 0) {
                    if (Result<Session> written = writeSession(member); !written)
                        return written.error();
                } else if (Result<Session> written = insertSession(member); !written) {
                    return written.error();
                }
            }
        }
        for (const Session& row : plan.updated) {
            if (Result<Session> written = writeSession(row); !written)
                return written.error();
        }
        for (const Session& row : plan.inserted) {
            if (Result<Session> written = insertSession(row); !written)
                return written.error();
        }
        for (qint64 id : plan.removed) {
            if (Status removed = m_sessions->remove(id); !removed)
                return removed;
            m_database.noteChange(RecordKind::Session, ChangeOp::Removed, id);
        }
        // Held, cancelled or removed occurrences change what a package covers.
        return reassignCredits({plan.series.engagementId});
    });
}

Status SchedulingService::editSession(qint64 sessionId, EditScope scope,
                                      const SessionChange& change) {
    // The rows the plan is computed from are read inside the unit, so another
    // process cannot change them in between.
    return m_database.transaction([&]() -> Status {
        Result<Session> session = m_sessions->get(sessionId);
        if (!session)
            return session.error();
        if (change.isEmpty())
            return {};
        if (session->seriesId == 0) {
            Session single = *session;
            if (change.start)
                single.start = *change.start;
            SeriesPlanner::applyFields(single, change);
            if (Status valid = validate(single); !valid)
                return valid;
            Result<Session> saved = updateInUnit(single);
            return saved ? Status() : Status(saved.error());
        }
        Result<SessionSeries> series = m_series->get(session->seriesId);
        if (!series)
            return series.error();
        Result<QList<Session>> members = m_sessions->seriesMembers(series->id);
        if (!members)
            return members.error();
        Result<SeriesPlan> plan = SeriesPlanner::edit(*series, *members, sessionId, scope, change);
        if (!plan)
            return plan.error();
        return applyPlan(*plan);
    });
}

Status SchedulingService::saveEdited(const Session& edited, EditScope scope) {
    if (edited.id <= 0)
        return makeError(ErrorCode::InvalidInput, tr("This session has not been saved yet."));
    if (Status valid = validate(edited); !valid)
        return valid;
    return m_database.transaction([&]() -> Status {
        Result<Session> original = m_sessions->get(edited.id);
        if (!original)
            return original.error();
        const SessionChange change = SeriesPlanner::changeBetween(*original, edited);
        if (!original->isSeriesMember() || scope == EditScope::ThisOccurrence || change.isEmpty()) {
            Result<Session> saved = updateInUnit(edited);
            return saved ? Status() : Status(saved.error());
        }
        // Notes and summary belong to this session; the plan goes series-wide.
        Session own = edited;
        own.start = original->start;
        own.durationMinutes = original->durationMinutes;
        own.format = original->format;
        own.location = original->location;
        own.status = original->status;
        own.engagementId = original->engagementId;
        if (Result<Session> saved = updateInUnit(own); !saved)
            return saved.error();
        return editSession(edited.id, scope, change);
    });
}

Status SchedulingService::removeSession(qint64 sessionId) {
    return m_database.transaction([&]() -> Status {
        Result<Session> session = m_sessions->get(sessionId);
        if (!session)
            return session.error();
        if (session->seriesId == 0) {
            if (Status removed = m_sessions->remove(sessionId); !removed)
                return removed;
            m_database.noteChange(RecordKind::Session, ChangeOp::Removed, sessionId);
            return reassignCredits({session->engagementId});
        }
        Result<SessionSeries> series = m_series->get(session->seriesId);
        if (!series)
            return series.error();
        Result<QList<Session>> members = m_sessions->seriesMembers(series->id);
        if (!members)
            return members.error();
        Result<SeriesPlan> plan = SeriesPlanner::skip(*series, *members, sessionId);
        if (!plan)
            return plan.error();
        return applyPlan(*plan);
    });
}

// --- Series -----------------------------------------------------------------

Result<SessionSeries> SchedulingService::series(qint64 id) const {
    return m_series->get(id);
}

Result<QList<SessionSeries>> SchedulingService::seriesList(qint64 engagementId,
                                                           qint64 clientId) const {
    return m_series->list(engagementId, clientId);
}

Result<QList<Session>> SchedulingService::seriesMembers(qint64 seriesId) const {
    return m_sessions->seriesMembers(seriesId);
}

Result<SessionSeries> SchedulingService::addSeries(const SessionSeries& input,
                                                   QList<Session>* created) {
    if (input.engagementId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("A series belongs to an engagement."));
    if (input.durationMinutes <= 0 || input.durationMinutes > Session::kMaxDurationMinutes)
        return makeError(ErrorCode::InvalidInput,
                         tr("A session lasts between 1 minute and 24 hours."));
    const auto occurrences = Recurrence::expand(input.rule, input.firstStart, input.skippedDates);
    if (!occurrences)
        return occurrences.error();
    if (occurrences->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("This series has no sessions."));

    SessionSeries stored;
    QList<Session> rows;
    const Status status = m_database.transaction([&]() -> Status {
        Result<SessionSeries> series = m_series->insert(input);
        if (!series)
            return series.error();
        stored = *series;
        m_database.noteChange(RecordKind::SessionSeries, ChangeOp::Added, stored.id);
        for (const Recurrence::Occurrence& occurrence : *occurrences) {
            Result<Session> row =
                insertSession(stored.makeOccurrence(occurrence.date, occurrence.start));
            if (!row)
                return row.error();
            rows.append(*row);
        }
        return reassignCredits({stored.engagementId});
    });
    if (!status)
        return status.error();
    if (created)
        *created = rows;
    return stored;
}

Status SchedulingService::removeSeries(qint64 seriesId) {
    return m_database.transaction([&]() -> Status {
        Result<SessionSeries> series = m_series->get(seriesId);
        if (!series)
            return series.error();
        Result<QList<Session>> members = m_sessions->seriesMembers(seriesId);
        if (!members)
            return members.error();
        // The occurrences go with the series (ON DELETE CASCADE).
        if (Status removed = m_series->remove(seriesId); !removed)
            return removed;
        m_database.noteChange(RecordKind::SessionSeries, ChangeOp::Removed, seriesId);
        for (const Session& member : std::as_const(*members))
            m_database.noteChange(RecordKind::Session, ChangeOp::Removed, member.id);
        return reassignCredits({series->engagementId});
    });
}

// --- Engagements ------------------------------------------------------------

Result<SessionTally> SchedulingService::tally(qint64 engagementId) const {
    Result<EngagementInfo> info = m_sessions->engagementInfo(engagementId);
    if (!info)
        return info.error();
    SessionFilter filter;
    filter.engagementId = engagementId;
    Result<QList<Session>> sessions = m_sessions->list(filter);
    if (!sessions)
        return sessions.error();
    return SessionTally::count(*sessions, info->plannedSessions, m_clock.nowUtc());
}

Result<QHash<qint64, QString>> SchedulingService::engagementLabels() const {
    return m_sessions->engagementLabels();
}

Result<EngagementInfo> SchedulingService::engagementInfo(qint64 engagementId) const {
    return m_sessions->engagementInfo(engagementId);
}

Result<QHash<qint64, EngagementInfo>> SchedulingService::engagementInfos() const {
    return m_sessions->engagementInfos();
}

} // namespace md
