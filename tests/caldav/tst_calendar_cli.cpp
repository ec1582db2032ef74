// End-to-end tests of `mentordesk-cli calendar`: the real program against
// Radicale on loopback, the passphrase and the server password on standard
// input.

#include "CliProcess.h"
#include "RadicaleServer.h"

#include "caldav/CalDavClient.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using md::test::CliRun;
using md::test::RadicaleServer;

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

QByteArray bytesOfFolder(const QString& folder) {
    QByteArray all;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestCalendarCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectSyncAndStatus();
    void wrongPasswordAndMissingPassword();
    void clearTextServerIsRefused();
    void syncWithoutAServerKeepsTheQueue();
    void differencesAreListedAcceptedAndOverwritten();
    void busyCalendarsAreChosenAndCleared();

private:
    CliRun run(const QStringList& arguments, const QByteArray& moreInput = {});
    QStringList connectArguments() const {
        return {QStringLiteral("calendar"), QStringLiteral("connect"),
                QStringLiteral("--url"),    m_server.baseUrl().toString(),
                QStringLiteral("--user"),   QString::fromLatin1(RadicaleServer::kUser)};
    }

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_engagementId;
    QProcessEnvironment m_environment;
    RadicaleServer m_server;
};

CliRun TestCalendarCli::run(const QStringList& arguments, const QByteArray& moreInput) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n' + moreInput, m_environment);
}

void TestCalendarCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_dir = m_root.filePath(QStringLiteral("ws"));
    QVERIFY(run({QStringLiteral("init")}).exitCode == 0);
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Tomasz Wiśniewski")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             client.text(), QStringLiteral("--title"), QStringLiteral("Career change")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    m_engagementId = engagement.text();
    const CliRun session =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"), QStringLiteral("2030-04-02T09:00"),
             QStringLiteral("--tz"), QStringLiteral("Europe/Warsaw"), QStringLiteral("--duration"),
             QStringLiteral("60")});
    QVERIFY2(session.exitCode == 0, qPrintable(session.describe()));
}

