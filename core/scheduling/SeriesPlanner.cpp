#include "scheduling/SeriesPlanner.h"

#include "scheduling/Recurrence.h"
#include "scheduling/ZonedTime.h"

#include <QCoreApplication>
#include <QSet>

namespace md {

namespace {

using Occurrences = QList<Recurrence::Occurrence>;

qsizetype indexOfDate(const Occurrences& occurrences, const QDate& date) {
    for (qsizetype i = 0; i < occurrences.size(); ++i) {
        if (occurrences.at(i).date == date)
            return i;
    }
    return -1;
}

void applyTemplate(SessionSeries& series, const SessionChange& change) {
    if (change.durationMinutes)
        series.durationMinutes = *change.durationMinutes;
    if (change.format)
        series.format = *change.format;
    if (change.location)
        series.location = *change.location;
    if (change.agenda)
        series.agenda = *change.agenda;
}

struct Remapped {
    QList<Session> kept;
    QList<Session> inserted;
    QList<qint64> removed;
    QList<QDate> skipped;
};

// Maps rows of the old expansion (from index `offset` on) onto the expansion
// of `target`, occurrence by occurrence: the k-th session stays the k-th.
Result<Remapped> remap(const SessionSeries& target, const Occurrences& oldFull, qsizetype offset,
                       const QList<Session>& rows, const QList<QDate>& oldSkipped, qint64 anchorId,
                       const SessionChange& change) {
    Result<Occurrences> expanded = Recurrence::expand(target.rule, target.firstStart);
    if (!expanded)
        return expanded.error();
    const Occurrences& fresh = *expanded;

    Remapped out;
    for (const QDate& date : oldSkipped) {
        const qsizetype j = indexOfDate(oldFull, date) - offset;
        if (j >= 0 && j < fresh.size())
            out.skipped.append(fresh.at(j).date);
    }

    QSet<qsizetype> taken;
    for (Session row : rows) {
        const qsizetype index = indexOfDate(oldFull, row.occurrenceDate);
        const qsizetype j = index < 0 ? -1 : index - offset;
        const bool planned = row.status == SessionStatus::Planned;
        if (index < 0) {
            out.kept.append(row); // not from the rule (should not happen): leave it be
            continue;
        }
        if (j >= fresh.size()) {
            if (planned)
                out.removed.append(row.id);
            else
                out.kept.append(row); // history stays even past the new end
            continue;
        }
        taken.insert(j);
        const Recurrence::Occurrence& slot = fresh.at(j);
        row.occurrenceDate = slot.date;
        row.seriesId = target.id;
        if (row.id == anchorId && change.start)
            row.start = *change.start;
        else if (planned && !row.detached)
            row.start = slot.start;
        if (planned || row.id == anchorId)
            SeriesPlanner::applyFields(row, change);
        row.detached = row.start != slot.start;
        out.kept.append(row);
    }
    for (qsizetype j = 0; j < fresh.size(); ++j) {
        if (!taken.contains(j) && !out.skipped.contains(fresh.at(j).date))
            out.inserted.append(target.makeOccurrence(fresh.at(j).date, fresh.at(j).start));
    }
    return out;
}

const Session* findRow(const QList<Session>& members, qint64 id) {
    for (const Session& session : members) {
        if (session.id == id)
            return &session;
    }
    return nullptr;
}

} // namespace

void SeriesPlanner::applyFields(Session& session, const SessionChange& change) {
    if (change.durationMinutes)
        session.durationMinutes = *change.durationMinutes;
    if (change.format)
        session.format = *change.format;
    if (change.location)
        session.location = *change.location;
    if (change.agenda)
        session.agenda = *change.agenda;
    if (change.status)
        session.status = *change.status;
}

SessionChange SeriesPlanner::changeBetween(const Session& original, const Session& edited) {
    SessionChange change;
    if (edited.start != original.start)
        change.start = edited.start;
    if (edited.durationMinutes != original.durationMinutes)
        change.durationMinutes = edited.durationMinutes;
    if (edited.format != original.format)
        change.format = edited.format;
    if (edited.location != original.location)
        change.location = edited.location;
    if (edited.isCancelled() && !original.isCancelled())
        change.status = edited.status;
    return change;
}

Result<SeriesPlan> SeriesPlanner::edit(const SessionSeries& series, const QList<Session>& members,
                                       qint64 anchorId, EditScope scope,
                                       const SessionChange& change) {
    const Session* anchor = findRow(members, anchorId);
    if (!anchor || anchor->seriesId != series.id)
        return makeError(ErrorCode::NotFound, tr("The session is not part of this series."));
    if (change.durationMinutes && *change.durationMinutes <= 0)
        return makeError(ErrorCode::InvalidInput, tr("A session needs a duration."));
    if (change.durationMinutes && *change.durationMinutes > Session::kMaxDurationMinutes)
        return makeError(ErrorCode::InvalidInput,
                         tr("A session lasts between 1 minute and 24 hours."));
    if (change.start && !change.start->isValid())
        return makeError(ErrorCode::InvalidInput, tr("The new start time is not valid."));

    Result<Occurrences> oldExpanded = Recurrence::expand(series.rule, series.firstStart);
    if (!oldExpanded)
        return oldExpanded.error();
    const Occurrences& oldFull = *oldExpanded;
    const qsizetype anchorIndex = indexOfDate(oldFull, anchor->occurrenceDate);
    if (anchorIndex < 0)
        return makeError(ErrorCode::NotFound, tr("The session is not part of this series."));

    SeriesPlan plan;
    plan.series = series;

    if (scope == EditScope::ThisOccurrence) {
        Session row = *anchor;
        if (change.start)
            row.start = *change.start;
        applyFields(row, change);
        row.detached = row.start != oldFull.at(anchorIndex).start;
        plan.updated.append(row);
        return plan;
    }

    // "This and following" from the first occurrence is the whole series.
    if (scope == EditScope::ThisAndFollowing && anchorIndex == 0)
        scope = EditScope::WholeSeries;

    const bool split = scope == EditScope::ThisAndFollowing && change.changesPlan();
    if (!split && !change.start) {
        // Same dates and times: update the rows in scope, and the defaults.
        if (scope == EditScope::WholeSeries)
            applyTemplate(plan.series, change);
        for (const Session& member : members) {
            const qsizetype index = indexOfDate(oldFull, member.occurrenceDate);
            const bool inScope = scope == EditScope::WholeSeries || index >= anchorIndex;
            if (!inScope || (member.status != SessionStatus::Planned && member.id != anchorId))
                continue;
            Session row = member;
            applyFields(row, change);
            plan.updated.append(row);
        }
        return plan;
    }

    const Recurrence::Occurrence& anchorSlot = oldFull.at(anchorIndex);
    const QDateTime newAnchorStart = change.start.value_or(anchorSlot.start);
    const qint64 dayShift = anchorSlot.date.daysTo(newAnchorStart.date());

    if (scope == EditScope::WholeSeries) {
        SessionSeries moved = series;
        const QDate newFirstDate = series.firstStart.date().addDays(dayShift);
        moved.firstStart =
            ZonedTime::make(newFirstDate, newAnchorStart.time(), newAnchorStart.timeZone());
        moved.rule = Recurrence::rebased(series.rule, series.firstStart.date(), newFirstDate);
        if (moved.rule.until.isValid())
            moved.rule.until = moved.rule.until.addDays(dayShift);
        applyTemplate(moved, change);
        if (Status valid = Recurrence::validate(moved.rule, moved.firstStart); !valid)
            return valid.error();
        Result<Remapped> remapped =
            remap(moved, oldFull, 0, members, series.skippedDates, anchorId, change);
        if (!remapped)
            return remapped.error();
        moved.skippedDates = remapped->skipped;
        plan.series = moved;
        plan.updated = remapped->kept;
        plan.inserted = remapped->inserted;
        plan.removed = remapped->removed;
        return plan;
    }

    // Split: the old series ends just before the anchor...
    SessionSeries& head = plan.series;
    if (series.rule.count > 0)
        head.rule.count = int(anchorIndex);
    else
        head.rule.until = oldFull.at(anchorIndex - 1).date;
    head.skippedDates.clear();
    for (const QDate& date : series.skippedDates) {
        if (indexOfDate(oldFull, date) < anchorIndex)
            head.skippedDates.append(date);
    }
    // ...and a new one, with its own UID, continues from it.
    SessionSeries tail = series;
    tail.id = 0;
    tail.uid = newSessionUid();
    tail.firstStart = newAnchorStart;
    tail.rule = Recurrence::rebased(series.rule, anchorSlot.date, newAnchorStart.date());
    if (series.rule.count > 0)
        tail.rule.count = series.rule.count - int(anchorIndex);
    else
        tail.rule.until = series.rule.until.addDays(dayShift);
    tail.createdUtc = {};
    tail.updatedUtc = {};
    applyTemplate(tail, change);
    if (Status valid = Recurrence::validate(tail.rule, tail.firstStart); !valid)
        return valid.error();

    QList<Session> following;
    for (const Session& member : members) {
        if (indexOfDate(oldFull, member.occurrenceDate) >= anchorIndex)
            following.append(member);
    }
    Result<Remapped> remapped =
        remap(tail, oldFull, anchorIndex, following, series.skippedDates, anchorId, change);
    if (!remapped)
        return remapped.error();
    tail.skippedDates = remapped->skipped;
    plan.split = tail;
    plan.splitMembers = remapped->kept + remapped->inserted;
    plan.removed = remapped->removed;
    return plan;
}

Result<SeriesPlan> SeriesPlanner::skip(const SessionSeries& series, const QList<Session>& members,
                                       qint64 anchorId) {
    const Session* anchor = findRow(members, anchorId);
    if (!anchor || anchor->seriesId != series.id)
        return makeError(ErrorCode::NotFound, tr("The session is not part of this series."));
    if (anchor->status == SessionStatus::Held)
        return makeError(ErrorCode::Refused, tr("A session that was held cannot be skipped."));
    SeriesPlan plan;
    plan.series = series;
    if (!plan.series.skippedDates.contains(anchor->occurrenceDate))
        plan.series.skippedDates.append(anchor->occurrenceDate);
    plan.removed.append(anchorId);
    return plan;
}

} // namespace md
