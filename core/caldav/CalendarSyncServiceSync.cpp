// CalendarSyncService: sending the queue and reading the server's changes.
#include "caldav/CalendarSyncService.h"

#include "caldav/CalendarObjectReader.h"
#include "caldav/CalendarPublisher.h"
#include "storage/CalendarSyncRepository.h"
#include "storage/Database.h"

#include <QSet>

namespace md {

namespace {

// The object's file name on the server, from its UID: "<uuid>@mentordesk"
// becomes "<uuid>-mentordesk.ics".
QString fileNameFor(const QString& uid) {
    QString name;
    for (const QChar c : uid) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        name += plain ? c : QLatin1Char('-');
    }
    return name + QStringLiteral(".ics");
}

// Errors that concern the server as a whole (not reachable, the password,
// the certificate): trying the next object cannot help. Others concern one
// object and leave it for later.
bool stopsTheSync(const Error& error) {
    return error.code == ErrorCode::Io || error.code == ErrorCode::WrongKey ||
           error.code == ErrorCode::Crypto;
}

QByteArray urlKey(const QUrl& url) {
    return url.adjusted(QUrl::NormalizePathSegments).toEncoded();
}

} // namespace

Error CalendarSyncService::stopWith(const Error& error) {
    const Status recorded =
        m_database.transaction([&]() { return m_repository->recordError(error.message); });
    if (!recorded)
        return recorded.error();
    return error;
}

Result<CalendarSyncService::SyncReport> CalendarSyncService::sync() {
    auto stored = m_repository->account();
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return noAccount();
    const CalendarAccount account = **stored;
    auto client = clientFor(account);
    if (!client)
        return client.error();
    SendContext context{**client, account, {}};
    if (Status found = findServerChanges(**client, account); !found) {
        if (stopsTheSync(found.error()))
            return stopWith(found.error());
        if (found.code() == ErrorCode::Database || found.code() == ErrorCode::Io)
            return found.error();
        context.objectProblem = found.message();
    }
    auto entries = m_repository->outbox();
    if (!entries)
        return entries.error();

    SyncReport report;
    for (const OutboxEntry& entry : *entries) {
        Error error = makeError(ErrorCode::Database, {});
        switch (send(context, entry, &error)) {
        case Sent::Published:
            ++report.published;
            break;
        case Sent::Removed:
            ++report.removed;
            break;
        case Sent::Held:
        case Sent::Conflict:
            ++report.conflicts;
            break;
        case Sent::Unchanged:
        case Sent::Problem:
            break;
        case Sent::Failed:
            return stopsTheSync(error) ? Result<SyncReport>(stopWith(error))
                                       : Result<SyncReport>(error);
        }
    }
    auto busy = readBusyTimes(**client, account);
    if (!busy) {
        if (stopsTheSync(busy.error()))
            return stopWith(busy.error());
        context.objectProblem = busy.message();
    } else {
        report.busyTimes = *busy;
    }
    auto pending = m_repository->pendingCount();
    if (!pending)
        return pending.error();
    report.pending = *pending;
    auto differences = m_repository->differenceCount();
    if (!differences)
        return differences.error();
    report.differences = *differences;
    if (context.objectProblem.isEmpty() && report.differences > 0)
        context.objectProblem =
            tr("Events were changed or removed on the server since MentorDesk last saw them; "
               "they wait for your choice among the calendar's differences.");
    Status recorded = m_database.transaction(
        [&]() { return m_repository->recordSync(m_clock.nowUtc(), context.objectProblem); });
    if (!recorded)
        return recorded.error();
    return report;
}

