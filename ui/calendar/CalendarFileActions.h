#pragma once

class QWidget;

namespace md {

class Workspace;

// The calendar's file commands, each asking for a file and reporting the
// result in a message box: import busy times, export sessions, keep an .ics
// up to date, save an engagement's progress report.
class CalendarFileActions final {
public:
    static void importBusyTimes(QWidget* parent, Workspace& workspace);
    static void exportCalendar(QWidget* parent, Workspace& workspace);
    static void chooseAutoExport(QWidget* parent, Workspace& workspace);
    static void exportProgressReport(QWidget* parent, Workspace& workspace);
};

} // namespace md
