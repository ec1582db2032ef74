#include "scheduling/TimeFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace md {

QString TimeFormat::shortTime(const QTime& time) {
    return shortTime(time, QLocale());
}

QString TimeFormat::shortTime(const QTime& time, const QLocale& locale) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString TimeFormat::shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString TimeFormat::dayAndMonth(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

} // namespace md
