#include "ics/IcsReader.h"

#include "ics/IcsSyntaxChecker.h"
#include "ics/IcsTimeZones.h"
#include "scheduling/ZonedTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::IcsReader", text);
}

// How to turn the local times of one property into instants.
class ZoneReader {
public:
    ZoneReader(icalcomponent* calendar, const QTimeZone& floating, QStringList& notes)
        : m_calendar(calendar)
        , m_floating(floating)
        , m_notes(notes) {}

    QDateTime toUtc(const icaltimetype& t, const QString& tzid) {
        const QDate date(t.year, t.month, t.day);
        const QTime time =
            t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, std::min(t.second, 59));
        if (!t.is_date && icaltime_is_utc(t))
            return QDateTime(date, time, Qt::UTC);
        if (const QTimeZone zone = qtZone(tzid); zone.isValid())
            return ZonedTime::toUtc(date, time, zone);
        if (icaltimezone* own = fileZone(tzid)) {
            icaltimetype local = t;
            local.zone = nullptr;
            const time_t seconds = icaltime_as_timet_with_zone(local, own);
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        }
        noteUnknown(tzid);
        return QDateTime(date, time, Qt::UTC);
    }

    // The wall-clock time of `utc` in the zone named `tzid` (zone-less), for
    // comparing a UTC UNTIL with local occurrences.
    icaltimetype toLocal(const icaltimetype& utc, const QString& tzid) {
        const QDateTime instant = QDateTime::fromSecsSinceEpoch(
            icaltime_as_timet_with_zone(utc, icaltimezone_get_utc_timezone()), Qt::UTC);
        icaltimetype out = utc;
        out.zone = nullptr;
        QDateTime local;
        if (const QTimeZone zone = qtZone(tzid); zone.isValid()) {
            local = instant.toTimeZone(zone);
        } else if (icaltimezone* own = fileZone(tzid)) {
            out = icaltime_convert_to_zone(utc, own);
            out.zone = nullptr;
            return out;
        } else {
            local = instant;
        }
        out.year = local.date().year();
        out.month = local.date().month();
        out.day = local.date().day();
        out.hour = local.time().hour();
        out.minute = local.time().minute();
        out.second = local.time().second();
        return out;
    }

private:
    // A zone Qt knows: the reader's own for floating times, a named one, or
    // (after the file's VTIMEZONE, see fileZone) a fixed offset.
    QTimeZone qtZone(const QString& tzid) {
        if (tzid.isEmpty())
            return m_floating;
        if (const QTimeZone zone = IcsTimeZones::namedZone(tzid); zone.isValid())
            return zone;
        if (fileZone(tzid))
            return {};
        return IcsTimeZones::offsetZone(tzid);
    }

    // The file's own VTIMEZONE (Outlook always writes one).
    icaltimezone* fileZone(const QString& tzid) {
        if (tzid.isEmpty())
            return nullptr;
        const QByteArray id = tzid.toUtf8();
        return icalcomponent_get_timezone(m_calendar, id.constData());
    }

    void noteUnknown(const QString& tzid) {
        if (m_unknown.contains(tzid))
            return;
        m_unknown.insert(tzid);
        m_notes << tr("The time zone “%1” is unknown; its times were read as UTC.").arg(tzid);
    }

    icalcomponent* m_calendar;
    QTimeZone m_floating;
    QStringList& m_notes;
    QSet<QString> m_unknown;
};

QString tzidOf(icalproperty* property) {
    icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return parameter ? QString::fromUtf8(icalparameter_get_tzid(parameter)) : QString();
}

QString textOf(icalcomponent* event, icalproperty_kind kind) {
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

struct Event {
    QString uid;
    QString summary;
    bool allDay = false;
    bool cancelled = false;
    bool free = false;
    icaltimetype start;
    QString startTzid;
    qint64 seconds = 0; // length
    QDateTime startUtc;
    QDateTime recurrenceIdUtc; // set for overrides
    icalproperty* rrule = nullptr;
    QSet<QDateTime> exdates;
    QList<QDateTime> rdates;
};

} // namespace

Result<IcsReader::Imported> IcsReader::readFile(const QString& path, const Options& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Could not read %1: %2").arg(path, file.errorString()));
    return read(file.readAll(), options);
}

