#include "ics/IcsReader.h"

#include "ics/IcsRuleBounds.h"
#include "ics/IcsSyntaxChecker.h"
#include "ics/IcsTimeZones.h"
#include "scheduling/ZonedTime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <libical/ical.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace md {

namespace {

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
        m_notes << IcsReader::tr("The time zone “%1” is unknown; its times were read as UTC.")
                       .arg(tzid);
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
    int line = 0; // of its BEGIN:VEVENT, 0 when unknown
};

struct CalendarDeleter {
    void operator()(icalcomponent* calendar) const { icalcomponent_free(calendar); }
};
struct IteratorDeleter {
    void operator()(icalrecur_iterator* iterator) const { icalrecur_iterator_free(iterator); }
};

// “Weekly 1:1” (the event on line 12), for messages.
QString eventName(const Event& event) {
    const QString summary =
        event.summary.size() > 60 ? event.summary.left(59) + QChar(0x2026) : event.summary;
    const QString name = summary.isEmpty() ? event.uid.left(60) : summary;
    if (event.line > 0)
        return IcsReader::tr("“%1” (the event on line %2)").arg(name).arg(event.line);
    return IcsReader::tr("“%1”").arg(name);
}

// UTC seconds as a wall-clock time of the form of `like`: UTC for a UTC
// start, zone-less local time otherwise, a date for an all-day event.
icaltimetype wallClockLike(const icaltimetype& like, const QDateTime& utc, const QString& tzid,
                           ZoneReader& zones) {
    const icaltimetype instant = icaltime_from_timet_with_zone(time_t(utc.toSecsSinceEpoch()), 0,
                                                               icaltimezone_get_utc_timezone());
    icaltimetype out =
        (!like.is_date && icaltime_is_utc(like)) ? instant : zones.toLocal(instant, tzid);
    if (like.is_date) {
        out.is_date = 1;
        out.hour = out.minute = out.second = 0;
    }
    return out;
}

// What one file may cost, counted over all its events.
struct Limits {
    qint64 steps = 0;
    QElapsedTimer timer;
    Limits() { timer.start(); }
};

// The whole file is refused: nothing of it is imported.
Error refusal(const Event& event, const QString& reason) {
    return makeError(ErrorCode::InvalidInput,
                     IcsReader::tr("The calendar file was not imported, none of it: %1 %2.")
                         .arg(eventName(event), reason));
}

Error tooManySteps(const Event& event, qint64 steps) {
    return refusal(event, IcsReader::tr("repeats too often (expanding it takes about %1 steps; "
                                        "MentorDesk takes at most %2 per event)")
                              .arg(steps)
                              .arg(IcsReader::kMaxStepsPerEvent));
}

using AddBusyTime = std::function<Status(const Event&, const QDateTime&)>;

// Expands a repeating event over [fromUtc, toUtc) within the limits.
Status expand(const Event& event, ZoneReader& zones, const QSet<QString>& overridden,
              const QDateTime& fromUtc, const QDateTime& toUtc, Limits& limits,
              const AddBusyTime& add) {
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
    // The window in the event's own wall-clock time, a day wider on each
    // side for the zone's offset, and at the start by the event's length.
    const icaltimetype windowEnd = wallClockLike(first, toUtc.addDays(1), event.startTzid, zones);
    const icaltimetype windowStart =
        wallClockLike(first, fromUtc.addSecs(-std::max<qint64>(0, event.seconds)).addDays(-1),
                      event.startTzid, zones);
    if (!icaltime_is_null_time(rule.until) && icaltime_compare(rule.until, windowStart) < 0)
        return {}; // ended before the window
    ics::clampUntil(rule, windowEnd);
    first = ics::skipAhead(rule, first, windowStart);
    if (!ics::mayOccur(rule, first, first, windowEnd))
        return {}; // no day can hold one of its dates (30 February)
    const qint64 estimated = ics::estimatedSteps(rule, first);
    if (estimated > IcsReader::kMaxStepsPerEvent)
        return tooManySteps(event, estimated);
    if (limits.steps + estimated > IcsReader::kMaxStepsPerFile)
        return refusal(event, IcsReader::tr("brings the repeating events of the file over %1 "
                                            "steps to expand")
                                  .arg(IcsReader::kMaxStepsPerFile));

    // Charged up front: a rule whose periods hold no date costs its steps
    // inside one libical call, with nothing to count.
    limits.steps += estimated;
    const std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(
        icalrecur_iterator_new(rule, first));
    if (!it)
        return {};
    qint64 calls = 0;
    int inWindow = 0;
    for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it.get())) {
        if (++calls > IcsReader::kMaxStepsPerEvent)
            return tooManySteps(event, calls);
        if (calls > estimated && ++limits.steps > IcsReader::kMaxStepsPerFile)
            return refusal(event, IcsReader::tr("brings the repeating events of the file over %1 "
                                                "steps to expand")
                                      .arg(IcsReader::kMaxStepsPerFile));
        if ((calls & 1023) == 0 && limits.timer.elapsed() > IcsReader::kMaxMilliseconds)
            return refusal(event, IcsReader::tr("takes too long to read"));
        // Cheap test first: most steps of an old series lie before the window.
        if (icaltime_compare(t, windowStart) < 0)
            continue;
        const QDateTime startUtc = zones.toUtc(t, event.startTzid);
        if (!(startUtc < toUtc))
            break;
        if (!(fromUtc < startUtc.addSecs(event.seconds)))
            continue;
        if (++inWindow > IcsReader::kMaxOccurrencesPerEvent)
            return refusal(event, IcsReader::tr("has more than %1 dates in the months MentorDesk "
                                                "reads")
                                      .arg(IcsReader::kMaxOccurrencesPerEvent));
        if (event.exdates.contains(startUtc) ||
            overridden.contains(event.uid + QLatin1Char('|') + startUtc.toString(Qt::ISODate)))
            continue;
        if (Status added = add(event, startUtc); !added)
            return added;
    }
    return {};
}

} // namespace

