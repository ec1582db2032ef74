// The calendar account dialog and the background sync of the window, against
// a real CalDAV server (Radicale on loopback): connecting with discovery,
// a session published by the background sync, the status line while the
// server is away and back, a wrong password in the dialog, locking and
// quitting in the middle of a sync.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "RadicaleServer.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "caldav/CalDavClient.h"
#include "caldav/CalendarSyncService.h"
#include "calendar/CalendarAccountDialog.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarSyncScheduler.h"
#include "calendar/CalendarSyncStatusWidget.h"
#include "common/ChangeNotifier.h"
#include "scheduling/SchedulingService.h"
#include "security/NewRecoveryKeyDialog.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"
#include "storage/EngagementRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace std::chrono_literals;
using md::test::RadicaleServer;
using test::child;
using test::click;
using test::typeInto;

namespace {

const QString kPassphrase = QString::fromLatin1(test::TemporaryWorkspace::kPassphrase);
const QString kUser = QString::fromLatin1(RadicaleServer::kUser);
const QString kPassword = QString::fromLatin1(RadicaleServer::kPassword);

SecureBytes serverPassword() {
    return test::secretOf(RadicaleServer::kPassword);
}

CalDavClient& reader() {
    static CalDavClient client;
    client.setCredentials(kUser, serverPassword());
    return client;
}

// The objects stored in the calendar at `calendarUrl`, read by a second client.
QList<CalendarObject> objectsOn(const QUrl& calendarUrl) {
    auto listed = reader().changesSince(calendarUrl, {});
    if (!listed)
        return {};
    QList<QUrl> urls;
    for (const CalendarObject& object : listed->changed)
        urls.append(object.url);
    return urls.isEmpty() ? QList<CalendarObject>() : reader().fetch(calendarUrl, urls).value();
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
    CalendarSyncStatusWidget* status() const {
        return controller->mainWindow()->findChild<CalendarSyncStatusWidget*>();
    }
};

} // namespace

class TestCalendarUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void connectsThroughTheDialogAndPublishesInTheBackground();
    void wrongPasswordAndBadInputAreSaidInTheDialog();
    void statusCountsPendingChangesWhileTheServerIsAway();
    void lockingAndQuittingDuringASyncStopAtOnce();
    void preferredNameAndDisconnectFromTheConnectedAccount();
    void pausesWhileTheWorkspaceIsReKeyed();

private:
    // Makes the workspace an engagement to plan sessions in and closes it.
    void prepareWorkspace(bool connected);
    void startAndUnlock(App& app);
    qint64 addSession(Workspace& workspace, const QDateTime& start);

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<test::TemporaryWorkspace> m_ws;
    qint64 m_engagementId = 0;
};

void TestCalendarUi::init() {
    m_server = std::make_unique<RadicaleServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_ws = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
}

void TestCalendarUi::cleanup() {
    m_ws.reset();
    m_server.reset();
}

void TestCalendarUi::prepareWorkspace(bool connected) {
    Client client;
    client.fullName = QStringLiteral("Johanna Marquardt");
    client.preferredName = QStringLiteral("Jo");
    auto added = m_ws->workspace().clients().add(client);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    EngagementRepository engagements(m_ws->workspace().database(), m_ws->clock());
    Engagement engagement;
    engagement.clientId = added->id;
    engagement.title = QStringLiteral("Become a staff engineer");
    engagement.startDate = QDate::currentDate();
    auto stored = engagements.add(engagement);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    m_engagementId = stored->id;
    if (connected) {
        CalendarSyncService::ConnectRequest request;
        request.serverUrl = m_server->baseUrl();
        request.user = kUser;
        auto account = m_ws->workspace().calendarSync().connectAccount(request, serverPassword());
        QVERIFY2(account.ok(), qPrintable(account.message()));
        auto synced = m_ws->workspace().calendarSync().sync();
        QVERIFY2(synced.ok(), qPrintable(synced.message()));
    }
    m_ws->close();
}

void TestCalendarUi::startAndUnlock(App& app) {
    app.controller->start(m_ws->directory());
    QTRY_VERIFY(app.controller->unlockDialog());
    typeInto(child<QLineEdit>(app.controller->unlockDialog(), "passphraseLineEdit"), kPassphrase);
    click(child<QAbstractButton>(app.controller->unlockDialog(), "unlockButton"));
    QTRY_VERIFY(app.controller->workspace());
    QVERIFY(app.controller->calendarSync());
}

