#include "scheduling/ReminderScheduler.h"

#include <algorithm>

namespace md {

ReminderScheduler::ReminderScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
}

void ReminderScheduler::setLeadMinutes(int minutes) {
    m_leadMinutes = std::max(0, minutes);
    if (m_running)
        check();
}

void ReminderScheduler::setSessions(const QList<Session>& sessions) {
    m_sessions = sessions;
    if (m_running)
        check();
}

SessionFilter ReminderScheduler::watchFilter(const QDateTime& nowUtc) const {
    SessionFilter filter;
    filter.fromUtc = nowUtc;
    filter.toUtc = nowUtc.addSecs(qint64(m_leadMinutes + kLookAheadMinutes) * 60);
    filter.includeCancelled = false;
    return filter;
}

bool ReminderScheduler::needsReminder(const Session& session, const QDateTime& nowUtc,
                                      int leadMinutes) {
    if (session.status != SessionStatus::Planned || !session.start.isValid())
        return false;
    const QDateTime start = session.startUtc();
    const QDateTime remindAt = start.addSecs(-qint64(leadMinutes) * 60);
    return remindAt <= nowUtc && nowUtc < start;
}

QString ReminderScheduler::reminderKey(const Session& session) const {
    return QStringLiteral("%1@%2").arg(session.id).arg(session.startUtc().toSecsSinceEpoch());
}

QList<Session> ReminderScheduler::takeDue() {
    const QDateTime now = m_clock.nowUtc();
    QList<Session> due;
    for (const Session& session : m_sessions) {
        if (!needsReminder(session, now, m_leadMinutes))
            continue;
        const QString key = reminderKey(session);
        if (m_reminded.contains(key))
            continue;
        m_reminded.insert(key);
        due.append(session);
    }
    return due;
}

QDateTime ReminderScheduler::nextDueUtc() const {
    const QDateTime now = m_clock.nowUtc();
    QDateTime next;
    for (const Session& session : m_sessions) {
        if (session.status != SessionStatus::Planned || m_reminded.contains(reminderKey(session)))
            continue;
        const QDateTime start = session.startUtc();
        if (start <= now)
            continue;
        const QDateTime remindAt = start.addSecs(-qint64(m_leadMinutes) * 60);
        const QDateTime when = std::max(remindAt, now);
        if (!next.isValid() || when < next)
            next = when;
    }
    return next;
}

void ReminderScheduler::start() {
    m_running = true;
    check();
}

void ReminderScheduler::stop() {
    m_running = false;
    m_timer.stop();
}

void ReminderScheduler::check() {
    const QList<Session> due = takeDue();
    for (const Session& session : due)
        Q_EMIT reminderDue(session);
    if (m_running)
        arm();
}

void ReminderScheduler::arm() {
    const QDateTime next = nextDueUtc();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    // Wake at least hourly: a suspended laptop or a changed system clock must
    // not make the single-shot timer miss a reminder.
    const qint64 msecs = std::clamp<qint64>(m_clock.nowUtc().msecsTo(next), 1000, 3600 * 1000);
    m_timer.start(int(msecs));
}

} // namespace md
