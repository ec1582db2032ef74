// Areas read what they show when they are first shown, then follow the
// workspace's changes: unlocking reads only the start area, switching shows
// the right data, a change made while an area is hidden is there when it is
// shown, a repeat show with nothing changed reads nothing, and locking and
// unlocking again leaves no stale view.

#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "agreements/AgreementsArea.h"
#include "agreements/EndingAgreementsWidget.h"
#include "billing/BillingArea.h"
#include "billing/BillingService.h"
#include "billing/InvoiceListModel.h"
#include "calendar/CalendarPage.h"
#include "calendar/SessionListModel.h"
#include "calendar/UpcomingSessionsWidget.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "clients/ClientsPage.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementBoardModel.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineArea.h"
#include "pipeline/PipelineBoard.h"
#include "scheduling/SchedulingService.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;

namespace {

struct Fixture {
    QTemporaryDir settingsDir;
    TemporaryWorkspace tw;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    MainWindow window{settings};
    ClientsPage* clients = nullptr;
    PipelineArea* pipeline = nullptr;
    DashboardPage* dashboard = nullptr;
    CalendarPage* calendar = nullptr;
    AgreementsArea* agreements = nullptr;
    BillingArea* billing = nullptr;
    UpcomingSessionsWidget* upcoming = nullptr;
    EndingAgreementsWidget* ending = nullptr;
    qint64 clientId = 0;

    Fixture() {
        if (!tw.isValid())
            return;
        clients = window.clientsPage();
        pipeline = window.findChild<PipelineArea*>();
        dashboard = window.findChild<DashboardPage*>();
        calendar = window.findChild<CalendarPage*>();
        agreements = window.findChild<AgreementsArea*>();
        billing = window.findChild<BillingArea*>();
        upcoming = window.findChild<UpcomingSessionsWidget*>();
        ending = window.findChild<EndingAgreementsWidget*>();
        tw.clock().set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        Client client;
        client.fullName = QStringLiteral("Amara Nwosu");
        clientId = tw->clients().add(client)->id;
        addEngagement(QStringLiteral("Promotion case"));
        Session session;
        session.engagementId = addEngagement(QStringLiteral("Leadership"));
        session.start = tw.clock().nowUtc().addDays(1);
        sessionAdded = tw->scheduling().addSession(session).ok();
        invoiceAdded = tw->billing().createInvoice(clientId, {}).ok();
        window.resize(1200, 800);
        window.show();
    }
    bool sessionAdded = false;
    bool invoiceAdded = false;

    bool isValid() const {
        return tw.isValid() && clients && pipeline && dashboard && calendar && agreements &&
               billing && upcoming && ending && clientId > 0 && sessionAdded && invoiceAdded;
    }
    qint64 addEngagement(const QString& title) {
        Engagement e;
        e.clientId = clientId;
        e.title = title;
        e.startDate = tw.clock().today();
        return tw->engagements().addEngagement(e)->id;
    }
    int boardRows() const { return pipeline->board()->model()->rowCount(); }
    QString profileCount() const {
        return child<QLabel>(dashboard, "profile_agreementCountLabel")->text();
    }
};

} // namespace

class TestLazyAreas final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void unlockReadsOnlyTheStartArea();
    void switchingShowsTheRightData();
    void aChangeWhileHiddenIsShownOnReturn();
    void aRepeatShowReadsNothing();
    void lockAndUnlockLeaveNoStaleView();
};

void TestLazyAreas::unlockReadsOnlyTheStartArea() {
    Fixture f;
    QVERIFY(f.isValid());
    QSignalSpy calendarReads(f.calendar, &CalendarPage::reloaded);
    f.window.showWorkspace(&f.tw.workspace());
    QCOMPARE(f.window.currentArea(), f.clients);

    // The start area has its data.
    QCOMPARE(f.clients->loads(), 1);
    QCOMPARE(f.clients->model()->rowCount(), 1);
    // Every other area has read nothing.
    QCOMPARE(f.pipeline->board()->loads(), 0);
    QCOMPARE(f.boardRows(), 0);
    QCOMPARE(f.dashboard->loads(), 0);
    QCOMPARE(f.profileCount(), QStringLiteral("0"));
    QCOMPARE(f.upcoming->loads(), 0);
    QCOMPARE(f.upcoming->model()->rowCount(), 0);
    QCOMPARE(f.ending->loads(), 0);
    QCOMPARE(f.agreements->loads(), 0);
    QCOMPARE(calendarReads.count(), 0);
    QCOMPARE(f.billing->model()->rowCount(), 0);
}

void TestLazyAreas::switchingShowsTheRightData() {
    Fixture f;
    QVERIFY(f.isValid());
    QSignalSpy calendarReads(f.calendar, &CalendarPage::reloaded);
    f.window.showWorkspace(&f.tw.workspace());

    f.window.setCurrentArea(f.pipeline);
    QCOMPARE(f.pipeline->board()->loads(), 1);
    QCOMPARE(f.boardRows(), 2);
    QCOMPARE(f.dashboard->loads(), 0);

    f.window.setCurrentArea(f.dashboard);
    QCOMPARE(f.dashboard->loads(), 1);
    QCOMPARE(f.profileCount(), QStringLiteral("2"));
    QCOMPARE(f.upcoming->loads(), 1);
    QCOMPARE(f.upcoming->model()->rowCount(), 1);
    QCOMPARE(f.ending->loads(), 1);
    QCOMPARE(calendarReads.count(), 0);
    QCOMPARE(f.agreements->loads(), 0);
    QCOMPARE(f.billing->model()->rowCount(), 0); // the dashboard's billing panel only

    f.window.setCurrentArea(f.calendar);
    QCOMPARE(calendarReads.count(), 1);
    f.window.setCurrentArea(f.agreements);
    QCOMPARE(f.agreements->loads(), 1);
    f.window.setCurrentArea(f.billing);
    QCOMPARE(f.billing->model()->rowCount(), 1);
}

