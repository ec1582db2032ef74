#pragma once

#include "scheduling/Session.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace md {

class SchedulingService;
class Workspace;

// What the session editor offers for the summary: save it as PDF or
// Markdown, copy it as text for an e-mail, print it, and turn the agreed
// actions into actions of the engagement's plan.
class SessionSummaryActions final {
    Q_DECLARE_TR_FUNCTIONS(md::SessionSummaryActions)
public:
    // `format`: "pdf", "md", "copy" or "print". `current` is the session as
    // shown in the editor (saved or not); never its private notes.
    static void exportSummary(QWidget* parent, const SchedulingService& scheduling,
                              const Session& current, const QString& format);
    // The saved session on its own as an .ics file (a series member as a
    // single event), for the mentee's calendar.
    static void exportCalendarFile(QWidget* parent, Workspace& workspace, const Session& current);
    // One action per line of the agreed actions, under a goal the mentor picks.
    static void addActionsToPlan(QWidget* parent, Workspace& workspace, const Session& current);
};

} // namespace md
