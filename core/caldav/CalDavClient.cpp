#include "caldav/CalDavClient.h"

namespace md {

namespace {

using DavXml::kCalDav;
using DavXml::kCalendarServer;
using DavXml::kDav;
using DavXml::name;

constexpr int kMaxRedirects = 5;

bool isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// A collection URL ends with a slash; relative member names resolve below it.
QUrl asCollection(QUrl url) {
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QByteArray quotedOrStar(const QByteArray& etag) {
    return etag.isEmpty() ? QByteArray("*") : etag;
}

} // namespace

Error CalDavClient::unexpected(const DavResponse& response, const QString& what) const {
    if (response.status == 412)
        return makeError(ErrorCode::Conflict,
                         tr("%1: the event was changed or removed on the server since MentorDesk "
                            "last saw it, so it was not overwritten.")
                             .arg(what));
    if (response.status == 404)
        return makeError(
            ErrorCode::NotFound,
            tr("%1: the server has nothing at %2.").arg(what, response.url.toDisplayString()));
    if (response.status == 403)
        return makeError(ErrorCode::Refused,
                         tr("%1: the server does not allow it for this account.").arg(what));
    return makeError(ErrorCode::Refused, tr("%1: the server answered %2 (HTTP status %3).")
                                             .arg(what, response.url.host())
                                             .arg(response.status));
}

Result<DavXml::Multistatus> CalDavClient::multistatus(const QByteArray& method, QUrl url,
                                                      const QByteArray& body,
                                                      const QByteArray& depth, QUrl* finalUrl) {
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
        DavRequest request{method, url, body, "application/xml; charset=utf-8", {}};
        request.headers.append({QByteArray("Depth"), depth});
        auto answer = m_transport.exchange(request);
        if (!answer)
            return answer.error();
        if (isRedirect(answer->status) && answer->location.isValid()) {
            url = answer->location;
            continue;
        }
        if (answer->status != 207)
            return unexpected(*answer, tr("Reading the calendar server"));
        if (finalUrl)
            *finalUrl = url;
        return DavXml::parseMultistatus(answer->body);
    }
    return makeError(ErrorCode::Refused,
                     tr("The calendar server %1 redirects in circles.").arg(url.host()));
}

Result<QUrl> CalDavClient::findPrincipal(const QUrl& serverUrl) {
    const QByteArray body = DavXml::propfind({name(kDav, "current-user-principal")});
    // The address as typed may be the principal or a context path itself;
    // otherwise RFC 6764's well-known address leads to it.
    QList<QUrl> candidates;
    if (serverUrl.path().length() > 1)
        candidates.append(serverUrl);
    candidates.append(serverUrl.resolved(QUrl(QStringLiteral("/.well-known/caldav"))));
    candidates.append(serverUrl.resolved(QUrl(QStringLiteral("/"))));
    Error lastError = makeError(ErrorCode::Refused, {});
    for (const QUrl& candidate : candidates) {
        QUrl answeredAt;
        auto answer = multistatus("PROPFIND", candidate, body, "0", &answeredAt);
        if (!answer) {
            // A wrong password or no server at all: asking elsewhere on the
            // same server cannot help.
            if (answer.code() == ErrorCode::WrongKey || answer.code() == ErrorCode::Io ||
                answer.code() == ErrorCode::Crypto)
                return answer.error();
            lastError = answer.error();
            continue;
        }
        for (const DavXml::Resource& resource : answer->resources) {
            const QStringList hrefs =
                resource.properties.value(name(kDav, "current-user-principal")).hrefs;
            if (!hrefs.isEmpty())
                return answeredAt.resolved(QUrl(hrefs.first()));
        }
    }
    return makeError(ErrorCode::Refused,
                     tr("No calendar account was found at %1. Check the address: it is "
                        "the CalDAV address your calendar provider gives.")
                         .arg(serverUrl.toDisplayString()));
}

Result<CalDavDiscovery> CalDavClient::discover(const QUrl& serverUrl) {
    if (Status secure = DavTransport::checkSecure(serverUrl); !secure)
        return secure.error();
    auto principal = findPrincipal(serverUrl);
    if (!principal)
        return principal.error();
    QUrl answeredAt;
    auto home =
        multistatus("PROPFIND", *principal, DavXml::propfind({name(kCalDav, "calendar-home-set")}),
                    "0", &answeredAt);
    if (!home)
        return home.error();
    CalDavDiscovery found;
    found.principalUrl = *principal;
    for (const DavXml::Resource& resource : home->resources) {
        const QStringList hrefs =
            resource.properties.value(name(kCalDav, "calendar-home-set")).hrefs;
        if (!hrefs.isEmpty()) {
            found.calendarHomeUrl = asCollection(answeredAt.resolved(QUrl(hrefs.first())));
            break;
        }
    }
    if (found.calendarHomeUrl.isEmpty())
        return makeError(ErrorCode::Refused,
                         tr("The server %1 has no calendars for this account (no calendar "
                            "home). Is it a CalDAV server?")
                             .arg(serverUrl.host()));
    auto listed = calendars(found.calendarHomeUrl);
    if (!listed)
        return listed.error();
    found.calendars = std::move(*listed);
    return found;
}

Result<QList<CalendarInfo>> CalDavClient::calendars(const QUrl& calendarHomeUrl) {
    QUrl answeredAt;
    auto answer =
        multistatus("PROPFIND", calendarHomeUrl,
                    DavXml::propfind({name(kDav, "resourcetype"), name(kDav, "displayname"),
                                      name(kCalDav, "supported-calendar-component-set"),
                                      name(kCalendarServer, "getctag"), name(kDav, "sync-token")}),
                    "1", &answeredAt);
    if (!answer)
        return answer.error();
    QList<CalendarInfo> out;
    for (const DavXml::Resource& resource : answer->resources) {
        const DavXml::Property type = resource.properties.value(name(kDav, "resourcetype"));
        if (!type.children.contains(name(kCalDav, "calendar")))
            continue;
        CalendarInfo calendar;
        calendar.url = asCollection(answeredAt.resolved(QUrl(resource.href)));
        calendar.displayName = resource.text(name(kDav, "displayname"));
        calendar.components =
            resource.properties.value(name(kCalDav, "supported-calendar-component-set"))
                .componentNames;
        calendar.ctag = resource.text(name(kCalendarServer, "getctag"));
        calendar.syncToken = resource.text(name(kDav, "sync-token"));
        out.append(calendar);
    }
    return out;
}

Result<QUrl> CalDavClient::makeCalendar(const QUrl& calendarHomeUrl, const QString& displayName) {
    QString slug;
    for (const QChar c : displayName.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    if (slug.isEmpty() || slug == QLatin1String("-"))
        slug = QStringLiteral("mentordesk");
    const QUrl url = asCollection(calendarHomeUrl).resolved(QUrl(slug + QLatin1Char('/')));
    DavRequest request{
        "MKCALENDAR", url, DavXml::mkcalendar(displayName), "application/xml; charset=utf-8", {}};
    auto answer = m_transport.exchange(request);
    if (!answer)
        return answer.error();
    // RFC 4791 5.3.1 says 405 for an existing resource; some servers say 409.
    if (answer->status == 405 || answer->status == 409)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A calendar named %1 is already on the server; choose it instead.")
                             .arg(displayName));
    if (answer->status != 201)
        return unexpected(*answer, tr("Creating the calendar %1").arg(displayName));
    return url;
}

Result<QByteArray> CalDavClient::put(const QUrl& url, const QByteArray& ics,
                                     const QByteArray& etag) {
    DavRequest request{"PUT", url, ics, "text/calendar; charset=utf-8", {}};
    if (etag.isEmpty())
        request.headers.append({QByteArray("If-None-Match"), QByteArray("*")});
    else
        request.headers.append({QByteArray("If-Match"), etag});
    auto answer = m_transport.exchange(request);
    if (!answer)
        return answer.error();
    if (answer->status != 200 && answer->status != 201 && answer->status != 204)
        return unexpected(*answer, tr("Publishing a session"));
    if (!answer->etag.isEmpty())
        return answer->etag;
    // Some servers send no ETag on PUT (RFC 4791 5.3.4): ask for it.
    auto found = multistatus("PROPFIND", url, DavXml::propfind({name(kDav, "getetag")}), "0");
    if (!found)
        return found.error();
    for (const DavXml::Resource& resource : found->resources) {
        const QString tag = resource.text(name(kDav, "getetag"));
        if (!tag.isEmpty())
            return tag.toUtf8();
    }
    return QByteArray();
}

Status CalDavClient::remove(const QUrl& url, const QByteArray& etag) {
    DavRequest request{"DELETE", url, {}, {}, {}};
    request.headers.append({QByteArray("If-Match"), quotedOrStar(etag)});
    auto answer = m_transport.exchange(request);
    if (!answer)
        return answer.error();
    if (answer->status == 404 && etag.isEmpty())
        return {};
    if (answer->status != 200 && answer->status != 204)
        return unexpected(*answer, tr("Removing a session from the calendar"));
    return {};
}

QList<CalendarObject> CalDavClient::objects(const DavXml::Multistatus& answer,
                                            const QUrl& base) const {
    QList<CalendarObject> out;
    for (const DavXml::Resource& resource : answer.resources) {
        if (resource.status == 404 || !resource.has(name(kDav, "getetag")))
            continue;
        CalendarObject object;
        object.url = base.resolved(QUrl(resource.href));
        object.etag = resource.text(name(kDav, "getetag")).toUtf8();
        object.data = resource.text(name(kCalDav, "calendar-data")).toUtf8();
        out.append(object);
    }
    return out;
}

Result<QList<CalendarObject>> CalDavClient::fetch(const QUrl& calendarUrl,
                                                  const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls)
        paths.append(url.path(QUrl::FullyEncoded));
    QUrl answeredAt;
    auto answer =
        multistatus("REPORT", calendarUrl, DavXml::calendarMultiget(paths), "1", &answeredAt);
    if (!answer)
        return answer.error();
    return objects(*answer, answeredAt);
}

