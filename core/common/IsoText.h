#pragma once

#include <QDateTime>
#include <QString>

namespace md {

// The text of QDate::toString(Qt::ISODate) and QDateTime::toString(Qt::ISODate),
// written digit by digit: Qt formats each field through QString::asprintf,
// which was most of the time a list of a year of sessions spent on its rows.
// tst_isotext compares both with Qt's for every kind of time spec.
namespace isotext {

inline void putDigits(char16_t*& out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

inline bool putDate(char16_t*& out, const QDate& date) {
    const int year = date.year();
    if (year < 0 || year > 9999)
        return false; // Qt's ISO text has no form for these years
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    return true;
}

} // namespace isotext

inline QString isoDateText(const QDate& date) {
    if (!date.isValid())
        return {};
    char16_t buffer[10];
    char16_t* out = buffer;
    if (!isotext::putDate(out, date))
        return date.toString(Qt::ISODate);
    return QString(reinterpret_cast<const QChar*>(buffer), out - buffer);
}

inline QString isoDateTimeText(const QDateTime& time) {
    if (!time.isValid())
        return {};
    char16_t buffer[25];
    char16_t* out = buffer;
    if (!isotext::putDate(out, time.date()))
        return time.toString(Qt::ISODate);
    const Qt::TimeSpec spec = time.timeSpec();
    const int offset = spec == Qt::UTC || spec == Qt::LocalTime ? 0 : time.offsetFromUtc();
    const int magnitude = offset < 0 ? -offset : offset;
    if (magnitude >= 100 * 3600)
        return time.toString(Qt::ISODate);
    const QTime clock = time.time();
    *out++ = u'T';
    isotext::putDigits(out, clock.hour(), 2);
    *out++ = u':';
    isotext::putDigits(out, clock.minute(), 2);
    *out++ = u':';
    isotext::putDigits(out, clock.second(), 2);
    switch (spec) {
    case Qt::UTC:
        *out++ = u'Z';
        break;
    case Qt::OffsetFromUTC:
    case Qt::TimeZone:
        *out++ = offset < 0 ? u'-' : u'+';
        isotext::putDigits(out, magnitude / 3600, 2);
        *out++ = u':';
        isotext::putDigits(out, (magnitude / 60) % 60, 2);
        break;
    case Qt::LocalTime:
        break; // Qt writes no offset for local time
    }
    return QString(reinterpret_cast<const QChar*>(buffer), out - buffer);
}

} // namespace md
