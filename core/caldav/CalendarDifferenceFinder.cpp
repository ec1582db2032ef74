#include "caldav/CalendarDifferenceFinder.h"

#include "caldav/CalendarObjectReader.h"

namespace md {

namespace {

CalendarDifference make(const QString& objectKey, qint64 sessionId, CalendarDifference::Kind kind,
                        const QByteArray& etag) {
    CalendarDifference difference;
    difference.objectKey = objectKey;
    difference.sessionId = sessionId;
    difference.kind = kind;
    difference.serverEtag = etag;
    return difference;
}

// What became of `mine` on the server (`theirs`, null when it is not there).
std::optional<CalendarDifference> between(const QString& objectKey, qint64 sessionId,
                                          const ObjectOccurrence& mine,
                                          const ObjectOccurrence* theirs, const QByteArray& etag) {
    if (mine.cancelled)
        return std::nullopt; // nothing MentorDesk shows that the server could change
    if (!theirs || theirs->cancelled)
        return make(objectKey, sessionId, CalendarDifference::Kind::Cancelled, etag);
    if (theirs->startUtc == mine.startUtc && theirs->endUtc == mine.endUtc)
        return std::nullopt;
    CalendarDifference moved = make(objectKey, sessionId, CalendarDifference::Kind::Moved, etag);
    moved.serverStartUtc = theirs->startUtc;
    moved.serverEndUtc = theirs->endUtc;
    return moved;
}

} // namespace

CalendarDifference CalendarDifferenceFinder::deleted(const Object& object) {
    return make(object.objectKey, object.sessionId, CalendarDifference::Kind::Deleted, {});
}

Result<QList<CalendarDifference>> CalendarDifferenceFinder::compare(const Object& object,
                                                                    const QByteArray& published,
                                                                    const QByteArray& server,
                                                                    const QByteArray& serverEtag) {
    QList<CalendarDifference> out;
    if (CalendarObjectReader::withoutStamps(published) ==
        CalendarObjectReader::withoutStamps(server))
        return out;
    auto mine = CalendarObjectReader::read(published);
    if (!mine)
        return mine.error();
    // The server's rule is expanded as far as MentorDesk's goes: occurrences
    // it added beyond have no session to go to.
    QDateTime until;
    if (!mine->occurrences.isEmpty())
        until = mine->occurrences.last().originalUtc.addDays(1);
    auto theirs = CalendarObjectReader::read(server, until);
    if (!theirs)
        return theirs.error();

    if (!mine->recurring && !theirs->recurring) {
        if (!mine->occurrences.isEmpty()) {
            const ObjectOccurrence* other =
                theirs->occurrences.isEmpty() ? nullptr : &theirs->occurrences.first();
            if (auto found = between(object.objectKey, object.sessionId, mine->occurrences.first(),
                                     other, serverEtag))
                out.append(*found);
        }
    } else {
        // Occurrences are matched by the date the rule gives them in the
        // series' zone, so a series moved to another hour on the phone
        // still finds its sessions.
        const auto dateOf = [&](const QDateTime& utc) {
            return utc.toTimeZone(object.seriesZone).date();
        };
        QHash<QDate, ObjectOccurrence> serverByDate;
        for (const ObjectOccurrence& occurrence : std::as_const(theirs->occurrences))
            serverByDate.insert(dateOf(occurrence.originalUtc), occurrence);
        for (const ObjectOccurrence& occurrence : std::as_const(mine->occurrences)) {
            const QDate date = dateOf(occurrence.originalUtc);
            const qint64 sessionId = object.membersByDate.value(date);
            if (sessionId == 0)
                continue;
            const auto other = serverByDate.constFind(date);
            if (auto found = between(object.objectKey, sessionId, occurrence,
                                     other == serverByDate.cend() ? nullptr : &*other, serverEtag))
                out.append(*found);
        }
    }
    if (out.isEmpty())
        out.append(make(object.objectKey, 0, CalendarDifference::Kind::Edited, serverEtag));
    return out;
}

} // namespace md
