#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace md {

// When the mentor works. Hours are wall-clock times in the mentor's zone; a
// weekday without hours is not a working day.
struct WorkingHours {
    QTime start;
    QTime end; // after start; a day ending at midnight uses 23:59

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool operator==(const WorkingHours&) const = default;
};

struct Availability {
    QMap<int, WorkingHours> hours; // Qt::DayOfWeek (1 = Monday) -> hours
    QSet<QDate> daysOff;
    int bufferMinutes = 0; // minimum free time between two sessions
    QTimeZone zone = QTimeZone::systemTimeZone();

    // Monday to Friday 09:00–17:00, no buffer: what a new workspace starts with.
    static Availability standardWeek(const QTimeZone& zone = QTimeZone::systemTimeZone());
    bool isWorkingDay(const QDate& date) const {
        return hours.contains(date.dayOfWeek()) && !daysOff.contains(date);
    }
};

// Time taken by something outside MentorDesk, imported from another calendar.
struct BusyTime {
    qint64 id = 0;
    QString source;  // where it came from (the imported file's name)
    QString uid;     // UID of the event it was expanded from
    QString summary; // its title, shown in conflict warnings
    QDateTime startUtc;
    QDateTime endUtc;
    bool allDay = false;

    bool overlaps(const QDateTime& fromUtc, const QDateTime& toUtc) const {
        return startUtc < toUtc && fromUtc < endUtc;
    }
};

} // namespace md
