// CalendarSyncService: events changed or deleted on the server, and the
// mentor's choice between the server's version and MentorDesk's.
#include "caldav/CalendarSyncService.h"

#include "caldav/CalendarPublisher.h"
#include "scheduling/SchedulingService.h"
#include "storage/CalendarSyncRepository.h"
#include "storage/Database.h"

#include <algorithm>

namespace md {

namespace {

// "series:12" -> {"series", 12}; id 0 when the key is not one of ours.
std::pair<QString, qint64> splitKey(const QString& objectKey) {
    const qsizetype colon = objectKey.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {QString(), 0};
    bool ok = false;
    const qint64 id = objectKey.mid(colon + 1).toLongLong(&ok);
    return {objectKey.left(colon), ok ? id : 0};
}

qint64 seriesIdOf(const QString& objectKey) {
    const auto [kind, id] = splitKey(objectKey);
    return kind == QLatin1String("series") ? id : 0;
}

bool sameDifferences(const QList<CalendarDifference>& a, const QList<CalendarDifference>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a.at(i) == b.at(i)) || a.at(i).serverEtag != b.at(i).serverEtag)
            return false;
    }
    return true;
}

} // namespace

Error CalendarSyncService::noDifference(qint64 id) const {
    return makeError(
        ErrorCode::NotFound,
        tr("There is no calendar difference %1 (it may have been resolved already).").arg(id));
}

Result<CalendarDifferenceFinder::Object>
CalendarSyncService::describeObject(const QString& objectKey) const {
    CalendarDifferenceFinder::Object object;
    object.objectKey = objectKey;
    const auto [kind, id] = splitKey(objectKey);
    if (kind == QLatin1String("session")) {
        object.sessionId = id;
        return object;
    }
    auto series = m_scheduling.series(id);
    if (!series) {
        // Deleted in MentorDesk meanwhile: no session to name.
        if (series.code() == ErrorCode::NotFound)
            return object;
        return series.error();
    }
    object.seriesZone = series->firstStart.timeZone();
    auto members = m_scheduling.seriesMembers(id);
    if (!members)
        return members.error();
    for (const Session& member : std::as_const(*members))
        object.membersByDate.insert(member.occurrenceDate, member.id);
    return object;
}

Result<QByteArray> CalendarSyncService::baselineOf(const PublishedObject& object,
                                                   const CalendarAccount& account) const {
    if (!object.ics.isEmpty())
        return object.ics;
    // Not known what was written last (published before MentorDesk kept it,
    // or the server's copy taken over): what MentorDesk would write now.
    auto rendered = m_publisher->render(object.objectKey, account.summaryUsesPreferredName);
    if (!rendered)
        return rendered.error();
    return rendered->has_value() ? (*rendered)->ics : QByteArray();
}

Status CalendarSyncService::compareWithServer(const CalendarAccount& account,
                                              const PublishedObject& object,
                                              const CalendarObject* server) {
    auto described = describeObject(object.objectKey);
    if (!described)
        return described.error();
    if (!server)
        return recordDifferences(object, {CalendarDifferenceFinder::deleted(*described)}, {});
    auto baseline = baselineOf(object, account);
    if (!baseline)
        return baseline.error();
    QList<CalendarDifference> found;
    if (baseline->isEmpty()) {
        CalendarDifference edited;
        edited.objectKey = object.objectKey;
        edited.serverEtag = server->etag;
        found.append(edited);
    } else {
        auto compared =
            CalendarDifferenceFinder::compare(*described, *baseline, server->data, server->etag);
        if (!compared)
            return compared.error();
        found = *compared;
    }
    return recordDifferences(object, found, server->etag);
}

