#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace md {

// The WebDAV/CalDAV XML MentorDesk speaks (RFC 4918, 4791, 6578): request
// bodies written with QXmlStreamWriter, 207 Multi-Status answers read with
// QXmlStreamReader. Element names are "namespace + local name", e.g.
// DavXml::name(DavXml::kDav, "getetag") == "DAV:getetag".
namespace DavXml {

inline constexpr char kDav[] = "DAV:";
inline constexpr char kCalDav[] = "urn:ietf:params:xml:ns:caldav";
inline constexpr char kCalendarServer[] = "http://calendarserver.org/ns/";

QString name(const char* ns, const char* localName);

// One property of a resource as the server gave it.
struct Property {
    QString text;               // its own text (calendar-data, displayname, getetag, …)
    QStringList hrefs;          // <href> inside it (current-user-principal, calendar-home-set)
    QStringList children;       // names of its child elements (resourcetype)
    QStringList componentNames; // <comp name="…"> (supported-calendar-component-set)
};

// One <response> of a multistatus: its href (as sent, unresolved), the
// status of the response itself (sync-collection: 404 for a removed member;
// 0 when it has none) and the properties the server found (2xx propstats).
struct Resource {
    QString href;
    int status = 0;
    QHash<QString, Property> properties;

    bool has(const QString& propertyName) const { return properties.contains(propertyName); }
    QString text(const QString& propertyName) const { return properties.value(propertyName).text; }
};

struct Multistatus {
    QList<Resource> resources;
    QString syncToken; // sync-collection's new token; empty otherwise
};

// Reads a 207 answer. Refused, with a plain message, for anything else than
// well-formed multistatus XML.
Result<Multistatus> parseMultistatus(const QByteArray& xml);

// PROPFIND asking for `properties` (names as from name()).
QByteArray propfind(const QStringList& properties);
// MKCALENDAR of an event calendar named `displayName`.
QByteArray mkcalendar(const QString& displayName);
// calendar-multiget of `hrefs` (paths), with ETags and calendar data.
QByteArray calendarMultiget(const QStringList& hrefs);
// calendar-query: the events overlapping [fromUtc, toUtc), with ETags and data.
QByteArray calendarQuery(const QDateTime& fromUtc, const QDateTime& toUtc);
// sync-collection since `syncToken` (empty: the first sync), with ETags.
QByteArray syncCollection(const QString& syncToken);

} // namespace DavXml

} // namespace md
