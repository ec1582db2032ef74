#include "scheduling/ConflictChecker.h"

#include "scheduling/TimeFormat.h"
#include <QCoreApplication>

#include <QLocale>

#include <algorithm>

namespace md {

namespace {

// "Tue 10 Mar 18:00–19:00" in the mentor's zone.
QString range(const QDateTime& fromUtc, const QDateTime& toUtc, const QTimeZone& zone) {
    const QLocale locale;
    const QDateTime from = fromUtc.toTimeZone(zone);
    const QDateTime to = toUtc.toTimeZone(zone);
    QString text = locale.toString(from.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') +
                   TimeFormat::shortTime(from.time()) + QStringLiteral("–");
    if (to.date() != from.date())
        text += locale.toString(to.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ');
    return text + TimeFormat::shortTime(to.time());
}

QString sessionName(const Session& session, const QHash<qint64, QString>& labels) {
    const QString label = labels.value(session.engagementId);
    return label.isEmpty() ? ConflictChecker::tr("another session")
                           : ConflictChecker::tr("the session with %1").arg(label);
}

void checkWorkingHours(const QDateTime& startUtc, const QDateTime& endUtc,
                       const Availability& availability, QList<ConflictWarning>& out) {
    const QDateTime start = startUtc.toTimeZone(availability.zone);
    // The last minute that is part of the session decides its last day.
    const QDateTime last = endUtc.addSecs(-1).toTimeZone(availability.zone);
    for (QDate day = start.date(); day <= last.date(); day = day.addDays(1)) {
        if (availability.daysOff.contains(day)) {
            out.append({ConflictWarning::Kind::DayOff,
                        0,
                        0,
                        {},
                        {},
                        ConflictChecker::tr("%1 is one of your days off.")
                            .arg(QLocale().toString(day, QLocale::LongFormat))});
            return;
        }
        if (!availability.hours.contains(day.dayOfWeek())) {
            out.append({ConflictWarning::Kind::OutsideWorkingHours,
                        0,
                        0,
                        {},
                        {},
                        ConflictChecker::tr("You do not work on %1s.")
                            .arg(QLocale().dayName(day.dayOfWeek()))});
            return;
        }
    }
    const WorkingHours hours = availability.hours.value(start.date().dayOfWeek());
    const bool sameDay = start.date() == last.date();
    if (!sameDay || start.time() < hours.start || last.time() >= hours.end) {
        const QLocale locale;
        out.append(
            {ConflictWarning::Kind::OutsideWorkingHours,
             0,
             0,
             {},
             {},
             ConflictChecker::tr("Outside your working hours (%1–%2).")
                 .arg(TimeFormat::shortTime(hours.start), TimeFormat::shortTime(hours.end))});
    }
}

} // namespace

QList<ConflictWarning> ConflictChecker::check(const Proposal& proposal,
                                              const QList<Session>& sessions,
                                              const QList<BusyTime>& busyTimes,
                                              const Availability& availability,
                                              const QHash<qint64, QString>& engagementLabels) {
    QList<ConflictWarning> out;
    const QDateTime start = proposal.startUtc.toUTC();
    const QDateTime end = proposal.endUtc();
    if (!start.isValid() || proposal.durationMinutes <= 0)
        return out;
    const qint64 buffer = qint64(std::max(0, availability.bufferMinutes)) * 60;

    for (const Session& other : sessions) {
        if (other.id == proposal.sessionId && proposal.sessionId != 0)
            continue;
        if (other.isCancelled())
            continue;
        const QDateTime otherStart = other.startUtc();
        const QDateTime otherEnd = other.endUtc();
        if (other.overlaps(start, end)) {
            out.append({ConflictWarning::Kind::SessionOverlap, other.id, 0, otherStart, otherEnd,
                        tr("Overlaps with %1 (%2).")
                            .arg(sessionName(other, engagementLabels),
                                 range(otherStart, otherEnd, availability.zone))});
            continue;
        }
        const qint64 gap = otherEnd <= start ? otherEnd.secsTo(start) : end.secsTo(otherStart);
        if (gap < buffer) {
            out.append({ConflictWarning::Kind::InsideBuffer, other.id, 0, otherStart, otherEnd,
                        tr("Less than %1 minutes from %2 (%3).")
                            .arg(availability.bufferMinutes)
                            .arg(sessionName(other, engagementLabels),
                                 range(otherStart, otherEnd, availability.zone))});
        }
    }

    for (const BusyTime& busy : busyTimes) {
        if (!busy.overlaps(start, end))
            continue;
        const QString title = busy.summary.isEmpty() ? tr("busy") : busy.summary;
        out.append({ConflictWarning::Kind::BusyTimeOverlap, 0, busy.id, busy.startUtc, busy.endUtc,
                    tr("Overlaps with “%1” from your other calendar (%2).")
                        .arg(title, range(busy.startUtc, busy.endUtc, availability.zone))});
    }

    checkWorkingHours(start, end, availability, out);

    std::stable_sort(
        out.begin(), out.end(),
        [](const ConflictWarning& a, const ConflictWarning& b) { return a.kind < b.kind; });
    return out;
}

} // namespace md
