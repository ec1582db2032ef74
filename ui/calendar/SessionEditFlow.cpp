#include "calendar/SessionEditFlow.h"

#include "calendar/CalendarQuestions.h"
#include "scheduling/SchedulingService.h"

#include <QPointer>
#include <QWidget>

namespace md {

SessionEditFlow::SessionEditFlow(SchedulingService& scheduling, QWidget* parent)
    : QObject(parent)
    , m_scheduling(scheduling)
    , m_parent(parent) {}

void SessionEditFlow::saveEdited(const Session& original, const Session& edited) {
    const SessionChange change = SeriesPlanner::changeBetween(original, edited);
    if (!original.isSeriesMember() || change.isEmpty()) {
        report(m_scheduling.saveEdited(edited, EditScope::ThisOccurrence), tr("Session saved."));
        return;
    }
    const bool onlyCancelling = !change.changesPlan();
    askScope(onlyCancelling ? tr("Cancel which sessions of the series?")
                            : tr("Change which sessions of the series?"),
             [this, original, edited, change](EditScope scope) {
                 auto apply = [this, edited, scope] {
                     report(m_scheduling.saveEdited(edited, scope),
                            scope == EditScope::ThisOccurrence ? tr("Session saved.")
                                                               : tr("Sessions saved."));
                 };
                 // The editor's own warnings cover only this occurrence: a
                 // series-wide change may move later ones into a clash.
                 if (scope == EditScope::ThisOccurrence) {
                     apply();
                     return;
                 }
                 confirmConflicts(editWarnings(m_scheduling, original.id, scope, change),
                                  std::move(apply));
             });
}

void SessionEditFlow::moveSession(qint64 sessionId, const QDateTime& newStartUtc, int minutes) {
    const auto session = m_scheduling.session(sessionId);
    if (!session) {
        report(session.error(), {});
        return;
    }
    SessionChange change;
    // Keep the session's own zone: only the instant moves.
    change.start = newStartUtc.toTimeZone(session->start.timeZone());
    if (minutes != session->durationMinutes)
        change.durationMinutes = minutes;
    // Every occurrence the chosen scope moves is checked, not just the dragged
    // one; any warning needs a "Move anyway".
    auto moveWithScope = [this, sessionId, change](EditScope scope) {
        confirmConflicts(
            editWarnings(m_scheduling, sessionId, scope, change), [this, sessionId, scope, change] {
                report(m_scheduling.editSession(sessionId, scope, change), tr("Session moved."));
            });
    };
    if (session->isSeriesMember()) {
        askScope(tr("Move which sessions of the series?"), moveWithScope);
        return;
    }
    moveWithScope(EditScope::ThisOccurrence);
}

QStringList SessionEditFlow::editWarnings(const SchedulingService& scheduling, qint64 sessionId,
                                          EditScope scope, const SessionChange& change) {
    const auto found = scheduling.conflictsForEdit(sessionId, scope, change);
    // A failed check must not look like a free slot.
    if (!found)
        return {tr("Conflicts could not be checked: %1").arg(found.message())};
    QStringList warnings;
    for (const ConflictWarning& warning : *found)
        warnings << warning.message;
    return warnings;
}

// The questions outlive this flow when the workspace closes while one is
// open; an answer then must not reach the old workspace.
void SessionEditFlow::askScope(const QString& question, std::function<void(EditScope)> apply) {
    QPointer<SessionEditFlow> self(this);
    CalendarQuestions::askScope(
        m_parent, question, {},
        [self, apply = std::move(apply)](EditScope scope) {
            if (self)
                apply(scope);
        },
        [self] {
            if (self)
                Q_EMIT self->cancelled();
        });
}

void SessionEditFlow::confirmConflicts(const QStringList& warnings, std::function<void()> apply) {
    QPointer<SessionEditFlow> self(this);
    CalendarQuestions::confirmConflicts(
        m_parent, warnings,
        [self, apply = std::move(apply)] {
            if (self)
                apply();
        },
        [self] {
            if (self)
                Q_EMIT self->cancelled();
        });
}

void SessionEditFlow::report(const Status& status, const QString& success) {
    Q_EMIT reported(status, success);
}

} // namespace md
