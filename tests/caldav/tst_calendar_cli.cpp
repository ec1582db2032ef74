// End-to-end tests of `mentordesk-cli calendar`: the real program against
// Radicale on loopback, the passphrase and the server password on standard
// input.

#include "CliProcess.h"
#include "RadicaleServer.h"

#include <QDirIterator>
#include <QFileInfo>
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
    QCOMPARE(back.text(), QStringLiteral("Published 2, removed 0."));
}

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendar_cli.moc"
