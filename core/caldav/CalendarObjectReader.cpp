#include "caldav/CalendarObjectReader.h"

#include <QHash>
#include <QScopeGuard>

#include <algorithm>

#include <libical/ical.h>

namespace md {

namespace {

// The zone a date-time property names (TZID), from the object's own
// VTIMEZONE first, else the system's zone data; null when it names none.
icaltimezone* zoneOf(icalproperty* property, icalcomponent* root) {
    icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzid)
        return nullptr;
    const char* name = icalparameter_get_tzid(tzid);
    if (!name)
        return nullptr;
    icaltimezone* zone = root ? icalcomponent_get_timezone(root, name) : nullptr;
    return zone ? zone : icaltimezone_get_builtin_timezone(name);
}

// `time` read in `zone` (UTC when it says Z; `fallback` when it names no
// zone, e.g. an EXDATE written without its TZID).
QDateTime toUtc(icaltimetype time, icaltimezone* zone, icaltimezone* fallback) {
    if (icaltime_is_null_time(time))
        return {};
    icaltimezone* from = icaltime_is_utc(time) ? icaltimezone_get_utc_timezone()
                         : zone                ? zone
                         : fallback            ? fallback
                                               : icaltimezone_get_utc_timezone();
    return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(time, from)), Qt::UTC);
}

struct EventTimes {
    icaltimetype start = icaltime_null_time();
    icaltimezone* zone = nullptr;
    qint64 durationSeconds = 0;
    bool hasEnd = false;
};

EventTimes timesOf(icalcomponent* event, icalcomponent* root) {
    EventTimes times;
    if (icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) {
        times.start = icalproperty_get_dtstart(dtstart);
        times.zone = zoneOf(dtstart, root);
    }
    const QDateTime startUtc = toUtc(times.start, times.zone, nullptr);
    if (icalproperty* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        const QDateTime endUtc =
            toUtc(icalproperty_get_dtend(dtend), zoneOf(dtend, root), times.zone);
        times.durationSeconds = startUtc.secsTo(endUtc);
        times.hasEnd = true;
    } else if (icalproperty* duration =
                   icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        times.durationSeconds = icaldurationtype_as_int(icalproperty_get_duration(duration));
        times.hasEnd = true;
    }
    return times;
}

bool isCancelled(icalcomponent* event) {
    icalproperty* status = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY);
    return status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
}

} // namespace

QByteArray CalendarObjectReader::withoutStamps(const QByteArray& ics) {
    QByteArray out;
    out.reserve(ics.size());
    for (const QByteArray& line : ics.split('\n')) {
        if (!line.startsWith("DTSTAMP"))
            out += line + '\n';
    }
    return out;
}

Result<ObjectContent> CalendarObjectReader::read(const QByteArray& ics, const QDateTime& untilUtc) {
    icalcomponent* root = icalparser_parse_string(ics.constData());
    if (!root)
        return makeError(ErrorCode::InvalidInput,
                         tr("The event on the calendar server could not be read."));
    const auto freeRoot = qScopeGuard([root] { icalcomponent_free(root); });

    QList<icalcomponent*> events;
    if (icalcomponent_isa(root) == ICAL_VEVENT_COMPONENT) {
        events.append(root);
    } else {
        for (icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT))
            events.append(event);
    }
    icalcomponent* master = nullptr;
    for (icalcomponent* event : std::as_const(events)) {
        if (!icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            master = event;
            break;
        }
    }
    if (!master)
        return makeError(ErrorCode::InvalidInput,
                         tr("The calendar object on the server holds no event."));

    ObjectContent content;
    if (const char* uid = icalcomponent_get_uid(master))
        content.uid = QString::fromUtf8(uid);
    const EventTimes times = timesOf(master, root);
    const QDateTime firstUtc = toUtc(times.start, times.zone, nullptr);
    if (!firstUtc.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("The event on the calendar server has no start time."));
    const bool masterCancelled = isCancelled(master);

    // The rule's times, minus the EXDATEs.
    QList<QDateTime> originals;
    icalproperty* rrule = icalcomponent_get_first_property(master, ICAL_RRULE_PROPERTY);
    content.recurring = rrule != nullptr;
    if (rrule) {
        icaltimetype start = times.start;
        icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
        if (it) {
            for (icaltimetype next = icalrecur_iterator_next(it);
                 !icaltime_is_null_time(next) && originals.size() < kMaxOccurrences;
                 next = icalrecur_iterator_next(it)) {
                const QDateTime utc = toUtc(next, times.zone, nullptr);
                if (untilUtc.isValid() && utc >= untilUtc)
                    break;
                originals.append(utc);
            }
            icalrecur_iterator_free(it);
        }
        for (icalproperty* exdate = icalcomponent_get_first_property(master, ICAL_EXDATE_PROPERTY);
             exdate; exdate = icalcomponent_get_next_property(master, ICAL_EXDATE_PROPERTY))
            originals.removeAll(
                toUtc(icalproperty_get_exdate(exdate), zoneOf(exdate, root), times.zone));
    } else {
        originals.append(firstUtc);
    }

    QHash<qint64, ObjectOccurrence> byOriginal;
    for (const QDateTime& original : std::as_const(originals))
        byOriginal.insert(
            original.toSecsSinceEpoch(),
            {original, original, original.addSecs(times.durationSeconds), masterCancelled});
    // The overrides replace the occurrence they name.
    for (icalcomponent* event : std::as_const(events)) {
        icalproperty* rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY);
        if (!rid)
            continue;
        ObjectOccurrence occurrence;
        occurrence.originalUtc =
            toUtc(icalproperty_get_recurrenceid(rid), zoneOf(rid, root), times.zone);
        const EventTimes own = timesOf(event, root);
        occurrence.startUtc = icaltime_is_null_time(own.start)
                                  ? occurrence.originalUtc
                                  : toUtc(own.start, own.zone, times.zone);
        occurrence.endUtc =
            occurrence.startUtc.addSecs(own.hasEnd ? own.durationSeconds : times.durationSeconds);
        occurrence.cancelled = isCancelled(event);
        byOriginal.insert(occurrence.originalUtc.toSecsSinceEpoch(), occurrence);
    }
    content.occurrences = byOriginal.values();
    std::sort(content.occurrences.begin(), content.occurrences.end(),
              [](const ObjectOccurrence& a, const ObjectOccurrence& b) {
                  return a.originalUtc < b.originalUtc;
              });
    return content;
}

} // namespace md
