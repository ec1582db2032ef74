#include "scheduling/SchedulingService.h"

#include "scheduling/Recurrence.h"
#include "scheduling/TimeFormat.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BusyTimeRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionSeriesRepository.h"

#include <algorithm>

// The conflict checks of SchedulingService: reads that gather what
// ConflictChecker needs around a proposed time.

namespace md {

Result<QList<ConflictWarning>>
SchedulingService::conflictsFor(const ConflictChecker::Proposal& proposal) const {
    Result<Availability> availability = m_availability->load();
    if (!availability)
        return availability.error();
    // Everything that can touch the proposal, its buffer included.
    const qint64 margin = qint64(availability->bufferMinutes) * 60 + 60;
    const QDateTime from = proposal.startUtc.addSecs(-margin);
    const QDateTime to = proposal.endUtc().addSecs(margin);
    SessionFilter filter;
    filter.fromUtc = from;
    filter.toUtc = to;
    filter.includeCancelled = false;
    // The sessions around the proposal come with their clients' names: no
    // table of every engagement per check (a series checks each occurrence).
    QList<Session> sessions;
    QHash<qint64, QString> labels;
    const Status read = m_sessions->forEach(filter, [&](const ClientSession& row) {
        sessions.append(row.session);
        labels.insert(row.session.engagementId, row.clientName);
        return true;
    });
    if (!read)
        return read.error();
    Result<QList<BusyTime>> busy = m_busyTimes->list(from, to);
    if (!busy)
        return busy.error();
    return ConflictChecker::check(proposal, sessions, *busy, *availability, labels);
}

Result<QList<ConflictWarning>>
SchedulingService::conflictsForSeries(const SessionSeries& series) const {
    const auto occurrences =
        Recurrence::expand(series.rule, series.firstStart, series.skippedDates);
    if (!occurrences)
        return occurrences.error();
    QList<ConflictWarning> out;
    for (const Recurrence::Occurrence& occurrence : *occurrences) {
        Result<QList<ConflictWarning>> warnings =
            conflictsFor({0, occurrence.start.toUTC(), series.durationMinutes});
        if (!warnings)
            return warnings.error();
        for (ConflictWarning warning : *warnings) {
            warning.message =
                tr("%1: %2").arg(TimeFormat::shortDate(occurrence.date), warning.message);
            out.append(warning);
        }
    }
    return out;
}

Result<QList<ConflictWarning>>
SchedulingService::conflictsForEdit(qint64 sessionId, EditScope scope,
                                    const SessionChange& change) const {
    Result<Session> session = m_sessions->get(sessionId);
    if (!session)
        return session.error();
    if (!session->isSeriesMember() || scope == EditScope::ThisOccurrence) {
        const QDateTime start = change.start ? *change.start : session->start;
        return conflictsFor(
            {sessionId, start.toUTC(), change.durationMinutes.value_or(session->durationMinutes)});
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

    // The rows that end up at another time (or are new), and the stored rows
    // that leave their old place.
    QHash<qint64, Session> before;
    for (const Session& member : *members)
        before.insert(member.id, member);
    QList<Session> moving;
    QSet<qint64> leaving(plan->removed.cbegin(), plan->removed.cend());
    for (const QList<Session>* rows : {&plan->updated, &plan->inserted, &plan->splitMembers}) {
        for (const Session& row : *rows) {
            const auto old = before.constFind(row.id);
            const bool moved = old == before.cend() || old->startUtc() != row.startUtc() ||
                               old->durationMinutes != row.durationMinutes;
            if (!moved || row.isCancelled())
                continue;
            moving.append(row);
            if (row.id != 0)
                leaving.insert(row.id);
        }
    }
    if (moving.isEmpty())
        return QList<ConflictWarning>();

    Result<Availability> availability = m_availability->load();
    if (!availability)
        return availability.error();
    const qint64 margin = qint64(availability->bufferMinutes) * 60 + 60;
    QDateTime from = moving.first().startUtc();
    QDateTime to = moving.first().endUtc();
    for (const Session& row : std::as_const(moving)) {
        from = std::min(from, row.startUtc());
        to = std::max(to, row.endUtc());
    }
    SessionFilter filter;
    filter.fromUtc = from.addSecs(-margin);
    filter.toUtc = to.addSecs(margin);
    filter.includeCancelled = false;
    Result<QList<Session>> stored = m_sessions->list(filter);
    if (!stored)
        return stored.error();
    Result<QList<BusyTime>> busy = m_busyTimes->list(filter.fromUtc, filter.toUtc);
    if (!busy)
        return busy.error();
    Result<QHash<qint64, QString>> labels = m_sessions->engagementLabels();
    if (!labels)
        return labels.error();
    QList<Session> staying;
    for (const Session& other : std::as_const(*stored)) {
        if (!leaving.contains(other.id))
            staying.append(other);
    }

    QList<ConflictWarning> out;
    for (qsizetype i = 0; i < moving.size(); ++i) {
        const Session& row = moving.at(i);
        // The other moved rows count at their new times.
        QList<Session> others = staying;
        for (qsizetype j = 0; j < moving.size(); ++j) {
            if (j != i)
                others.append(moving.at(j));
        }
        const QList<ConflictWarning> found = ConflictChecker::check(
            {row.id, row.startUtc(), row.durationMinutes}, others, *busy, *availability, *labels);
        for (ConflictWarning warning : found) {
            warning.message =
                tr("%1: %2").arg(TimeFormat::shortDate(row.start.date()), warning.message);
            out.append(warning);
        }
    }
    return out;
}

} // namespace md
