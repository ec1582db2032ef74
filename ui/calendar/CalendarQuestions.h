#pragma once

#include "scheduling/SeriesPlanner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace md {

// The questions the calendar asks before it changes anything, as
// non-blocking message boxes (so GUI tests can answer them).
class CalendarQuestions final {
    Q_DECLARE_TR_FUNCTIONS(md::CalendarQuestions)
public:
    // "This session / This and following / All sessions / Cancel" for a
    // series member; `warnings` (conflicts) are shown too.
    static void askScope(QWidget* parent, const QString& question, const QStringList& warnings,
                         std::function<void(EditScope)> apply, std::function<void()> cancelled);
    // Applies at once without warnings; otherwise asks "Move anyway?".
    static void confirmConflicts(QWidget* parent, const QStringList& warnings,
                                 std::function<void()> apply, std::function<void()> cancelled);
};

} // namespace md
