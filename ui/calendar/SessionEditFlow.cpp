#include "calendar/SessionEditFlow.h"

#include "calendar/CalendarQuestions.h"
#include "scheduling/Scheduling.h"
#include "storage/SessionRepository.h"

#include <QPointer>
#include <QWidget>

namespace md {

SessionEditFlow::SessionEditFlow(Scheduling& scheduling, QWidget* parent)
    : QObject(parent)
    , m_scheduling(scheduling)
    , m_parent(parent) {}

void SessionEditFlow::saveEdited(const Session& original, const Session& edited) {
    SessionChange change;
    if (edited.start != original.start)
        change.start = edited.start;
    if (edited.durationMinutes != original.durationMinutes)
        change.durationMinutes = edited.durationMinutes;
    if (edited.format != original.format)
        change.format = edited.format;
    if (edited.location != original.location)
        change.location = edited.location;
    const bool cancelling = edited.isCancelled() && !original.isCancelled();
    if (cancelling)
        change.status = edited.status;
    if (!original.isSeriesMember() || (!change.changesPlan() && !cancelling)) {
        const auto saved = m_scheduling.sessions().update(edited);
        report(saved ? Status() : Status(saved.error()), tr("Session saved."));
        return;
    }
    askScope(cancelling && !change.changesPlan() ? tr("Cancel which sessions of the series?")
                                                 : tr("Change which sessions of the series?"),
             [this, original, edited, change](EditScope scope) {
                 auto apply = [this, original, edited, change, scope] {
                     applyToSeries(original, edited, change, scope);
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

void SessionEditFlow::applyToSeries(const Session& original, const Session& edited,
                                    const SessionChange& change, EditScope scope) {
    if (scope == EditScope::ThisOccurrence) {
        const auto saved = m_scheduling.sessions().update(edited);
        report(saved ? Status() : Status(saved.error()), tr("Session saved."));
        return;
    }
    // Notes and summary belong to this session; the plan goes series-wide.
    Session own = edited;
    own.start = original.start;
    own.durationMinutes = original.durationMinutes;
    own.format = original.format;
    own.location = original.location;
    own.status = original.status;
    if (const auto saved = m_scheduling.sessions().update(own); !saved) {
        report(saved.error(), {});
        return;
    }
    report(m_scheduling.sessions().edit(original.id, scope, change), tr("Sessions saved."));
}

void SessionEditFlow::moveSession(qint64 sessionId, const QDateTime& newStartUtc, int minutes) {
    const auto session = m_scheduling.sessions().get(sessionId);
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
        confirmConflicts(editWarnings(m_scheduling, sessionId, scope, change), [this, sessionId,
                                                                                scope, change] {
            report(m_scheduling.sessions().edit(sessionId, scope, change), tr("Session moved."));
        });
    };
    if (session->isSeriesMember()) {
        askScope(tr("Move which sessions of the series?"), moveWithScope);
        return;
    }
    moveWithScope(EditScope::ThisOccurrence);
}

QStringList SessionEditFlow::editWarnings(const Scheduling& scheduling, qint64 sessionId,
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
