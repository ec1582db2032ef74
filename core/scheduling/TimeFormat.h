#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace md {

// Times and dates as the mentor reads them, in the user's locale. The
// locale's short time format keeps seconds in some locales (the C locale
// among them); calendars never show seconds.
class TimeFormat final {
public:
    static QString shortTime(const QTime& time);
    // The same in `locale` (a document's).
    static QString shortTime(const QTime& time, const QLocale& locale);
    static QString shortDate(const QDate& date);
    // "Tue 3 Mar"
    static QString dayAndMonth(const QDate& date);
};

} // namespace md