Result<IcsReader::Imported> IcsReader::readFile(const QString& path, const Options& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return IcsSyntaxChecker::tooLarge(file.size());
    return read(file.read(kMaxFileBytes + 1), options);
}

Result<IcsReader::Imported> IcsReader::read(const QByteArray& data, const Options& options) {
    const Result<IcsSyntaxChecker::Report> report = IcsSyntaxChecker::check(data);
    if (!report)
        return report.error();

    const std::unique_ptr<icalcomponent, CalendarDeleter> owned(
        icalparser_parse_string(data.constData()));
    icalcomponent* calendar = owned.get();
    if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT)
        return IcsSyntaxChecker::lineError(1, tr("this is not an iCalendar file"));
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
    // The lines of BEGIN:VEVENT name the events in messages, when the
    // checker and libical agree on what the events are.
    if (report->eventLines.size() == events.size()) {
        for (qsizetype i = 0; i < events.size(); ++i)
            events[i].line = report->eventLines.at(i);
    }

    // Occurrences replaced by an override (whatever the override's status).
    QSet<QString> overridden;
    for (const Event& event : events) {
        if (event.recurrenceIdUtc.isValid())
            overridden.insert(event.uid + QLatin1Char('|') +
                              event.recurrenceIdUtc.toString(Qt::ISODate));
    }

    // Only the window the app uses is expanded, however wide the caller's.
    const QDateTime fromUtc = options.fromUtc;
    const QDateTime toUtc = std::min(options.toUtc, fromUtc.addMonths(kMaxWindowMonths));
    Limits limits;
    auto add = [&](const Event& event, const QDateTime& startUtc) -> Status {
        const QDateTime endUtc = startUtc.addSecs(event.seconds);
        if (event.seconds <= 0 || !(startUtc < toUtc) || !(fromUtc < endUtc))
            return {};
        if (imported.busyTimes.size() >= kMaxBusyTimesPerFile)
            return refusal(event, tr("brings the file over %1 busy times in the months "
                                     "MentorDesk reads")
                                      .arg(kMaxBusyTimesPerFile));
        imported.busyTimes.append(
            BusyTime{0, QString(), event.uid, event.summary, startUtc, endUtc, event.allDay});
        return {};
    };

    for (const Event& event : events) {
        if (event.cancelled || event.free)
            continue;
        if (limits.timer.elapsed() > kMaxMilliseconds)
            return refusal(event, tr("takes too long to read"));
        if (event.rrule) {
            if (Status expanded = expand(event, zones, overridden, fromUtc, toUtc, limits, add);
                !expanded)
                return expanded.error();
        } else if (Status added = add(event, event.startUtc); !added) {
            return added.error();
        }
        for (const QDateTime& extra : event.rdates) {
            if (Status added = add(event, extra); !added)
                return added.error();
        }
    }

    std::sort(imported.busyTimes.begin(), imported.busyTimes.end(),
              [](const BusyTime& a, const BusyTime& b) { return a.startUtc < b.startUtc; });
    return imported;
}

} // namespace md