Status CalendarSyncService::recordDifferences(const PublishedObject& object,
                                              const QList<CalendarDifference>& differences,
                                              const QByteArray& serverEtag) {
    return m_database.transaction([&]() -> Status {
        auto existing = m_repository->differencesOf(object.objectKey);
        if (!existing)
            return existing.error();
        // Seen before just so: the rows and when they were found stay.
        if (sameDifferences(*existing, differences))
            return {};
        for (const CalendarDifference& old : std::as_const(*existing)) {
            if (Status removed = m_repository->removeDifference(old.id); !removed)
                return removed;
            m_database.noteChange(RecordKind::CalendarDifference, ChangeOp::Removed, old.id);
        }
        // The same sessions, only written anew on the server: its copy is ours.
        if (differences.isEmpty())
            return m_repository->adoptServerEtag(object.objectKey, serverEtag);
        for (CalendarDifference difference : differences) {
            difference.foundUtc = m_clock.nowUtc();
            auto added = m_repository->addDifference(difference);
            if (!added)
                return added.error();
            m_database.noteChange(RecordKind::CalendarDifference, ChangeOp::Added, *added);
        }
        return {};
    });
}

Result<QList<CalendarDifference>> CalendarSyncService::differences() const {
    auto stored = m_repository->differences();
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return stored;
    auto labels = m_scheduling.engagementLabels();
    if (!labels)
        return labels.error();
    for (CalendarDifference& difference : *stored) {
        difference.seriesId = seriesIdOf(difference.objectKey);
        qint64 engagementId = 0;
        if (difference.sessionId != 0) {
            auto session = m_scheduling.session(difference.sessionId);
            if (!session && session.code() != ErrorCode::NotFound)
                return session.error();
            if (session) {
                engagementId = session->engagementId;
                difference.mentorDeskStartUtc = session->startUtc();
                difference.mentorDeskEndUtc = session->endUtc();
            }
        } else if (difference.seriesId != 0) {
            auto series = m_scheduling.series(difference.seriesId);
            if (!series && series.code() != ErrorCode::NotFound)
                return series.error();
            if (series) {
                engagementId = series->engagementId;
                difference.mentorDeskStartUtc = series->firstStart.toUTC();
                difference.mentorDeskEndUtc =
                    difference.mentorDeskStartUtc.addSecs(qint64(series->durationMinutes) * 60);
            }
        }
        difference.clientName = labels->value(engagementId);
    }
    // In the order of the sessions, as the mentor's calendar shows them.
    std::stable_sort(stored->begin(), stored->end(),
                     [](const CalendarDifference& a, const CalendarDifference& b) {
                         if (a.mentorDeskStartUtc.isValid() != b.mentorDeskStartUtc.isValid())
                             return a.mentorDeskStartUtc.isValid();
                         return a.mentorDeskStartUtc < b.mentorDeskStartUtc;
                     });
    return stored;
}

Status CalendarSyncService::cancelByMentor(qint64 sessionId) {
    auto session = m_scheduling.session(sessionId);
    if (!session)
        return session.error();
    if (session->isCancelled())
        return {};
    SessionChange change;
    change.status = SessionStatus::CancelledByMentor;
    return m_scheduling.editSession(sessionId, EditScope::ThisOccurrence, change);
}

Result<bool> CalendarSyncService::objectExists(const QString& objectKey) const {
    const auto [kind, id] = splitKey(objectKey);
    const auto check = [](const auto& read) -> Result<bool> {
        if (read)
            return true;
        if (read.code() == ErrorCode::NotFound)
            return false;
        return read.error();
    };
    if (kind == QLatin1String("series"))
        return check(m_scheduling.series(id));
    return check(m_scheduling.session(id));
}

Status CalendarSyncService::resolve(const CalendarDifference& difference) {
    if (Status removed = m_repository->removeDifference(difference.id); !removed)
        return removed;
    m_database.noteChange(RecordKind::CalendarDifference, ChangeOp::Removed, difference.id);
    auto rest = m_repository->differencesOf(difference.objectKey);
    if (!rest)
        return rest.error();
    if (!rest->isEmpty())
        return {};
    // The server's copy is the one MentorDesk knows now: the next write to
    // it goes with If-Match on its ETag (a deleted one is made anew).
    if (difference.kind == CalendarDifference::Kind::Deleted)
        return m_repository->removePublished(difference.objectKey);
    return m_repository->adoptServerEtag(difference.objectKey, difference.serverEtag);
}