Result<IcsReader::Imported> IcsReader::read(const QByteArray& data, const Options& options) {
    const Result<IcsSyntaxChecker::Report> report = IcsSyntaxChecker::check(data);
    if (!report)
        return report.error();

    icalcomponent* calendar = icalparser_parse_string(data.constData());
    if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        if (calendar)
            icalcomponent_free(calendar);
        return IcsSyntaxChecker::lineError(1, tr("this is not an iCalendar file"));
    }

    Imported imported;
    ZoneReader zones(calendar, options.floatingZone, imported.notes);
    QList<Event> events;
    // libical marks values it could not read with X-LIC-ERROR properties. The
    // syntax check has already vetted everything that decides a busy time
    // (dates, times, durations, rules), so what remains (an empty DESCRIPTION
    // as Google writes it, an odd ATTENDEE parameter) is safe to ignore.
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Event event;
        event.uid = textOf(c, ICAL_UID_PROPERTY);
        event.summary = textOf(c, ICAL_SUMMARY_PROPERTY);
        icalproperty* status = icalcomponent_get_first_property(c, ICAL_STATUS_PROPERTY);
        event.cancelled = status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
        icalproperty* transp = icalcomponent_get_first_property(c, ICAL_TRANSP_PROPERTY);
        event.free = transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT;

        icalproperty* dtstart = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
        event.start = icalproperty_get_dtstart(dtstart);
        event.startTzid = tzidOf(dtstart);
        event.allDay = event.start.is_date;
        event.startUtc = zones.toUtc(event.start, event.startTzid);

        if (icalproperty* dtend = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY)) {
            const icaltimetype end = icalproperty_get_dtend(dtend);
            // A DTEND without its own TZID is read in the start's zone.
            QString endTzid = tzidOf(dtend);
            if (endTzid.isEmpty() && !icaltime_is_utc(end))
                endTzid = event.startTzid;
            event.seconds = event.startUtc.secsTo(zones.toUtc(end, endTzid));
        } else if (icalproperty* duration =
                       icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
            event.seconds = icaldurationtype_as_int(icalproperty_get_duration(duration));
        } else {
            event.seconds = event.allDay ? 86400 : 0; // RFC 5545 3.6.1
        }

        if (icalproperty* rid = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
            const icaltimetype t = icalproperty_get_recurrenceid(rid);
            event.recurrenceIdUtc = zones.toUtc(t, tzidOf(rid));
        }
        event.rrule = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
            const icaltimetype t = icalproperty_get_exdate(p);
            event.exdates.insert(zones.toUtc(t, tzidOf(p)));
        }
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_RDATE_PROPERTY)) {
            icaltimetype t = icalproperty_get_rdate(p).time;
            if (icaltime_is_null_time(t))
                t = icalproperty_get_rdate(p).period.start;
            event.rdates.append(zones.toUtc(t, tzidOf(p)));
        }
        events.append(event);
    }
    imported.eventCount = int(events.size());

    // Occurrences replaced by an override (whatever the override's status).
    QSet<QString> overridden;
    for (const Event& event : events) {
        if (event.recurrenceIdUtc.isValid())
            overridden.insert(event.uid + QLatin1Char('|') +
                              event.recurrenceIdUtc.toString(Qt::ISODate));
    }

    auto add = [&](const Event& event, const QDateTime& startUtc) {
        const QDateTime endUtc = startUtc.addSecs(event.seconds);
        if (event.seconds <= 0 || !(startUtc < options.toUtc) || !(options.fromUtc < endUtc))
            return;
        imported.busyTimes.append(
            BusyTime{0, QString(), event.uid, event.summary, startUtc, endUtc, event.allDay});
    };

    for (const Event& event : events) {
        if (event.cancelled || event.free)
            continue;
        if (!event.rrule) {
            add(event, event.startUtc);
            for (const QDateTime& extra : event.rdates)
                add(event, extra);
            continue;
        }
        // Expand on wall-clock times (libical's zone-aware iterator shifts
        // the time of day for good after a daylight-saving gap) and place
        // each occurrence in the event's zone ourselves.
        icalrecurrencetype rule = icalproperty_get_rrule(event.rrule);
        icaltimetype first = event.start;
        const bool utc = !first.is_date && icaltime_is_utc(first);
        if (!utc) {
            first.zone = nullptr;
            if (!icaltime_is_null_time(rule.until) && icaltime_is_utc(rule.until))
                rule.until = zones.toLocal(rule.until, event.startTzid);
        }
        icalrecur_iterator* it = icalrecur_iterator_new(rule, first);
        if (!it)
            continue;
        // The cap guards against endless rules inside the window; occurrences
        // before the window do not count toward it, or a daily event begun
        // years ago would stop long before today and hide real conflicts.
        int inWindow = 0;
        qint64 skipped = 0;
        bool gaveUp = false;
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
             t = icalrecur_iterator_next(it)) {
            const QDateTime startUtc = zones.toUtc(t, event.startTzid);
            if (!(startUtc < options.toUtc))
                break;
            if (!(options.fromUtc < startUtc.addSecs(event.seconds))) {
                if (++skipped > kMaxSkippedOccurrencesPerEvent) {
                    gaveUp = true;
                    break;
                }
                continue;
            }
            if (++inWindow > kMaxOccurrencesPerEvent) {
                gaveUp = true;
                break;
            }
            if (event.exdates.contains(startUtc) ||
                overridden.contains(event.uid + QLatin1Char('|') + startUtc.toString(Qt::ISODate)))
                continue;
            add(event, startUtc);
        }
        icalrecur_iterator_free(it);
        if (gaveUp)
            imported.notes << tr("The repeating event “%1” has too many occurrences; only some "
                                 "of them were imported.")
                                  .arg(event.summary);
        for (const QDateTime& extra : event.rdates)
            add(event, extra);
    }

    icalcomponent_free(calendar);
    std::sort(imported.busyTimes.begin(), imported.busyTimes.end(),
              [](const BusyTime& a, const BusyTime& b) { return a.startUtc < b.startUtc; });
    return imported;
}

} // namespace md