qint64 TestCalendarUi::addSession(Workspace& workspace, const QDateTime& start) {
    Session session;
    session.engagementId = m_engagementId;
    session.start = start;
    session.durationMinutes = 60;
    session.format = SessionFormat::Video;
    session.privateNotes = QStringLiteral("SECRET-NOTE");
    auto added = workspace.scheduling().addSession(session);
    return added ? added->id : 0;
}

void TestCalendarUi::connectsThroughTheDialogAndPublishesInTheBackground() {
    // A calendar of the mentor's own, whose event is a busy time.
    CalDavClient phone;
    phone.setCredentials(kUser, serverPassword());
    auto found = phone.discover(m_server->baseUrl());
    QVERIFY2(found.ok(), qPrintable(found.message()));
    auto privateCalendar = phone.makeCalendar(found->calendarHomeUrl, QStringLiteral("Private"));
    QVERIFY2(privateCalendar.ok(), qPrintable(privateCalendar.message()));
    const QDateTime busyStart = QDateTime::currentDateTimeUtc().addDays(3);
    const QByteArray dentist = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                               "BEGIN:VEVENT\r\nUID:dentist@test\r\nDTSTAMP:20260101T000000Z\r\n"
                               "DTSTART:" +
                               busyStart.toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() +
                               "\r\nDURATION:PT1H\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
    QVERIFY(phone.put(privateCalendar->resolved(QUrl(QStringLiteral("dentist.ics"))), dentist, {})
                .ok());

    prepareWorkspace(false);
    App app;
    startAndUnlock(app);
    QTRY_VERIFY(app.status()->text().contains(QLatin1String("not published")));
    QVERIFY(child<QPushButton>(app.status(), "connectCalendarButton")->isVisibleTo(app.status()));
    QVERIFY(addSession(app.workspace(), QDateTime::currentDateTimeUtc().addDays(1)) != 0);

    app.controller->mainWindow()
        ->findChild<QAction*>(QStringLiteral("calendarAccountAction"))
        ->trigger();
    CalendarAccountDialog* dialog = app.controller->calendarAccountDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->width() <= 1024 && dialog->height() <= 700);
    auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    typeInto(child<QLineEdit>(dialog, "serverUrlLineEdit"), m_server->baseUrl().toString());
    typeInto(child<QLineEdit>(dialog, "userLineEdit"), kUser);
    typeInto(password, kPassword);
    click(child<QPushButton>(dialog, "findCalendarsButton"));
    // The password left the field at once.
    QCOMPARE(password->text(), QString());
    auto* publishTo = child<QComboBox>(dialog, "publishCalendarComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(publishTo->isVisible(), 10000);
    QCOMPARE(child<QLabel>(dialog, "errorLabel")->isVisible(), false);
    // A new calendar (MentorDesk) or the one found.
    QCOMPARE(publishTo->count(), 2);
    QCOMPARE(publishTo->itemText(1), QStringLiteral("Private"));
    QCOMPARE(publishTo->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>(dialog, "newCalendarLineEdit")->text(), QStringLiteral("MentorDesk"));
    auto* busy = child<QListWidget>(dialog, "busyCalendarsListWidget");
    QCOMPARE(busy->count(), 1);
    QVERIFY2(dialog->height() <= 700, qPrintable(QString::number(dialog->height())));
    busy->item(0)->setCheckState(Qt::Checked);
    click(child<QCheckBox>(dialog, "busyTitlesCheckBox"));
    // Heard from the click on: the background sync may be done before the
    // dialog shows it is connected.
    QSignalSpy changes(&app.workspace().changes(), &ChangeNotifier::changed);
    click(child<QPushButton>(dialog, "connectButton"));
    auto* connectedLabel = child<QLabel>(dialog, "connectedLabel");
    QTRY_VERIFY_WITH_TIMEOUT(connectedLabel->isVisible(), 10000);
    QVERIFY2(connectedLabel->text().contains(kUser), qPrintable(connectedLabel->text()));

    auto account = app.workspace().calendarSync().account();
    QVERIFY(account.ok() && account->has_value());
    QCOMPARE((*account)->calendarUrl.path(), QStringLiteral("/mentor/mentordesk/"));
    QCOMPARE((*account)->busyCalendars, QList<QUrl>{*privateCalendar});
    QVERIFY((*account)->busyTitlesShown);
    const QUrl published = (*account)->calendarUrl;

    // Connecting queued the session; the background sync sends it and reads
    // the busy time, and the window hears of both.
    QTRY_COMPARE_WITH_TIMEOUT(objectsOn(published).size(), 1, 10000);
    QTRY_VERIFY(app.status()->text().contains(QLatin1String("Synced just now")));
    bool busyTimesAnnounced = false;
    for (const QList<QVariant>& signal : std::as_const(changes))
        busyTimesAnnounced |= signal.at(0).value<ChangeSet>().touches(RecordKind::BusyTime);
    QVERIFY(busyTimesAnnounced);
    auto busyTimes =
        app.workspace().scheduling().busyTimes(busyStart.addSecs(-60), busyStart.addSecs(3600));
    QVERIFY(busyTimes.ok());
    QCOMPARE(busyTimes->size(), 1);

    // A session made in the window goes out after the debounce.
    QVERIFY(addSession(app.workspace(), QDateTime::currentDateTimeUtc().addDays(2)) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(objectsOn(published).size(), 2, 10000);
    for (const CalendarObject& object : objectsOn(published))
        QVERIFY(!object.data.contains("SECRET-NOTE"));
    QTRY_COMPARE(app.workspace().calendarSync().status()->pendingChanges, 0);
}

void TestCalendarUi::wrongPasswordAndBadInputAreSaidInTheDialog() {
    prepareWorkspace(false);
    App app;
    startAndUnlock(app);
    app.controller->showCalendarAccount();
    CalendarAccountDialog* dialog = app.controller->calendarAccountDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* server = child<QLineEdit>(dialog, "serverUrlLineEdit");
    auto* user = child<QLineEdit>(dialog, "userLineEdit");
    auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
    auto* find = child<QPushButton>(dialog, "findCalendarsButton");
    auto* error = child<QLabel>(dialog, "errorLabel");
    const QPoint passwordAt = password->mapTo(dialog, QPoint());

    click(find);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Give the address of your calendar server."));

    typeInto(server, QStringLiteral("ftp://calendar.example.com/"));
    click(find);
    QVERIFY2(error->text().contains(QLatin1String("https://")), qPrintable(error->text()));
    typeInto(server, QStringLiteral("http://calendar.example.com/"));
    click(find);
    QVERIFY2(error->text().contains(QLatin1String("clear text")), qPrintable(error->text()));

    typeInto(server, m_server->baseUrl().toString());
    click(find);
    QCOMPARE(error->text(), QStringLiteral("Give the user name of the calendar account."));
    typeInto(user, kUser);
    click(find);
    QCOMPARE(error->text(), QStringLiteral("Give the password of the calendar account."));

    typeInto(password, QStringLiteral("not the password"));
    click(find);
    QCOMPARE(password->text(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 10000);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("did not accept the user name or password")),
             qPrintable(error->text()));
    QVERIFY(error->wordWrap());
    // The message is below the fields: they did not move, the dialog grew.
    QCOMPARE(password->mapTo(dialog, QPoint()), passwordAt);
    QVERIFY(error->geometry().bottom() <= dialog->height());
    QVERIFY(!child<QComboBox>(dialog, "publishCalendarComboBox")->isVisible());
    QVERIFY(!app.workspace().calendarSync().status()->connected);
}