void TestLazyAreas::aChangeWhileHiddenIsShownOnReturn() {
    Fixture f;
    QVERIFY(f.isValid());
    f.window.showWorkspace(&f.tw.workspace());
    f.window.setCurrentArea(f.dashboard);
    f.window.setCurrentArea(f.pipeline);
    f.window.setCurrentArea(f.clients);
    QCOMPARE(f.dashboard->loads(), 1);
    QCOMPARE(f.pipeline->board()->loads(), 1);

    // Made elsewhere (a dialog, the CLI through the service) while both are hidden.
    const qint64 third = f.addEngagement(QStringLiteral("New role"));
    Session session;
    session.engagementId = third;
    session.start = f.tw.clock().nowUtc().addDays(2);
    QVERIFY(f.tw->scheduling().addSession(session).ok());

    // The board's model follows the change row by row even while hidden.
    QCOMPARE(f.boardRows(), 3);
    QCOMPARE(f.pipeline->board()->loads(), 1);
    // The dashboard only noted it: nothing read until it is shown.
    QCOMPARE(f.dashboard->loads(), 1);
    QCOMPARE(f.upcoming->loads(), 1);

    f.window.setCurrentArea(f.dashboard);
    QCOMPARE(f.dashboard->loads(), 2);
    QCOMPARE(f.profileCount(), QStringLiteral("3"));
    QCOMPARE(f.upcoming->loads(), 2);
    QCOMPARE(f.upcoming->model()->rowCount(), 2);
    f.window.setCurrentArea(f.pipeline);
    QCOMPARE(f.boardRows(), 3);
    QVERIFY(f.pipeline->board()->model()->rowOf(third) >= 0);
}

void TestLazyAreas::aRepeatShowReadsNothing() {
    Fixture f;
    QVERIFY(f.isValid());
    f.window.showWorkspace(&f.tw.workspace());
    for (int round = 0; round < 3; ++round) {
        f.window.setCurrentArea(f.pipeline);
        f.window.setCurrentArea(f.dashboard);
        f.window.setCurrentArea(f.agreements);
        f.window.setCurrentArea(f.clients);
    }
    QCOMPARE(f.clients->loads(), 1);
    QCOMPARE(f.pipeline->board()->loads(), 1);
    QCOMPARE(f.dashboard->loads(), 1);
    QCOMPARE(f.upcoming->loads(), 1);
    QCOMPARE(f.ending->loads(), 1);
    QCOMPARE(f.agreements->loads(), 1);

    // A new day: what depends on the date is read again on the next show.
    f.tw.clock().advanceDays(1);
    f.window.setCurrentArea(f.pipeline);
    QCOMPARE(f.pipeline->board()->loads(), 2);
    f.window.setCurrentArea(f.dashboard);
    QCOMPARE(f.dashboard->loads(), 2);
    QCOMPARE(f.upcoming->loads(), 2);
    QCOMPARE(f.ending->loads(), 2);
}

void TestLazyAreas::lockAndUnlockLeaveNoStaleView() {
    Fixture f;
    QVERIFY(f.isValid());
    f.window.showWorkspace(&f.tw.workspace());
    f.window.setCurrentArea(f.pipeline);
    f.window.setCurrentArea(f.dashboard);
    f.window.setCurrentArea(f.billing);
    QCOMPARE(f.boardRows(), 2);
    QCOMPARE(f.billing->model()->rowCount(), 1);

    f.window.showLocked(LockedPage::Mode::Locked, f.tw.directory());
    QCOMPARE(f.clients->model()->rowCount(), 0);
    QCOMPARE(f.boardRows(), 0);
    QCOMPARE(f.profileCount(), QStringLiteral("0"));
    QCOMPARE(f.upcoming->model()->rowCount(), 0);
    QCOMPARE(f.ending->model()->rowCount(), 0);
    QCOMPARE(f.billing->model()->rowCount(), 0);

    // Written while locked (by the CLI, say), then unlocked on the billing page.
    f.addEngagement(QStringLiteral("While locked"));
    f.window.showWorkspace(&f.tw.workspace());
    QCOMPARE(f.window.currentArea(), f.billing);
    QCOMPARE(f.billing->model()->rowCount(), 1);
    QCOMPARE(f.boardRows(), 0); // hidden: not read yet, never shown stale
    QCOMPARE(f.pipeline->board()->loads(), 1);
    f.window.setCurrentArea(f.pipeline);
    QCOMPARE(f.boardRows(), 3);
    f.window.setCurrentArea(f.dashboard);
    QCOMPARE(f.profileCount(), QStringLiteral("3"));
    QCOMPARE(f.upcoming->model()->rowCount(), 1);
}

QTEST_MAIN(TestLazyAreas)
#include "tst_lazyareas.moc"
