#include "caldav/CalendarPublisher.h"

#include "clients/ClientService.h"
#include "ics/IcsWriter.h"
#include "scheduling/SchedulingService.h"

#include <QRegularExpression>

namespace md {

namespace {

using Rendered = std::optional<CalendarResource>;

// "series:12" -> {"series", 12}; id 0 when the key is not one of ours.
std::pair<QString, qint64> splitKey(const QString& objectKey) {
    const qsizetype colon = objectKey.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {QString(), 0};
    bool ok = false;
    const qint64 id = objectKey.mid(colon + 1).toLongLong(&ok);
    return {objectKey.left(colon), ok ? id : 0};
}

// What a published event may show: the fixed summary and the format, nothing
// else of the session.
IcsWriter::Options publishedOptions(const QString& summary) {
    IcsWriter::Options options;
    options.fixedSummary = summary;
    options.formatOnly = true;
    return options;
}

} // namespace

CalendarPublisher::CalendarPublisher(SchedulingService& scheduling, ClientService& clients,
                                     const Clock& clock)
    : m_scheduling(scheduling)
    , m_clients(clients)
    , m_clock(clock) {}

QString CalendarPublisher::initials(const QString& fullName) {
    const QStringList words =
        fullName.split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts);
    QString out;
    if (!words.isEmpty())
        out += words.first().at(0).toUpper();
    if (words.size() > 1)
        out += words.last().at(0).toUpper();
    return out;
}

QString CalendarPublisher::summary(const QString& fullName, const QString& preferredName,
                                   bool usePreferredName) {
    const QString name = usePreferredName && !preferredName.trimmed().isEmpty()
                             ? preferredName.trimmed()
                             : initials(fullName);
    if (name.isEmpty())
        return tr("Mentoring session");
    //: The title of a session on the mentor's calendar server; %1 is the
    //: client's initials (or preferred name, when the mentor chose so).
    return tr("Mentoring session (%1)").arg(name);
}

Result<QString> CalendarPublisher::summaryFor(qint64 engagementId, bool usePreferredName) const {
    auto info = m_scheduling.engagementInfo(engagementId);
    if (!info)
        return info.error();
    auto client = m_clients.get(info->clientId);
    if (!client)
        return client.error();
    return summary(client->fullName, client->preferredName, usePreferredName);
}

Result<Rendered> CalendarPublisher::render(const QString& objectKey, bool usePreferredName) const {
    const auto [kind, id] = splitKey(objectKey);
    if (kind == QLatin1String("series") && id > 0)
        return renderSeries(id, usePreferredName);
    if (kind == QLatin1String("session") && id > 0)
        return renderSession(id, usePreferredName);
    return Rendered();
}

Result<Rendered> CalendarPublisher::renderSeries(qint64 seriesId, bool usePreferredName) const {
    auto series = m_scheduling.series(seriesId);
    if (!series)
        return series.code() == ErrorCode::NotFound ? Result<Rendered>(Rendered())
                                                    : Result<Rendered>(series.error());
    auto members = m_scheduling.seriesMembers(seriesId);
    if (!members)
        return members.error();
    // A cancelled occurrence leaves the mentor's calendar: it is an EXDATE,
    // not an event marked cancelled that phones would still show.
    SessionSeries published = *series;
    QList<Session> kept;
    for (const Session& member : *members) {
        if (member.isCancelled())
            published.skippedDates.append(member.occurrenceDate);
        else
            kept.append(member);
    }
    if (kept.isEmpty())
        return Rendered();
    auto title = summaryFor(series->engagementId, usePreferredName);
    if (!title)
        return title.error();
    return Rendered(CalendarResource{
        series->uid, IcsWriter::write({published}, kept, publishedOptions(*title), m_clock)});
}

Result<Rendered> CalendarPublisher::renderSession(qint64 sessionId, bool usePreferredName) const {
    auto session = m_scheduling.session(sessionId);
    if (!session)
        return session.code() == ErrorCode::NotFound ? Result<Rendered>(Rendered())
                                                     : Result<Rendered>(session.error());
    // A session that joined a series goes out with it.
    if (session->isCancelled() || session->isSeriesMember())
        return Rendered();
    auto title = summaryFor(session->engagementId, usePreferredName);
    if (!title)
        return title.error();
    return Rendered(CalendarResource{
        session->uid, IcsWriter::write({}, {*session}, publishedOptions(*title), m_clock)});
}

} // namespace md
