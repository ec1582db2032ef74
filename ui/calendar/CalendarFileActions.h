#pragma once

#include <QCoreApplication>

class QWidget;

namespace md {

class Workspace;

// The calendar's menu commands, each asking for a file (or settings) and
// reporting the result in a message box: import busy times, export sessions,
// keep an .ics up to date, save an engagement's progress report, edit the
// availability.
class CalendarFileActions final {
    Q_DECLARE_TR_FUNCTIONS(md::CalendarFileActions)
public:
    static void importBusyTimes(QWidget* parent, Workspace& workspace);
    static void exportCalendar(QWidget* parent, Workspace& workspace);
    static void chooseAutoExport(QWidget* parent, Workspace& workspace);
    static void exportProgressReport(QWidget* parent, Workspace& workspace);
    static void editAvailability(QWidget* parent, Workspace& workspace);
};

} // namespace md
