#include "scheduling/TimeFormat.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace md {

QString TimeFormat::shortTime(const QTime& time) {
    return shortTime(time, QLocale());
}

QString TimeFormat::shortTime(const QTime& time, const QLocale& locale) {
    // A calendar writes the same few times for thousands of sessions: the
    // texts of whole minutes are kept per thread, for the last locale asked.
    struct Texts {
        QLocale locale;
        QString format;
        QHash<int, QString> byMinute;
    };
    thread_local std::optional<Texts> cache;
    if (!cache || !(cache->locale == locale)) {
        QString format = locale.timeFormat(QLocale::ShortFormat);
        static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
        format.remove(seconds);
        cache.emplace(Texts{locale, format, {}});
    }
    if (!time.isValid() || time.second() != 0 || time.msec() != 0)
        return locale.toString(time, cache->format);
    const int minute = time.hour() * 60 + time.minute();
    auto found = cache->byMinute.constFind(minute);
    if (found == cache->byMinute.cend())
        found = cache->byMinute.insert(minute, locale.toString(time, cache->format));
    return *found;
}

QString TimeFormat::shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString TimeFormat::dayAndMonth(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

} // namespace md
