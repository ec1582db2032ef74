#pragma once

#include "common/Result.h"
#include "scheduling/SeriesPlanner.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace md {

class SchedulingService;

// Applies changes to a stored session, from the session editor or a drag in
// the calendar: a single session at once; for a series member after asking
// how far the change reaches. Every occurrence the chosen scope moves is
// conflict-checked first and any warning needs a "Move anyway"; a cancelled
// question changes nothing.
class SessionEditFlow final : public QObject {
    Q_OBJECT
public:
    // Questions open as children of `parent` (window-modal, non-blocking).
    SessionEditFlow(SchedulingService& scheduling, QWidget* parent);

    // Saves what the editor changed (`original` as it was opened).
    void saveEdited(const Session& original, const Session& edited);
    // Moves or resizes a session (a drag in a calendar view).
    void moveSession(qint64 sessionId, const QDateTime& newStartUtc, int minutes);

    // The conflict messages of SchedulingService::editSession(sessionId,
    // scope, change) for every occurrence it moves; a failed check is a
    // warning too.
    static QStringList editWarnings(const SchedulingService& scheduling, qint64 sessionId,
                                    EditScope scope, const SessionChange& change);

Q_SIGNALS:
    // Something was applied (or failed): `success` is the status-bar text.
    void reported(const md::Status& status, const QString& success);
    // A question was cancelled: views put dragged blocks back.
    void cancelled();

private:
    void askScope(const QString& question, std::function<void(EditScope)> apply);
    void confirmConflicts(const QStringList& warnings, std::function<void()> apply);
    void report(const Status& status, const QString& success);

    SchedulingService& m_scheduling;
    QWidget* m_parent = nullptr;
};

} // namespace md
