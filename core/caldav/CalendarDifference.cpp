#include "caldav/CalendarDifference.h"

#include "scheduling/TimeFormat.h"

#include <QCoreApplication>

namespace md {

namespace {

struct KindKey {
    CalendarDifference::Kind kind;
    const char* key;
};

constexpr KindKey kKindKeys[] = {
    {CalendarDifference::Kind::Moved, "moved"},
    {CalendarDifference::Kind::Cancelled, "cancelled"},
    {CalendarDifference::Kind::Deleted, "deleted"},
    {CalendarDifference::Kind::Edited, "edited"},
};

// "3 Nov, 19:00–20:00"
QString timeRange(const QDateTime& startUtc, const QDateTime& endUtc, const QTimeZone& zone) {
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = endUtc.toTimeZone(zone);
    //: A date and a time range, e.g. "3 Nov, 19:00–20:00".
    return QCoreApplication::translate("md::CalendarDifference", "%1, %2–%3")
        .arg(TimeFormat::dayAndMonth(start.date()), TimeFormat::shortTime(start.time()),
             TimeFormat::shortTime(end.time()));
}

} // namespace

QString describeCalendarDifference(const CalendarDifference& difference, const QTimeZone& zone) {
    switch (difference.kind) {
    case CalendarDifference::Kind::Moved:
        return QCoreApplication::translate("md::CalendarDifference", "Moved on the server to %1")
            .arg(timeRange(difference.serverStartUtc, difference.serverEndUtc, zone));
    case CalendarDifference::Kind::Cancelled:
        return QCoreApplication::translate("md::CalendarDifference",
                                           "Cancelled or removed on the server");
    case CalendarDifference::Kind::Deleted:
        return difference.sessionId != 0
                   ? QCoreApplication::translate("md::CalendarDifference", "Deleted on the server")
                   : QCoreApplication::translate("md::CalendarDifference",
                                                 "The whole series was deleted on the server");
    case CalendarDifference::Kind::Edited:
        break;
    }
    return QCoreApplication::translate(
        "md::CalendarDifference", "Changed on the server, with the same times (e.g. its title)");
}

QString calendarDifferenceSubject(const CalendarDifference& difference, const QTimeZone& zone) {
    const QString client =
        difference.clientName.isEmpty()
            ? QCoreApplication::translate("md::CalendarDifference", "A deleted session")
            : difference.clientName;
    if (difference.sessionId == 0 && difference.seriesId != 0)
        //: %1 is the client's name.
        return QCoreApplication::translate("md::CalendarDifference", "%1, the whole series")
            .arg(client);
    if (!difference.mentorDeskStartUtc.isValid())
        return client;
    //: %1 is the client's name, %2 the session's date and time.
    return QCoreApplication::translate("md::CalendarDifference", "%1, %2")
        .arg(client, timeRange(difference.mentorDeskStartUtc, difference.mentorDeskEndUtc, zone));
}

QString calendarDifferenceKindKey(CalendarDifference::Kind kind) {
    for (const KindKey& entry : kKindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("edited");
}

bool calendarDifferenceKindFromKey(const QString& key, CalendarDifference::Kind* kind) {
    for (const KindKey& entry : kKindKeys) {
        if (key == QLatin1String(entry.key)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

} // namespace md
