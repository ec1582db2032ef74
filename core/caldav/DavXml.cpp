#include "caldav/DavXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace md {

namespace DavXml {

namespace {

QString elementName(const QXmlStreamReader& xml) {
    return xml.namespaceUri().toString() + xml.name().toString();
}

bool isDav(const QXmlStreamReader& xml, const char* localName) {
    return xml.namespaceUri() == QLatin1String(kDav) && xml.name() == QLatin1String(localName);
}

// "HTTP/1.1 404 Not Found" -> 404.
int statusCode(const QString& line) {
    const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// Reads the element the reader is on (a property) up to its end.
Property readProperty(QXmlStreamReader& xml) {
    Property property;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 2)
                property.children.append(elementName(xml));
            if (isDav(xml, "href")) {
                property.hrefs.append(xml.readElementText().trimmed());
                --depth;
            } else if (xml.namespaceUri() == QLatin1String(kCalDav) &&
                       xml.name() == QLatin1String("comp")) {
                property.componentNames.append(xml.attributes().value("name").toString());
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth == 1)
                property.text += xml.text();
            break;
        default:
            break;
        }
    }
    property.text = property.text.trimmed();
    return property;
}

// One <propstat>: its properties, kept only when its status is 2xx.
void readPropstat(QXmlStreamReader& xml, Resource& resource) {
    QHash<QString, Property> properties;
    int status = 0;
    while (xml.readNextStartElement()) {
        if (isDav(xml, "prop")) {
            while (xml.readNextStartElement())
                properties.insert(elementName(xml), readProperty(xml));
        } else if (isDav(xml, "status")) {
            status = statusCode(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    if (status >= 200 && status < 300)
        resource.properties.insert(properties);
}

Resource readResponse(QXmlStreamReader& xml) {
    Resource resource;
    while (xml.readNextStartElement()) {
        if (isDav(xml, "href"))
            resource.href = xml.readElementText().trimmed();
        else if (isDav(xml, "status"))
            resource.status = statusCode(xml.readElementText());
        else if (isDav(xml, "propstat"))
            readPropstat(xml, resource);
        else
            xml.skipCurrentElement();
    }
    return resource;
}

class Writer {
public:
    Writer()
        : m_xml(&m_out) {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(QString::fromLatin1(kDav), QStringLiteral("d"));
        m_xml.writeNamespace(QString::fromLatin1(kCalDav), QStringLiteral("c"));
        m_xml.writeNamespace(QString::fromLatin1(kCalendarServer), QStringLiteral("cs"));
    }
    QXmlStreamWriter& xml() { return m_xml; }
    void start(const char* ns, const char* localName) {
        m_xml.writeStartElement(QString::fromLatin1(ns), QString::fromLatin1(localName));
    }
    void empty(const char* ns, const char* localName) {
        m_xml.writeEmptyElement(QString::fromLatin1(ns), QString::fromLatin1(localName));
    }
    void text(const char* ns, const char* localName, const QString& value) {
        m_xml.writeTextElement(QString::fromLatin1(ns), QString::fromLatin1(localName), value);
    }
    void end() { m_xml.writeEndElement(); }
    // A <prop> with each property of `names` ("namespace" + "local").
    void prop(const QStringList& names) {
        start(kDav, "prop");
        for (const QString& full : names) {
            for (const char* ns : {kCalendarServer, kCalDav, kDav}) {
                const QString prefix = QString::fromLatin1(ns);
                if (full.startsWith(prefix)) {
                    m_xml.writeEmptyElement(prefix, full.mid(prefix.size()));
                    break;
                }
            }
        }
        end();
    }
    QByteArray finish() {
        m_xml.writeEndDocument();
        return m_out;
    }

private:
    QByteArray m_out;
    QXmlStreamWriter m_xml;
};

QString utcStamp(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString name(const char* ns, const char* localName) {
    return QString::fromLatin1(ns) + QString::fromLatin1(localName);
}

Result<Multistatus> parseMultistatus(const QByteArray& body) {
    QXmlStreamReader xml(body);
    Multistatus result;
    if (!xml.readNextStartElement() || !isDav(xml, "multistatus"))
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate(
                             "md::CalDavClient", "The server's answer is not a calendar listing."));
    while (xml.readNextStartElement()) {
        if (isDav(xml, "response"))
            result.resources.append(readResponse(xml));
        else if (isDav(xml, "sync-token"))
            result.syncToken = xml.readElementText().trimmed();
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return makeError(
            ErrorCode::Refused,
            QCoreApplication::translate("md::CalDavClient",
                                        "The server's answer could not be read (line %1: %2).")
                .arg(xml.lineNumber())
                .arg(xml.errorString()));
    return result;
}

QByteArray propfind(const QStringList& properties) {
    Writer writer;
    writer.start(kDav, "propfind");
    writer.prop(properties);
    writer.end();
    return writer.finish();
}

QByteArray mkcalendar(const QString& displayName) {
    Writer writer;
    writer.start(kCalDav, "mkcalendar");
    writer.start(kDav, "set");
    writer.start(kDav, "prop");
    writer.text(kDav, "displayname", displayName);
    writer.start(kCalDav, "supported-calendar-component-set");
    writer.empty(kCalDav, "comp");
    writer.xml().writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    writer.end();
    writer.end();
    writer.end();
    writer.end();
    return writer.finish();
}

QByteArray calendarMultiget(const QStringList& hrefs) {
    Writer writer;
    writer.start(kCalDav, "calendar-multiget");
    writer.prop({name(kDav, "getetag"), name(kCalDav, "calendar-data")});
    for (const QString& href : hrefs)
        writer.text(kDav, "href", href);
    writer.end();
    return writer.finish();
}

QByteArray calendarQuery(const QDateTime& fromUtc, const QDateTime& toUtc) {
    Writer writer;
    writer.start(kCalDav, "calendar-query");
    writer.prop({name(kDav, "getetag"), name(kCalDav, "calendar-data")});
    writer.start(kCalDav, "filter");
    writer.start(kCalDav, "comp-filter");
    writer.xml().writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    writer.start(kCalDav, "comp-filter");
    writer.xml().writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    writer.empty(kCalDav, "time-range");
    writer.xml().writeAttribute(QStringLiteral("start"), utcStamp(fromUtc));
    writer.xml().writeAttribute(QStringLiteral("end"), utcStamp(toUtc));
    writer.end();
    writer.end();
    writer.end();
    writer.end();
    return writer.finish();
}

QByteArray syncCollection(const QString& syncToken) {
    Writer writer;
    writer.start(kDav, "sync-collection");
    writer.text(kDav, "sync-token", syncToken);
    writer.text(kDav, "sync-level", QStringLiteral("1"));
    writer.prop({name(kDav, "getetag")});
    writer.end();
    return writer.finish();
}

} // namespace DavXml

} // namespace md
