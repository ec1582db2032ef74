#include "caldav/BusyCalendar.h"

#include <QSet>

#include <libical/ical.h>

namespace md {

namespace {

void removeAll(icalcomponent* event, icalproperty_kind kind) {
    while (icalproperty* property = icalcomponent_get_first_property(event, kind)) {
        icalcomponent_remove_property(event, property);
        icalproperty_free(property);
    }
}

} // namespace

QByteArray BusyCalendar::merge(const QList<QByteArray>& objects, bool keepTitles) {
    icalcomponent* merged = icalcomponent_new_vcalendar();
    icalcomponent_add_property(merged, icalproperty_new_version("2.0"));
    icalcomponent_add_property(merged, icalproperty_new_prodid("-//MentorDesk//busy times//EN"));
    const QByteArray busy = tr("Busy").toUtf8();
    QSet<QByteArray> zones;
    for (const QByteArray& object : objects) {
        icalcomponent* calendar = icalparser_parse_string(object.constData());
        if (!calendar)
            continue;
        for (icalcomponent* zone =
                 icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
             zone; zone = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            icalproperty* tzid = icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY);
            const QByteArray id = tzid ? QByteArray(icalproperty_get_tzid(tzid)) : QByteArray();
            if (id.isEmpty() || zones.contains(id))
                continue;
            zones.insert(id);
            icalcomponent_add_component(merged, icalcomponent_new_clone(zone));
        }
        for (icalcomponent* event =
                 icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            icalcomponent* copy = icalcomponent_new_clone(event);
            if (!keepTitles) {
                for (icalproperty_kind kind :
                     {ICAL_SUMMARY_PROPERTY, ICAL_DESCRIPTION_PROPERTY, ICAL_LOCATION_PROPERTY,
                      ICAL_ATTENDEE_PROPERTY, ICAL_ORGANIZER_PROPERTY, ICAL_COMMENT_PROPERTY})
                    removeAll(copy, kind);
                icalcomponent_add_property(copy, icalproperty_new_summary(busy.constData()));
            }
            icalcomponent_add_component(merged, copy);
        }
        icalcomponent_free(calendar);
    }
    char* text = icalcomponent_as_ical_string_r(merged);
    QByteArray out(text);
    free(text);
    icalcomponent_free(merged);
    return out;
}

} // namespace md