Result<QList<ConflictWarning>> CalendarSyncService::acceptServerVersion(qint64 differenceId) {
    auto stored = m_repository->difference(differenceId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return noDifference(differenceId);
    const CalendarDifference difference = **stored;
    auto exists = objectExists(difference.objectKey);
    if (!exists)
        return exists.error();
    QList<ConflictWarning> warnings;
    Status applied = m_database.transaction([&]() -> Status {
        if (!*exists) {
            // Deleted in MentorDesk, kept on the server: the server's event
            // stays as it is there, and MentorDesk lets it go.
            auto rows = m_repository->differencesOf(difference.objectKey);
            if (!rows)
                return rows.error();
            for (const CalendarDifference& row : std::as_const(*rows))
                m_database.noteChange(RecordKind::CalendarDifference, ChangeOp::Removed, row.id);
            return m_repository->forgetObject(difference.objectKey);
        }
        switch (difference.kind) {
        case CalendarDifference::Kind::Moved: {
            auto session = m_scheduling.session(difference.sessionId);
            if (!session)
                return session.error();
            SessionChange change;
            change.start = difference.serverStartUtc.toTimeZone(session->start.timeZone());
            change.durationMinutes =
                int(difference.serverStartUtc.secsTo(difference.serverEndUtc) / 60);
            auto conflicts = m_scheduling.conflictsForEdit(difference.sessionId,
                                                           EditScope::ThisOccurrence, change);
            if (!conflicts)
                return conflicts.error();
            warnings = *conflicts;
            if (Status edited = m_scheduling.editSession(difference.sessionId,
                                                         EditScope::ThisOccurrence, change);
                !edited)
                return edited;
            break;
        }
        case CalendarDifference::Kind::Cancelled:
            if (Status cancelled = cancelByMentor(difference.sessionId); !cancelled)
                return cancelled;
            break;
        case CalendarDifference::Kind::Deleted:
            if (difference.sessionId != 0) {
                if (Status cancelled = cancelByMentor(difference.sessionId); !cancelled)
                    return cancelled;
            } else if (const qint64 seriesId = seriesIdOf(difference.objectKey); seriesId != 0) {
                auto members = m_scheduling.seriesMembers(seriesId);
                if (!members)
                    return members.error();
                for (const Session& member : std::as_const(*members)) {
                    if (member.status != SessionStatus::Planned ||
                        member.startUtc() <= m_clock.nowUtc())
                        continue;
                    if (Status cancelled = cancelByMentor(member.id); !cancelled)
                        return cancelled;
                }
            }
            break;
        case CalendarDifference::Kind::Edited:
            break; // MentorDesk does not carry what was edited (a title)
        }
        return resolve(difference);
    });
    if (!applied)
        return applied.error();
    return warnings;
}

Result<bool> CalendarSyncService::keepMentorDeskVersion(qint64 differenceId) {
    auto stored = m_repository->difference(differenceId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return noDifference(differenceId);
    const CalendarDifference difference = **stored;
    Status kept = m_database.transaction([&]() -> Status {
        if (Status resolved = resolve(difference); !resolved)
            return resolved;
        return m_repository->enqueue(difference.objectKey);
    });
    if (!kept)
        return kept.error();
    auto rest = m_repository->differencesOf(difference.objectKey);
    if (!rest)
        return rest.error();
    if (!rest->isEmpty())
        return false;

    // Sent at once, so the mentor sees the server follow.
    auto account = m_repository->account();
    if (!account)
        return account.error();
    if (!account->has_value())
        return noAccount();
    auto client = clientFor(**account);
    if (!client)
        return client.error();
    auto entries = m_repository->outbox();
    if (!entries)
        return entries.error();
    for (const OutboxEntry& entry : std::as_const(*entries)) {
        if (entry.objectKey != difference.objectKey)
            continue;
        SendContext context{**client, **account, {}};
        Error error = makeError(ErrorCode::Database, {});
        switch (send(context, entry, &error)) {
        case Sent::Published:
        case Sent::Removed:
        case Sent::Unchanged:
            return true;
        case Sent::Held:
        case Sent::Conflict:
        case Sent::Problem:
            return false;
        case Sent::Failed:
            if (error.code == ErrorCode::Io || error.code == ErrorCode::WrongKey ||
                error.code == ErrorCode::Crypto) {
                // The server is away: the next sync sends it.
                stopWith(error);
                return false;
            }
            return error;
        }
    }
    return false;
}

} // namespace md
