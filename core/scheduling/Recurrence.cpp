#include "scheduling/Recurrence.h"

#include "scheduling/ZonedTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <libical/ical.h>

namespace md {

namespace {

const char* const kIcalDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QString icalDay(const QDate& date) {
    return QString::fromLatin1(kIcalDays[date.dayOfWeek() - 1]);
}

int effectiveOrdinal(const RecurrenceRule& rule, const QDate& first) {
    return rule.weekdayOrdinal != 0 ? rule.weekdayOrdinal
                                    : Recurrence::weekdayOrdinalOf(first, false);
}

// The rule without its end, which expand() applies itself on local dates.
QString baseRule(const RecurrenceRule& rule, const QDate& first) {
    QString text = rule.frequency == RecurrenceRule::Frequency::Weekly
                       ? QStringLiteral("FREQ=WEEKLY")
                       : QStringLiteral("FREQ=MONTHLY");
    if (rule.interval > 1)
        text += QStringLiteral(";INTERVAL=%1").arg(rule.interval);
    if (rule.frequency == RecurrenceRule::Frequency::Monthly) {
        // Spelled out so that every reader applies the RFC 5545 rule for
        // missing dates instead of guessing from DTSTART.
        if (rule.monthlyBy == RecurrenceRule::MonthlyBy::DayOfMonth)
            text += QStringLiteral(";BYMONTHDAY=%1").arg(first.day());
        else
            text += QStringLiteral(";BYDAY=%1%2")
                        .arg(effectiveOrdinal(rule, first))
                        .arg(icalDay(first));
    }
    return text;
}

icaltimetype floating(const QDate& date, const QTime& time) {
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    return t;
}

} // namespace

int Recurrence::weekdayOrdinalOf(const QDate& date, bool preferLast) {
    if (preferLast && date.addDays(7).month() != date.month())
        return -1;
    return (date.day() - 1) / 7 + 1;
}

Status Recurrence::validate(const RecurrenceRule& rule, const QDateTime& firstStart) {
    if (!firstStart.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("The series needs a valid first date and time."));
    if (rule.interval < 1 || rule.interval > 12)
        return makeError(ErrorCode::InvalidInput,
                         tr("The repeat interval must be between 1 and 12."));
    const bool hasCount = rule.count > 0;
    const bool hasUntil = rule.until.isValid();
    if (hasCount == hasUntil)
        return makeError(ErrorCode::InvalidInput,
                         tr("A series ends either after a number of sessions or on a date."));
    if (rule.count > kMaxOccurrences)
        return makeError(ErrorCode::InvalidInput,
                         tr("A series can have at most %1 sessions.").arg(kMaxOccurrences));
    const QDate first = firstStart.date();
    if (hasUntil && rule.until < first)
        return makeError(ErrorCode::InvalidInput, tr("The series ends before its first session."));
    if (rule.frequency == RecurrenceRule::Frequency::Monthly &&
        rule.monthlyBy == RecurrenceRule::MonthlyBy::Weekday) {
        const int ordinal = rule.weekdayOrdinal;
        if (ordinal != 0 && ordinal != -1 && (ordinal < 1 || ordinal > 5))
            return makeError(
                ErrorCode::InvalidInput,
                tr("The weekday of the month must be the 1st to the 5th or the last."));
        const bool matches = ordinal == 0 || ordinal == weekdayOrdinalOf(first, false) ||
                             (ordinal == -1 && weekdayOrdinalOf(first, true) == -1);
        if (!matches)
            return makeError(ErrorCode::InvalidInput,
                             tr("The first session is not on the weekday of the month the series "
                                "repeats on."));
    }
    return {};
}

Result<QList<Recurrence::Occurrence>> Recurrence::expand(const RecurrenceRule& rule,
                                                         const QDateTime& firstStart,
                                                         const QList<QDate>& skipped) {
    if (Status valid = validate(rule, firstStart); !valid)
        return valid.error();

    QString text = baseRule(rule, firstStart.date());
    if (rule.count > 0)
        text += QStringLiteral(";COUNT=%1").arg(rule.count);
    const QByteArray ruleText = text.toLatin1();
    icalrecurrencetype recurrence = icalrecurrencetype_from_string(ruleText.constData());
    if (recurrence.freq == ICAL_NO_RECURRENCE)
        return makeError(ErrorCode::InvalidInput, tr("The repeat rule is not valid."));

    // Floating (zone-less) times: the wall clock is what repeats.
    const QTime time = firstStart.time();
    icalrecur_iterator* it = icalrecur_iterator_new(recurrence, floating(firstStart.date(), time));
    if (!it)
        return makeError(ErrorCode::InvalidInput, tr("The repeat rule is not valid."));

    const QTimeZone zone = firstStart.timeZone();
    QList<Occurrence> result;
    int produced = 0;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(it)) {
        const QDate date(next.year, next.month, next.day);
        if (rule.until.isValid() && date > rule.until)
            break;
        if (++produced > kMaxOccurrences)
            break;
        if (skipped.contains(date))
            continue;
        result.append({date, ZonedTime::make(date, time, zone)});
    }
    icalrecur_iterator_free(it);
    return result;
}

