#include "ics/IcsWriter.h"

#include "scheduling/Recurrence.h"
#include "scheduling/ZonedTime.h"

#include <QCoreApplication>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>

#ifndef MENTORDESK_VERSION
#define MENTORDESK_VERSION "0"
#endif

namespace md {

namespace {

icaltimetype floatingTime(const QDateTime& local) {
    icaltimetype t = icaltime_null_time();
    const QDate date = local.date();
    const QTime time = local.time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    return t;
}

icaltimetype utcTime(const QDateTime& instant) {
    return icaltime_from_timet_with_zone(instant.toSecsSinceEpoch(), 0,
                                         icaltimezone_get_utc_timezone());
}

// Zones written with a TZID; others go out in UTC.
class ZoneCollector {
public:
    bool usesTzid(const QTimeZone& zone) {
        const QByteArray id = zone.id();
        if (id.isEmpty() || id == "UTC" || id.startsWith("UTC"))
            return false;
        if (!icaltimezone_get_builtin_timezone(id.constData()))
            return false;
        m_ids.insert(id);
        return true;
    }
    // Every time written, so the zones can leave out older history.
    void noteTime(const QDateTime& when) {
        if (!m_earliest.isValid() || when < m_earliest)
            m_earliest = when;
    }
    const QSet<QByteArray>& ids() const { return m_ids; }
    QDateTime earliestUtc() const { return m_earliest.toUTC(); }

private:
    QSet<QByteArray> m_ids;
    QDateTime m_earliest;
};

// A date-time property (DTSTART, DTEND, RECURRENCE-ID, EXDATE) for `when`,
// local with TZID when the zone is known, else UTC.
icalproperty* timeProperty(icalproperty_kind kind, const QDateTime& when, ZoneCollector& zones) {
    zones.noteTime(when);
    const bool local = zones.usesTzid(when.timeZone());
    const icaltimetype value = local ? floatingTime(when) : utcTime(when);
    icalproperty* property = icalproperty_new(kind);
    switch (kind) {
    case ICAL_DTSTART_PROPERTY:
        icalproperty_set_dtstart(property, value);
        break;
    case ICAL_DTEND_PROPERTY:
        icalproperty_set_dtend(property, value);
        break;
    case ICAL_RECURRENCEID_PROPERTY:
        icalproperty_set_recurrenceid(property, value);
        break;
    case ICAL_EXDATE_PROPERTY:
        icalproperty_set_exdate(property, value);
        break;
    default:
        break;
    }
    if (local) {
        const QByteArray id = when.timeZone().id();
        icalproperty_add_parameter(property, icalparameter_new_tzid(id.constData()));
    }
    return property;
}

void addText(icalcomponent* event, icalproperty* (*make)(const char*), const QString& text) {
    if (text.trimmed().isEmpty())
        return;
    icalcomponent_add_property(event, make(text.toUtf8().constData()));
}

struct EventFields {
    QString uid;
    QDateTime start;
    int durationMinutes = 60;
    SessionFormat format = SessionFormat::Video;
    QString location;
    QString agenda;
    bool cancelled = false;
    qint64 engagementId = 0;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

icalcomponent* makeEvent(const EventFields& fields, const IcsWriter::Options& options,
                         const QDateTime& stamp, ZoneCollector& zones) {
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(fields.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    if (fields.createdUtc.isValid())
        icalcomponent_add_property(event, icalproperty_new_created(utcTime(fields.createdUtc)));
    if (fields.updatedUtc.isValid())
        icalcomponent_add_property(event,
                                   icalproperty_new_lastmodified(utcTime(fields.updatedUtc)));
    icalcomponent_add_property(event, timeProperty(ICAL_DTSTART_PROPERTY, fields.start, zones));
    const QDateTime end = fields.start.addSecs(qint64(fields.durationMinutes) * 60);
    icalcomponent_add_property(event, timeProperty(ICAL_DTEND_PROPERTY, end, zones));
    addText(event, icalproperty_new_summary,
            options.fixedSummary.isEmpty() ? IcsWriter::summaryFor(fields.engagementId, options)
                                           : options.fixedSummary);
    QString location = options.formatOnly ? QString() : fields.location;
    if (location.isEmpty())
        location = sessionFormatLabel(fields.format);
    addText(event, icalproperty_new_location, location);
    if (!options.formatOnly) {
        if (fields.format == SessionFormat::Video &&
            fields.location.startsWith(QLatin1String("http")))
            addText(event, icalproperty_new_url, fields.location);
        addText(event, icalproperty_new_description, fields.agenda);
    }
    icalcomponent_add_property(
        event,
        icalproperty_new_status(fields.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    return event;
}

EventFields fieldsOf(const Session& session) {
    return {session.uid,        session.start,     session.durationMinutes, session.format,
            session.location,   session.agenda,    session.isCancelled(),   session.engagementId,
            session.createdUtc, session.updatedUtc};
}

// True when an occurrence must be written as an override of the rule.
bool differs(const Session& row, const SessionSeries& series, const QDateTime& ruleStart) {
    return row.start != ruleStart || row.durationMinutes != series.durationMinutes ||
           row.format != series.format || row.location != series.location ||
           row.agenda != series.agenda || row.isCancelled();
}

void writeSeries(QList<icalcomponent*>& events, const SessionSeries& series,
                 const QList<Session>& members, const IcsWriter::Options& options,
                 const QDateTime& stamp, ZoneCollector& zones) {
    bool allCancelled = !members.isEmpty();
    for (const Session& member : members)
        allCancelled = allCancelled && member.isCancelled();

    EventFields fields{series.uid,       series.firstStart,   series.durationMinutes,
                       series.format,    series.location,     series.agenda,
                       allCancelled,     series.engagementId, series.createdUtc,
                       series.updatedUtc};
    icalcomponent* master = makeEvent(fields, options, stamp, zones);
    const QByteArray rule = Recurrence::toRRule(series.rule, series.firstStart).toLatin1();
    icalcomponent_add_property(
        master, icalproperty_new_rrule(icalrecurrencetype_from_string(rule.constData())));
    const QTime time = series.firstStart.time();
    const QTimeZone zone = series.firstStart.timeZone();
    for (const QDate& skipped : series.skippedDates) {
        icalcomponent_add_property(
            master,
            timeProperty(ICAL_EXDATE_PROPERTY, ZonedTime::make(skipped, time, zone), zones));
    }
    events.append(master);
    if (allCancelled)
        return;

    const auto occurrences = Recurrence::expand(series.rule, series.firstStart);
    QHash<QDate, QDateTime> ruleStarts;
    if (occurrences) {
        for (const Recurrence::Occurrence& occurrence : *occurrences)
            ruleStarts.insert(occurrence.date, occurrence.start);
    }
    for (const Session& member : members) {
        const QDateTime ruleStart = ruleStarts.value(member.occurrenceDate);
        if (!ruleStart.isValid() || !differs(member, series, ruleStart))
            continue;
        EventFields override = fieldsOf(member);
        override.uid = series.uid;
        icalcomponent* event = makeEvent(override, options, stamp, zones);
        icalcomponent_add_property(event,
                                   timeProperty(ICAL_RECURRENCEID_PROPERTY, ruleStart, zones));
        events.append(event);
    }
}

} // namespace

QString IcsWriter::summaryFor(qint64 engagementId, const Options& options) {
    const QString label = options.engagementLabels.value(engagementId);
    return label.isEmpty()
               ? QCoreApplication::translate("md::IcsWriter", "Mentoring session")
               : QCoreApplication::translate("md::IcsWriter", "Mentoring: %1").arg(label);
}

QByteArray IcsWriter::write(const QList<SessionSeries>& series, const QList<Session>& sessions,
                            const Options& options, const Clock& clock) {
    const QDateTime stamp = clock.nowUtc();
    icalcomponent* calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(
        calendar, icalproperty_new_prodid("-//MentorDesk//MentorDesk " MENTORDESK_VERSION "//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!options.calendarName.isEmpty()) {
        icalproperty* name = icalproperty_new_x(options.calendarName.toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar, name);
    }

    ZoneCollector zones;
    QList<icalcomponent*> events;
    QSet<qint64> seriesIds;
    for (const SessionSeries& one : series)
        seriesIds.insert(one.id);
    for (const SessionSeries& one : series) {
        QList<Session> members;
        for (const Session& session : sessions) {
            if (session.seriesId == one.id)
                members.append(session);
        }
        writeSeries(events, one, members, options, stamp, zones);
    }
    for (const Session& session : sessions) {
        if (session.seriesId != 0 && seriesIds.contains(session.seriesId))
            continue;
        events.append(makeEvent(fieldsOf(session), options, stamp, zones));
    }

    // VTIMEZONEs before the events, named by their IANA id (libical's own
    // TZIDs carry a vendor prefix that other programs would not recognise).
    QList<QByteArray> ids = zones.ids().values();
    std::sort(ids.begin(), ids.end());
    for (const QByteArray& id : ids) {
        icaltimezone* zone = icaltimezone_get_builtin_timezone(id.constData());
        icalcomponent* vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone));
        if (icalproperty* tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, id.constData());
        // libical's zones reach back to the 1890s (tens of kilobytes per
        // zone); keep only the rules in force from the first exported time
        // on. No end: an open series repeats for years.
        if (const QDateTime earliest = zones.earliestUtc(); earliest.isValid())
            icaltimezone_truncate_vtimezone(vtimezone, utcTime(earliest.addDays(-1)),
                                            icaltime_null_time(), 0);
        icalcomponent_add_component(calendar, vtimezone);
    }
    for (icalcomponent* event : events)
        icalcomponent_add_component(calendar, event);

    char* text = icalcomponent_as_ical_string_r(calendar);
    QByteArray out(text);
    free(text);
    icalcomponent_free(calendar);
    return out;
}

} // namespace md