CalendarSyncService::Sent CalendarSyncService::send(SendContext& context, const OutboxEntry& entry,
                                                    Error* error) {
    const auto fail = [&](const Error& failure) {
        *error = failure;
        return Sent::Failed;
    };
    // A problem of this object: noted on its queue entry, the sync goes on.
    const auto problem = [&](const Error& failure) {
        if (stopsTheSync(failure))
            return fail(failure);
        context.objectProblem = failure.message;
        Status noted = m_database.transaction(
            [&]() { return m_repository->noteAttempt(entry.id, failure.message); });
        return noted ? Sent::Problem : fail(noted.error());
    };
    const auto done = [&](const std::optional<PublishedObject>& nowPublished, Sent outcome) {
        Status saved = m_database.transaction([&]() -> Status {
            Status kept = nowPublished
                              ? m_repository->savePublished(*nowPublished, m_clock.nowUtc())
                              : m_repository->removePublished(entry.objectKey);
            if (!kept)
                return kept;
            return m_repository->dequeue(entry.id);
        });
        return saved ? outcome : fail(saved.error());
    };

    // Not sent blindly over a change made on the server: the mentor chooses.
    auto open = m_repository->differencesOf(entry.objectKey);
    if (!open)
        return fail(open.error());
    if (!open->isEmpty())
        return Sent::Held;
    auto published = m_repository->published(entry.objectKey);
    if (!published)
        return fail(published.error());
    auto rendered = m_publisher->render(entry.objectKey, context.account.summaryUsesPreferredName);
    if (!rendered)
        return problem(rendered.error());

    if (!rendered->has_value()) {
        if (!published->has_value())
            return done(std::nullopt, Sent::Unchanged);
        Status removed = context.client.remove((*published)->url, (*published)->etag);
        // Deleted on the server as well: both want it gone.
        if (!removed && removed.code() == ErrorCode::NotFound)
            removed = Status();
        if (!removed && removed.code() == ErrorCode::Conflict) {
            auto fetched = context.client.fetch(context.account.calendarUrl, {(*published)->url});
            if (!fetched)
                return problem(fetched.error());
            Status compared = compareWithServer(context.account, **published,
                                                fetched->isEmpty() ? nullptr : &fetched->first());
            return compared ? Sent::Conflict : fail(compared.error());
        }
        if (!removed)
            return problem(removed.error());
        return done(std::nullopt, Sent::Removed);
    }

    const CalendarResource& resource = **rendered;
    PublishedObject object;
    object.objectKey = entry.objectKey;
    object.uid = resource.uid;
    object.url = published->has_value()
                     ? (*published)->url
                     : context.account.calendarUrl.resolved(QUrl(fileNameFor(resource.uid)));
    object.ics = resource.ics;
    // Sent before just so (connecting again queues every object): nothing to send.
    if (published->has_value() && !(*published)->ics.isEmpty() &&
        CalendarObjectReader::withoutStamps((*published)->ics) ==
            CalendarObjectReader::withoutStamps(resource.ics))
        return done(**published, Sent::Unchanged);

    QByteArray etag = published->has_value() ? (*published)->etag : QByteArray();
    auto put = context.client.put(object.url, resource.ics, etag);
    if (!put && put.code() == ErrorCode::Conflict) {
        auto fetched = context.client.fetch(context.account.calendarUrl, {object.url});
        if (!fetched)
            return problem(fetched.error());
        const CalendarObject* server = fetched->isEmpty() ? nullptr : &fetched->first();
        if (published->has_value()) {
            Status compared = compareWithServer(context.account, **published, server);
            return compared ? Sent::Conflict : fail(compared.error());
        }
        if (!server)
            return problem(put.error());
        // Already at the address of its UID without MentorDesk knowing it:
        // published before the account was connected again. The same times
        // there: it is taken over (If-Match); others: the mentor chooses.
        auto described = describeObject(entry.objectKey);
        if (!described)
            return fail(described.error());
        auto found =
            CalendarDifferenceFinder::compare(*described, resource.ics, server->data, server->etag);
        if (!found)
            return problem(found.error());
        const bool timesAgree =
            found->isEmpty() ||
            (found->size() == 1 && found->first().kind == CalendarDifference::Kind::Edited);
        if (!timesAgree) {
            PublishedObject adopted = object;
            adopted.etag = server->etag;
            adopted.ics.clear();
            Status saved = m_database.transaction(
                [&]() { return m_repository->savePublished(adopted, m_clock.nowUtc()); });
            if (!saved)
                return fail(saved.error());
            Status recorded = recordDifferences(adopted, *found, server->etag);
            return recorded ? Sent::Conflict : fail(recorded.error());
        }
        put = context.client.put(object.url, resource.ics, server->etag);
    }
    if (!put)
        return problem(put.error());
    object.etag = *put;
    return done(object, Sent::Published);
}

Status CalendarSyncService::findServerChanges(CalDavClient& client,
                                              const CalendarAccount& account) {
    auto published = m_repository->allPublished();
    if (!published)
        return published.error();
    QHash<QByteArray, PublishedObject> byUrl;
    for (const PublishedObject& object : std::as_const(*published))
        byUrl.insert(urlKey(object.url), object);

    // sync-collection from the stored token (RFC 6578); a token the server
    // no longer knows, or a server without it, lists everything instead.
    bool everything = account.syncToken.isEmpty();
    QList<CalendarObject> listed;
    QList<QUrl> removed;
    QString token;
    auto changes = client.changesSince(account.calendarUrl, account.syncToken);
    if (!changes && !stopsTheSync(changes.error()) && !everything) {
        everything = true;
        changes = client.changesSince(account.calendarUrl, {});
    }
    if (changes) {
        listed = changes->changed;
        removed = changes->removed;
        token = changes->syncToken;
    } else {
        if (stopsTheSync(changes.error()))
            return changes.error();
        auto etags = client.etags(account.calendarUrl);
        if (!etags)
            return etags.error();
        listed = *etags;
        everything = true;
    }
    if (everything) {
        QSet<QByteArray> present;
        for (const CalendarObject& object : std::as_const(listed))
            present.insert(urlKey(object.url));
        for (const PublishedObject& object : std::as_const(*published)) {
            if (!present.contains(urlKey(object.url)))
                removed.append(object.url);
        }
    }

    for (const QUrl& url : std::as_const(removed)) {
        const auto object = byUrl.constFind(urlKey(url));
        if (object == byUrl.cend())
            continue;
        if (Status compared = compareWithServer(account, *object, nullptr); !compared)
            return compared;
    }
    QList<QUrl> changed;
    for (const CalendarObject& object : std::as_const(listed)) {
        const auto mine = byUrl.constFind(urlKey(object.url));
        if (mine != byUrl.cend() && mine->etag != object.etag)
            changed.append(object.url);
    }
    if (!changed.isEmpty()) {
        auto fetched = client.fetch(account.calendarUrl, changed);
        if (!fetched)
            return fetched.error();
        for (const CalendarObject& server : std::as_const(*fetched)) {
            const auto mine = byUrl.constFind(urlKey(server.url));
            if (mine == byUrl.cend())
                continue;
            if (Status compared = compareWithServer(account, *mine, &server); !compared)
                return compared;
        }
    }
    if (token.isEmpty() || token == account.syncToken)
        return {};
    return m_database.transaction([&]() { return m_repository->saveSyncToken(token); });
}

} // namespace md