QString Recurrence::toRRule(const RecurrenceRule& rule, const QDateTime& firstStart) {
    QString text = baseRule(rule, firstStart.date());
    if (rule.count > 0) {
        text += QStringLiteral(";COUNT=%1").arg(rule.count);
    } else if (rule.until.isValid()) {
        const QDateTime endOfDay =
            ZonedTime::toUtc(rule.until, QTime(23, 59, 59), firstStart.timeZone());
        text +=
            QStringLiteral(";UNTIL=") + endOfDay.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    return text;
}

RecurrenceRule Recurrence::rebased(const RecurrenceRule& rule, const QDate& oldFirst,
                                   const QDate& newFirst) {
    RecurrenceRule result = rule;
    if (rule.frequency == RecurrenceRule::Frequency::Monthly &&
        rule.monthlyBy == RecurrenceRule::MonthlyBy::Weekday) {
        // "Last Friday" stays "last" when the new date is a last weekday too.
        const bool wasLast = rule.weekdayOrdinal == -1 ||
                             (rule.weekdayOrdinal == 0 && weekdayOrdinalOf(oldFirst, true) == -1 &&
                              weekdayOrdinalOf(oldFirst, false) == 5);
        result.weekdayOrdinal = weekdayOrdinalOf(newFirst, wasLast);
    }
    return result;
}

QString Recurrence::describe(const RecurrenceRule& rule, const QDateTime& firstStart) {
    const QLocale locale;
    const QDate first = firstStart.date();
    const QString weekday = locale.dayName(first.dayOfWeek());
    QString cadence;
    if (rule.frequency == RecurrenceRule::Frequency::Weekly) {
        cadence = rule.interval == 1   ? tr("Every week on %1").arg(weekday)
                  : rule.interval == 2 ? tr("Every two weeks on %1").arg(weekday)
                                       : tr("Every %1 weeks on %2").arg(rule.interval).arg(weekday);
    } else if (rule.monthlyBy == RecurrenceRule::MonthlyBy::DayOfMonth) {
        cadence = rule.interval == 1
                      ? tr("Every month on day %1").arg(first.day())
                      : tr("Every %1 months on day %2").arg(rule.interval).arg(first.day());
    } else {
        static const char* const ordinals[] = {QT_TRANSLATE_NOOP("md::Recurrence", "first"),
                                               QT_TRANSLATE_NOOP("md::Recurrence", "second"),
                                               QT_TRANSLATE_NOOP("md::Recurrence", "third"),
                                               QT_TRANSLATE_NOOP("md::Recurrence", "fourth"),
                                               QT_TRANSLATE_NOOP("md::Recurrence", "fifth")};
        const int ordinal = effectiveOrdinal(rule, first);
        const QString which = ordinal == -1 ? tr("last") : tr(ordinals[qBound(1, ordinal, 5) - 1]);
        cadence = rule.interval == 1
                      ? tr("Every month on the %1 %2").arg(which, weekday)
                      : tr("Every %1 months on the %2 %3").arg(rule.interval).arg(which, weekday);
    }
    if (rule.count > 0)
        return tr("%1, %n time(s)", nullptr, rule.count).arg(cadence);
    if (rule.until.isValid())
        return tr("%1, until %2").arg(cadence, locale.toString(rule.until, QLocale::ShortFormat));
    return cadence;
}

} // namespace md