void TestCalendarCli::connectSyncAndStatus() {
    const CliRun before = run({QStringLiteral("calendar"), QStringLiteral("status")});
    QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
    QCOMPARE(before.text(), QStringLiteral("No calendar account is connected."));

    const CliRun connected = run(connectArguments(), QByteArray(RadicaleServer::kPassword) + '\n');
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.describe()));
    QVERIFY2(connected.text().contains(QStringLiteral("/mentor/mentordesk/")),
             qPrintable(connected.text()));
    QVERIFY2(connected.text().contains(QStringLiteral("1 change")), qPrintable(connected.text()));

    const CliRun synced = run({QStringLiteral("calendar"), QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QCOMPARE(synced.text(), QStringLiteral("Published 1, removed 0."));
    QVERIFY(m_server.storedBytes().contains("SUMMARY:Mentoring session (TW)"));
    QVERIFY(!m_server.storedBytes().contains("Wi\xc5\x9bniewski"));

    const CliRun status = run({QStringLiteral("calendar"), QStringLiteral("status")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QVERIFY2(status.text().contains(QStringLiteral("Changes waiting: 0")),
             qPrintable(status.text()));
    QVERIFY2(status.text().contains(QStringLiteral("User: mentor")), qPrintable(status.text()));
    QVERIFY(!status.text().contains(QStringLiteral("Last sync: never")));
    QVERIFY(!status.text().contains(QStringLiteral("Problem")));

    // The password is inside the encrypted database only: not in the
    // workspace's other files, the settings or anything else below HOME.
    QVERIFY(!bytesOfFolder(m_root.path()).contains(RadicaleServer::kPassword));
}

void TestCalendarCli::wrongPasswordAndMissingPassword() {
    const CliRun wrong = run(connectArguments(), "not the password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("did not accept the user name or password"),
             qPrintable(wrong.describe()));
    const CliRun missing = run(connectArguments());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("No password for the calendar server"),
             qPrintable(missing.describe()));
}

void TestCalendarCli::clearTextServerIsRefused() {
    const CliRun refused = run({QStringLiteral("calendar"), QStringLiteral("connect"),
                                QStringLiteral("--url"), QStringLiteral("http://dav.example.com/"),
                                QStringLiteral("--user"), QStringLiteral("me")},
                               "secret\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("https://"), qPrintable(refused.describe()));
    const CliRun usage = run({QStringLiteral("calendar"), QStringLiteral("connect"),
                              QStringLiteral("--user"), QStringLiteral("me")});
    QCOMPARE(usage.exitCode, 2);
}

void TestCalendarCli::syncWithoutAServerKeepsTheQueue() {
    const CliRun connected = run(connectArguments(), QByteArray(RadicaleServer::kPassword) + '\n');
    QVERIFY2(connected.exitCode == 0, qPrintable(connected.describe()));
    m_server.stop();
    const CliRun session =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"), QStringLiteral("2030-04-09T09:00"),
             QStringLiteral("--tz"), QStringLiteral("Europe/Warsaw"), QStringLiteral("--duration"),
             QStringLiteral("60")});
    QVERIFY2(session.exitCode == 0, qPrintable(session.describe()));
    const CliRun away = run({QStringLiteral("calendar"), QStringLiteral("sync")});
    QCOMPARE(away.exitCode, 1);
    QVERIFY2(away.err.contains("cannot be reached"), qPrintable(away.describe()));
    const CliRun status = run({QStringLiteral("calendar"), QStringLiteral("status")});
    // Connecting again queued the published session once more, beside the new one.
    QVERIFY2(status.text().contains(QStringLiteral("Changes waiting: 2")),
             qPrintable(status.text()));
    QVERIFY2(status.text().contains(QStringLiteral("Problem: The calendar server 127.0.0.1 cannot "
                                                   "be reached")),
             qPrintable(status.text()));

    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    const CliRun back = run({QStringLiteral("calendar"), QStringLiteral("sync")});
    QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
    // The session published before is unchanged: connecting again does not
    // send it twice.
    QCOMPARE(back.text(), QStringLiteral("Published 1, removed 0."));
}

void TestCalendarCli::differencesAreListedAcceptedAndOverwritten() {
    // On the phone: the session of 2 April moved two hours later, the one of
    // 9 April deleted.
    md::CalDavClient phone;
    const char* password = RadicaleServer::kPassword;
    phone.setCredentials(
        QString::fromLatin1(RadicaleServer::kUser),
        md::SecureBytes(reinterpret_cast<const unsigned char*>(password), qstrlen(password)));
    const QUrl calendar = m_server.baseUrl().resolved(QUrl(QStringLiteral("/mentor/mentordesk/")));
    const auto objects = [&] {
        QList<QUrl> urls;
        for (const md::CalendarObject& object : phone.changesSince(calendar, {}).value().changed)
            urls.append(object.url);
        return phone.fetch(calendar, urls).value();
    };
    QCOMPARE(objects().size(), 2);
    for (const md::CalendarObject& object : objects()) {
        if (object.data.contains("DTSTART;TZID=Europe/Warsaw:20300402T090000")) {
            QByteArray moved = object.data;
            moved.replace(":20300402T09", ":20300402T11").replace(":20300402T10", ":20300402T12");
            QVERIFY(phone.put(object.url, moved, object.etag).ok());
        } else {
            QVERIFY(phone.remove(object.url, object.etag).ok());
        }
    }

    const CliRun synced = run({QStringLiteral("calendar"), QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QVERIFY2(synced.text().contains(QStringLiteral("'calendar differences'")),
             qPrintable(synced.text()));
    const CliRun status = run({QStringLiteral("calendar"), QStringLiteral("status")});
    QVERIFY2(status.text().contains(QStringLiteral("Events changed on the server: 2")),
             qPrintable(status.text()));

    const CliRun table = run({QStringLiteral("calendar"), QStringLiteral("differences")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY2(table.text().contains(QStringLiteral("Moved on the server to")),
             qPrintable(table.text()));
    QVERIFY(table.text().contains(QStringLiteral("Deleted on the server")));
    const CliRun listed =
        run({QStringLiteral("calendar"), QStringLiteral("differences"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(array.size(), 2);
    QString movedId;
    QString deletedId;
    for (const QJsonValue& value : array) {
        const QJsonObject difference = value.toObject();
        const QString id = QString::number(difference.value(QStringLiteral("id")).toInteger());
        if (difference.value(QStringLiteral("kind")).toString() == QLatin1String("moved")) {
            movedId = id;
            // 11:00 in Warsaw (summer time) is 09:00 UTC.
            QCOMPARE(difference.value(QStringLiteral("serverStartUtc")).toString(),
                     QStringLiteral("2030-04-02T09:00:00Z"));
            QCOMPARE(difference.value(QStringLiteral("startUtc")).toString(),
                     QStringLiteral("2030-04-02T07:00:00Z"));
        } else {
            QCOMPARE(difference.value(QStringLiteral("kind")).toString(),
                     QStringLiteral("deleted"));
            deletedId = id;
        }
    }
    QVERIFY(!movedId.isEmpty() && !deletedId.isEmpty());

    const CliRun accepted = run({QStringLiteral("calendar"), QStringLiteral("accept"), movedId});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.describe()));
    QCOMPARE(accepted.text(), QStringLiteral("The server's version is now in MentorDesk."));
    const CliRun sessions =
        run({QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(sessions.out.contains("2030-04-02T09:00:00Z"), sessions.out.constData());
    const CliRun overwritten =
        run({QStringLiteral("calendar"), QStringLiteral("overwrite"), deletedId});
    QVERIFY2(overwritten.exitCode == 0, qPrintable(overwritten.describe()));
    QCOMPARE(overwritten.text(), QStringLiteral("The server has MentorDesk's version again."));
    QCOMPARE(objects().size(), 2);
    const CliRun none = run({QStringLiteral("calendar"), QStringLiteral("differences")});
    QVERIFY2(none.err.contains("No differences"), qPrintable(none.describe()));

    const CliRun gone = run({QStringLiteral("calendar"), QStringLiteral("accept"), movedId});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.contains("no calendar difference"), qPrintable(gone.describe()));
    QCOMPARE(run({QStringLiteral("calendar"), QStringLiteral("overwrite"), QStringLiteral("x")})
                 .exitCode,
             2);
}

void TestCalendarCli::busyCalendarsAreChosenAndCleared() {
    md::CalDavClient phone;
    const char* password = RadicaleServer::kPassword;
    phone.setCredentials(
        QString::fromLatin1(RadicaleServer::kUser),
        md::SecureBytes(reinterpret_cast<const unsigned char*>(password), qstrlen(password)));
    auto home = phone.discover(m_server.baseUrl());
    QVERIFY2(home.ok(), qPrintable(home.message()));
    auto privateCalendar = phone.makeCalendar(home->calendarHomeUrl, QStringLiteral("Private"));
    QVERIFY2(privateCalendar.ok(), qPrintable(privateCalendar.message()));
    // A week from now: inside the months a sync reads (the program's own clock).
    const QByteArray start =
        QDateTime::currentDateTimeUtc().addDays(7).toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray dentist = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                               "BEGIN:VEVENT\r\nUID:dentist@phone\r\nDTSTAMP:20261001T090000Z\r\n"
                               "DTSTART:" +
                               start + "T100000Z\r\nDTEND:" + start +
                               "T110000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    QVERIFY(phone.put(privateCalendar->resolved(QUrl("dentist.ics")), dentist, {}).ok());
    const QStringList busy{QStringLiteral("calendar"), QStringLiteral("busy")};
    const QStringList sync{QStringLiteral("calendar"), QStringLiteral("sync")};

    const CliRun both = run(
        busy + QStringList{QStringLiteral("--busy-titles"), QStringLiteral("--no-busy-titles")});
    QCOMPARE(both.exitCode, 2);
    const CliRun unknown =
        run(busy + QStringList{QStringLiteral("--busy"), QStringLiteral("Nope")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("no calendar named Nope"), qPrintable(unknown.describe()));

    const CliRun chosen =
        run(busy + QStringList{QStringLiteral("--busy"), QStringLiteral("Private"),
                               QStringLiteral("--busy-titles")});
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.describe()));
    QCOMPARE(chosen.text(),
             QStringLiteral("Busy times are read from Private on the next 'calendar sync'."));
    CliRun synced = run(sync);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QVERIFY2(synced.text().contains(QStringLiteral("Read 1 busy time")), qPrintable(synced.text()));

    const CliRun cleared = run(busy);
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
    QVERIFY2(cleared.text().startsWith(QStringLiteral("No calendar is read for busy times now")),
             qPrintable(cleared.text()));
    synced = run(sync);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    QVERIFY2(!synced.text().contains(QStringLiteral("busy time")), qPrintable(synced.text()));

    const CliRun help = run(busy + QStringList{QStringLiteral("--help")});
    QVERIFY2(help.out.contains("--no-busy-titles"), qPrintable(help.describe()));
}

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendar_cli.moc"
