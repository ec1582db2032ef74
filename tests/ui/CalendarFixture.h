#pragma once

// What the calendar's GUI tests share: a workspace with one client (in New
// York) and one engagement, the mentor in Berlin, and the Calendar page open
// on it, on Monday 2 March 2026 09:00 UTC.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "calendar/CalendarPage.h"
#include "calendar/WeekGrid.h"
#include "calendar/WeekView.h"
#include "pipeline/Engagement.h"
#include "pipeline/Pipeline.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "storage/EngagementRepository.h"

#include <QDeadlineTimer>

namespace md::test {

inline const QTimeZone kBerlin("Europe/Berlin");

inline QDateTime berlin(int y, int m, int d, int h, int min = 0) {
    return ZonedTime::make(QDate(y, m, d), QTime(h, min), kBerlin);
}

// The window-modal dialog the page opened, once it is shown (null after 3 s).
template <typename T> T* waitForDialog(QWidget* page, const char* name) {
    T* found = nullptr;
    QDeadlineTimer deadline(3000);
    while (!deadline.hasExpired()) {
        found = child<T>(page, name);
        if (found && found->isVisible())
            return found;
        QTest::qWait(20);
    }
    return nullptr;
}

struct CalendarFixture final {
    TemporaryWorkspace tw;
    CalendarPage page;
    qint64 engagementId = 0;
    CalendarFixture() {
        // Monday 2 March 2026, 09:00 UTC.
        tw.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        Client client;
        client.fullName = QStringLiteral("Anna Berg");
        client.timeZone = QStringLiteral("America/New_York");
        const qint64 clientId = tw.workspace().clients().add(client)->id;
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.title = QStringLiteral("Product move");
        engagement.startDate = QDate(2026, 3, 2);
        engagement.plannedSessions = 6;
        engagementId = Pipeline::of(tw.workspace()).engagements().add(engagement)->id;
        Availability availability = Availability::standardWeek(kBerlin);
        availability.hours.insert(Qt::Tuesday, {QTime(9, 0), QTime(20, 0)});
        (void)tw.workspace().scheduling().saveAvailability(availability);
        page.resize(1200, 820);
        page.show();
        page.setWorkspace(&tw.workspace());
    }
    SchedulingService& sessions() { return tw.workspace().scheduling(); }
    WeekGrid* grid() { return page.weekView()->grid(); }
};

} // namespace md::test
