#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

// The events of one of the mentor's other calendars, read from the server
// one object at a time, as a single calendar for the busy-time import
// (SchedulingService::importBusyTimes).
class BusyCalendar final {
    Q_DECLARE_TR_FUNCTIONS(md::BusyCalendar)
public:
    // Every VEVENT and VTIMEZONE of `objects` in one VCALENDAR (each zone
    // once). Unless `keepTitles`, each event's title becomes "Busy" and its
    // description, location and attendees are left out: the busy time then
    // says when, not what.
    static QByteArray merge(const QList<QByteArray>& objects, bool keepTitles);
};

} // namespace md
