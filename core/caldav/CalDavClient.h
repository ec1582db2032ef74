#pragma once

#include "caldav/DavTransport.h"
#include "caldav/DavXml.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace md {

// A calendar collection on the server.
struct CalendarInfo {
    QUrl url;
    QString displayName;
    QStringList components; // VEVENT, VTODO, …; empty when the server does not say
    QString ctag;           // getctag, changes with every change in the calendar
    QString syncToken;      // RFC 6578, when the server supports it

    bool holdsEvents() const {
        return components.isEmpty() || components.contains(QLatin1String("VEVENT"));
    }
};

// What discovery found for an account (RFC 6764, RFC 4791 section 6.2).
struct CalDavDiscovery {
    QUrl principalUrl;
    QUrl calendarHomeUrl;
    QList<CalendarInfo> calendars;
};

// One calendar object resource (.ics) on the server.
struct CalendarObject {
    QUrl url;
    QByteArray etag;
    QByteArray data; // empty when only the ETag was asked for
};

// What changed in a calendar since a sync token (RFC 6578).
struct CalendarChanges {
    QString syncToken;
    QList<CalendarObject> changed; // new or changed members, with their ETags
    QList<QUrl> removed;
};

// The CalDAV operations MentorDesk uses, each one or a few requests through
// DavTransport. Every answer that is not what the operation needs is an
// error with a message for the mentor: a wrong password (WrongKey), the
// server unreachable (Io), a certificate problem (Crypto), an object edited
// or removed on the server since MentorDesk last saw it (Conflict: 412
// Precondition Failed), an address that is not a CalDAV server (Refused).
//
// The calls wait for their answers in a local event loop, so a sync reads
// as a sequence of steps and tests need no callbacks; DavTransport::send is
// the asynchronous form for the window.
class CalDavClient final {
    Q_DECLARE_TR_FUNCTIONS(md::CalDavClient)
public:
    CalDavClient() = default;
    CalDavClient(const CalDavClient&) = delete;
    CalDavClient& operator=(const CalDavClient&) = delete;

    DavTransport& transport() { return m_transport; }
    void setCredentials(const QString& user, const SecureBytes& password) {
        m_transport.setCredentials(user, password);
    }

    // From the address the mentor typed (the server, or any URL on it) to
    // the principal, the calendar home and the calendars in it.
    Result<CalDavDiscovery> discover(const QUrl& serverUrl);
    Result<QList<CalendarInfo>> calendars(const QUrl& calendarHomeUrl);
    // Creates an event calendar in the home; returns its URL.
    Result<QUrl> makeCalendar(const QUrl& calendarHomeUrl, const QString& displayName);

    // Creates (`etag` empty: If-None-Match: *) or replaces (If-Match: etag)
    // the object at `url`. Returns the new ETag.
    Result<QByteArray> put(const QUrl& url, const QByteArray& ics, const QByteArray& etag);
    // Deletes the object if it still has `etag` (any, when empty). An object
    // already gone is not an error.
    Status remove(const QUrl& url, const QByteArray& etag);
    // The objects at `urls` with their data (calendar-multiget).
    Result<QList<CalendarObject>> fetch(const QUrl& calendarUrl, const QList<QUrl>& urls);
    // Every member of the calendar with its ETag, no data (PROPFIND getetag):
    // for servers without sync-collection.
    Result<QList<CalendarObject>> etags(const QUrl& calendarUrl);
    // The events overlapping [fromUtc, toUtc) (calendar-query).
    Result<QList<CalendarObject>> eventsBetween(const QUrl& calendarUrl, const QDateTime& fromUtc,
                                                const QDateTime& toUtc);
    // The members changed or removed since `syncToken` (empty: all members).
    Result<CalendarChanges> changesSince(const QUrl& calendarUrl, const QString& syncToken);

private:
    // PROPFIND / REPORT answered with 207; follows redirects (keeping the
    // method, which Qt's own redirect handling would not for PROPFIND).
    Result<DavXml::Multistatus> multistatus(const QByteArray& method, QUrl url,
                                            const QByteArray& body, const QByteArray& depth,
                                            QUrl* finalUrl = nullptr);
    Result<QUrl> findPrincipal(const QUrl& serverUrl);
    Error unexpected(const DavResponse& response, const QString& what) const;
    QList<CalendarObject> objects(const DavXml::Multistatus& answer, const QUrl& base) const;

    DavTransport m_transport;
};

} // namespace md