void TestCalendarUi::statusCountsPendingChangesWhileTheServerIsAway() {
    prepareWorkspace(true);
    App app;
    startAndUnlock(app);
    CalendarSyncStatusWidget* status = app.status();
    QTRY_VERIFY(status->text().contains(QLatin1String("Synced")));

    m_server->stop();
    QVERIFY(addSession(app.workspace(), QDateTime::currentDateTimeUtc().addDays(1)) != 0);
    QVERIFY(addSession(app.workspace(), QDateTime::currentDateTimeUtc().addDays(2)) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("cannot be reached")), 10000);
    // (Without the English catalogue of the app, plurals read "change(s)".)
    QVERIFY2(status->text().contains(
                 QRegularExpression(QStringLiteral("2 change(s|\\(s\\)) waiting to be sent"))),
             qPrintable(status->text()));
    QVERIFY(child<QPushButton>(status, "tryAgainButton")->isVisibleTo(status));

    // The server is back: Try Again sends the queue.
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    click(child<QPushButton>(status, "tryAgainButton"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Synced just now")), 10000);
    QVERIFY2(!status->text().contains(QLatin1String("waiting")), qPrintable(status->text()));
    QVERIFY(!child<QPushButton>(status, "tryAgainButton")->isVisibleTo(status));
    const QUrl published = app.workspace().calendarSync().account()->value().calendarUrl;
    QCOMPARE(objectsOn(published).size(), 2);
}

void TestCalendarUi::lockingAndQuittingDuringASyncStopAtOnce() {
    prepareWorkspace(true);
    // The server's port now answers nothing: every sync waits for it.
    const quint16 port = m_server->port();
    m_server->stop();
    QTcpServer silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHost, port), qPrintable(silent.errorString()));

    {
        App app;
        startAndUnlock(app);
        QVERIFY(addSession(app.workspace(), QDateTime::currentDateTimeUtc().addDays(1)) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
        QTRY_VERIFY(app.controller->calendarSync()->isSyncing());
        QElapsedTimer locking;
        locking.start();
        app.controller->lock();
        QVERIFY2(locking.elapsed() < 3000, qPrintable(QString::number(locking.elapsed())));
        QVERIFY(!app.controller->workspace());
        QVERIFY(!app.controller->calendarSync());
        QTest::qWait(100); // nothing of the stopped sync arrives afterwards

        // Unlocked again, the change is still waiting; quitting mid-sync is as quick.
        typeInto(child<QLineEdit>(app.controller->unlockDialog(), "passphraseLineEdit"),
                 kPassphrase);
        click(child<QAbstractButton>(app.controller->unlockDialog(), "unlockButton"));
        QTRY_VERIFY(app.controller->workspace());
        QCOMPARE(app.workspace().calendarSync().status()->pendingChanges, 1);
        QTRY_VERIFY(app.controller->calendarSync()->isSyncing());
        locking.restart();
        app.controller.reset();
        QVERIFY2(locking.elapsed() < 3000, qPrintable(QString::number(locking.elapsed())));
    }
    QVERIFY(m_ws->reopen());
    QCOMPARE(m_ws->workspace().calendarSync().status()->pendingChanges, 1);
}

