#include "calendar/CalendarAreas.h"

#include "MainWindow.h"
#include "UiStyle.h"
#include "calendar/CalendarPage.h"
#include "calendar/UpcomingSessionsWidget.h"
#include "pipeline/DashboardPage.h"

#include <QCoreApplication>
#include <QIcon>

namespace md {

void installCalendarArea(MainWindow& window) {
    auto* calendar = new CalendarPage(&window);
    window.addArea(QCoreApplication::translate("md::CalendarAreas", "Calendar"),
                   ui::areaIcon("x-office-calendar", "calendar"), calendar);
    QObject::connect(calendar, &CalendarPage::calendarAccountRequested, &window,
                     &MainWindow::calendarAccountRequested);
    QObject::connect(calendar, &CalendarPage::calendarSyncRequested, &window,
                     &MainWindow::calendarSyncRequested);
    if (auto* dashboard = window.findChild<DashboardPage*>()) {
        auto* upcoming = new UpcomingSessionsWidget(dashboard);
        dashboard->addPanel(upcoming);
        calendar->attach(upcoming);
        QObject::connect(upcoming, &UpcomingSessionsWidget::openRequested, calendar,
                         [&window, calendar](qint64 sessionId) {
                             window.setCurrentArea(calendar);
                             calendar->openSession(sessionId);
                         });
    }
}

} // namespace md
