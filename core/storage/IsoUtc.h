#pragma once

#include <QDateTime>
#include <QStringView>

namespace md {

namespace isoutc {
inline bool digits(QStringView text, qsizetype from, qsizetype count, int* value) {
    int result = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + (c - u'0');
    }
    *value = result;
    return true;
}

// "YYYY-MM-DD" at the start of `text`.
inline bool datePrefix(QStringView text, int* year, int* month, int* day) {
    return text.size() >= 10 && text[4] == u'-' && text[7] == u'-' && digits(text, 0, 4, year) &&
           digits(text, 5, 2, month) && digits(text, 8, 2, day);
}
} // namespace isoutc

// Reads a day as the workspace stores it ("2026-03-09"), like
// QDate::fromString(text, Qt::ISODate) but without its general parser.
inline QDate parseIsoDate(QStringView text) {
    int year = 0, month = 0, day = 0;
    if (text.size() == 10 && isoutc::datePrefix(text, &year, &month, &day))
        return QDate(year, month, day); // invalid for a day that does not exist, as Qt's
    return QDate::fromString(text.toString(), Qt::ISODate);
}

// Reads a UTC instant as the workspace stores it ("2026-03-09T10:00:00.000Z",
// Qt::ISODateWithMs), a few times faster than QDateTime::fromString: a view
// of thousands of sessions reads two per row. Anything else is read by
// QDateTime::fromString, so no stored form is refused.
inline QDateTime parseIsoUtc(QStringView text) {
    using isoutc::digits;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (text.size() == 24 && isoutc::datePrefix(text, &year, &month, &day) && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z' &&
        digits(text, 11, 2, &hour) && digits(text, 14, 2, &minute) &&
        digits(text, 17, 2, &second) && digits(text, 20, 3, &ms)) {
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

} // namespace md