void TestCalendarUi::preferredNameAndDisconnectFromTheConnectedAccount() {
    prepareWorkspace(true);
    App app;
    startAndUnlock(app);
    app.controller->showCalendarAccount();
    CalendarAccountDialog* dialog = app.controller->calendarAccountDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "connectedLabel")->isVisible());
    const QUrl published = app.workspace().calendarSync().account()->value().calendarUrl;
    QVERIFY(addSession(app.workspace(), QDateTime::currentDateTimeUtc().addDays(1)) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(objectsOn(published).size(), 1, 10000);
    QVERIFY(objectsOn(published).first().data.contains("(JM)"));

    // Titles with the preferred name: everything is published again.
    auto* preferred = child<QCheckBox>(dialog, "connectedPreferredNameCheckBox");
    QVERIFY(!preferred->isChecked());
    click(preferred);
    QTRY_VERIFY_WITH_TIMEOUT(objectsOn(published).value(0).data.contains("(Jo)"), 10000);
    QVERIFY(!objectsOn(published).first().data.contains("Johanna"));
    QVERIFY(app.workspace().calendarSync().account()->value().summaryUsesPreferredName);

    click(child<QPushButton>(dialog, "disconnectButton"));
    auto* question = child<QLabel>(dialog, "disconnectQuestionLabel");
    QVERIFY(question->isVisible());
    QVERIFY(question->text().contains(QLatin1String("stay on the server")));
    click(child<QPushButton>(dialog, "confirmDisconnectButton"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(dialog, "serverUrlLineEdit")->isVisible(), 10000);
    QVERIFY(!app.workspace().calendarSync().status()->connected);
    QTRY_VERIFY(app.status()->text().contains(QLatin1String("not published")));
}

void TestCalendarUi::pausesWhileTheWorkspaceIsReKeyed() {
    prepareWorkspace(true);
    App app;
    startAndUnlock(app);
    // A new recovery key re-encrypts every page: the sync's own connection,
    // on the old key, is closed until the dialog is done.
    Q_EMIT app.controller->mainWindow()->newRecoveryKeyRequested();
    auto* dialog = app.controller->mainWindow()->findChild<NewRecoveryKeyDialog*>();
    QVERIFY(dialog);
    QVERIFY(!app.controller->calendarSync());
    dialog->reject();
    QTRY_VERIFY(app.controller->calendarSync());
}

QTEST_MAIN(TestCalendarUi)
#include "tst_calendar_ui.moc"