Result<QList<CalendarObject>> CalDavClient::etags(const QUrl& calendarUrl) {
    QUrl answeredAt;
    auto answer = multistatus("PROPFIND", calendarUrl, DavXml::propfind({name(kDav, "getetag")}),
                              "1", &answeredAt);
    if (!answer)
        return answer.error();
    const QUrl collection = asCollection(answeredAt);
    QList<CalendarObject> out;
    for (const CalendarObject& object : objects(*answer, answeredAt)) {
        // The calendar itself answers too (collections may have an ETag).
        if (asCollection(object.url) != collection)
            out.append(object);
    }
    return out;
}

Result<QList<CalendarObject>> CalDavClient::eventsBetween(const QUrl& calendarUrl,
                                                          const QDateTime& fromUtc,
                                                          const QDateTime& toUtc) {
    QUrl answeredAt;
    auto answer =
        multistatus("REPORT", calendarUrl, DavXml::calendarQuery(fromUtc, toUtc), "1", &answeredAt);
    if (!answer)
        return answer.error();
    return objects(*answer, answeredAt);
}

Result<CalendarChanges> CalDavClient::changesSince(const QUrl& calendarUrl,
                                                   const QString& syncToken) {
    QUrl answeredAt;
    auto answer =
        multistatus("REPORT", calendarUrl, DavXml::syncCollection(syncToken), "1", &answeredAt);
    if (!answer)
        return answer.error();
    CalendarChanges changes;
    changes.syncToken = answer->syncToken;
    for (const DavXml::Resource& resource : answer->resources) {
        const QUrl url = answeredAt.resolved(QUrl(resource.href));
        if (resource.status == 404)
            changes.removed.append(url);
        else if (resource.has(name(kDav, "getetag")))
            changes.changed.append(
                CalendarObject{url, resource.text(name(kDav, "getetag")).toUtf8(), QByteArray()});
    }
    return changes;
}

} // namespace md
