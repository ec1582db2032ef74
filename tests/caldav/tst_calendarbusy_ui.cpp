// The calendar account dialog, connected: the busy calendars are found again
// on the worker and changed in place, against a real Radicale on loopback.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "RadicaleServer.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "caldav/CalDavClient.h"
#include "caldav/CalendarSyncService.h"
#include "calendar/CalendarAccountDialog.h"
#include "calendar/CalendarSyncScheduler.h"
#include "scheduling/SchedulingService.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace std::chrono_literals;
using md::test::RadicaleServer;
using test::child;
using test::click;
using test::typeInto;

namespace {

const QString kUser = QString::fromLatin1(RadicaleServer::kUser);

SecureBytes serverPassword() {
    return test::secretOf(RadicaleServer::kPassword);
}

struct App {
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    std::unique_ptr<AppController> controller = std::make_unique<AppController>(keyStore, settings);
    App() {
        CalendarSyncScheduler::Timing quick;
        quick.debounce = 50ms;
        quick.retryDelays = {200ms, 400ms};
        quick.requestTimeoutMs = 20000;
        controller->setCalendarSyncTiming(quick);
    }
    Workspace& workspace() const { return *controller->workspace(); }
};

} // namespace

class TestCalendarBusyUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() {
        m_ws.reset();
        m_server.reset();
    }
    void busyCalendarsChangeWhileConnected();
    void aProblemOfTheServerIsSaidInTheDialog();

private:
    // A workspace connected to Radicale, with a "Private" calendar holding
    // one event three days from now; closed, to be opened by the app.
    void prepare();
    void startAndUnlock(App& app);
    CalendarAccountDialog* openDialog(App& app);

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    QUrl m_privateUrl;
};

void TestCalendarBusyUi::prepare() {
    m_server = std::make_unique<RadicaleServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    CalDavClient phone;
    phone.setCredentials(kUser, serverPassword());
    auto found = phone.discover(m_server->baseUrl());
    QVERIFY2(found.ok(), qPrintable(found.message()));
    auto made = phone.makeCalendar(found->calendarHomeUrl, QStringLiteral("Private"));
    QVERIFY2(made.ok(), qPrintable(made.message()));
    m_privateUrl = *made;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
    const QByteArray dentist = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                               "BEGIN:VEVENT\r\nUID:dentist@test\r\nDTSTAMP:20260101T000000Z\r\n"
                               "DTSTART:" +
                               start.toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() +
                               "\r\nDURATION:PT1H\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
    QVERIFY(
        phone.put(m_privateUrl.resolved(QUrl(QStringLiteral("dentist.ics"))), dentist, {}).ok());

    CalendarSyncService::ConnectRequest request;
    request.serverUrl = m_server->baseUrl();
    request.user = kUser;
    auto account = m_ws->workspace().calendarSync().connectAccount(request, serverPassword());
    QVERIFY2(account.ok(), qPrintable(account.message()));
    m_ws->close();
}

void TestCalendarBusyUi::startAndUnlock(App& app) {
    app.controller->start(m_ws->directory());
    QTRY_VERIFY(app.controller->unlockDialog());
    typeInto(child<QLineEdit>(app.controller->unlockDialog(), "passphraseLineEdit"),
             QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
    click(child<QAbstractButton>(app.controller->unlockDialog(), "unlockButton"));
    QTRY_VERIFY(app.controller->workspace());
    QVERIFY(app.controller->calendarSync());
}

CalendarAccountDialog* TestCalendarBusyUi::openDialog(App& app) {
    app.controller->showCalendarAccount();
    return app.controller->calendarAccountDialog();
}

void TestCalendarBusyUi::busyCalendarsChangeWhileConnected() {
    prepare();
    App app;
    startAndUnlock(app);
    CalendarAccountDialog* dialog = openDialog(app);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "connectedLabel")->isVisible());

    // Found on the worker: the other calendar, not the one published to.
    auto* list = child<QListWidget>(dialog, "connectedBusyCalendarsListWidget");
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), 10000);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Private"));
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    auto* apply = child<QPushButton>(dialog, "applyBusyCalendarsButton");
    QVERIFY(!apply->isEnabled());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible());

    list->item(0)->setCheckState(Qt::Checked);
    click(child<QCheckBox>(dialog, "connectedBusyTitlesCheckBox"));
    QVERIFY(apply->isEnabled());
    click(apply);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking() && !apply->isEnabled(), 10000);
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible());
    auto account = app.workspace().calendarSync().account();
    QVERIFY(account.ok() && account->has_value());
    QCOMPARE((*account)->busyCalendars, QList<QUrl>{m_privateUrl});
    QVERIFY((*account)->busyTitlesShown);
    // The sync that follows reads it, with its title.
    QTRY_COMPARE_WITH_TIMEOUT(app.workspace().scheduling().busyTimes()->size(), 1, 10000);
    QCOMPARE(app.workspace().scheduling().busyTimes()->first().summary, QStringLiteral("Dentist"));

    // Unticked: gone at once.
    list->item(0)->setCheckState(Qt::Unchecked);
    click(apply);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking() && !apply->isEnabled(), 10000);
    QVERIFY(app.workspace().calendarSync().account()->value().busyCalendars.isEmpty());
    QCOMPARE(app.workspace().scheduling().busyTimes()->size(), 0);
}

void TestCalendarBusyUi::aProblemOfTheServerIsSaidInTheDialog() {
    prepare();
    App app;
    startAndUnlock(app);
    m_server->stop();
    CalendarAccountDialog* dialog = openDialog(app);
    QVERIFY(dialog);
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 25000);
    QVERIFY2(error->text().contains(QLatin1String("cannot be reached")), qPrintable(error->text()));
    QVERIFY(!child<QListWidget>(dialog, "connectedBusyCalendarsListWidget")->isVisible());
    // The rest of the connected account still works.
    QVERIFY(child<QPushButton>(dialog, "disconnectButton")->isEnabled());
}

QTEST_MAIN(TestCalendarBusyUi)
#include "tst_calendarbusy_ui.moc"
