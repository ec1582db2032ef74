// End-to-end tests of mentordesk-cli: each test runs the real program with
// QProcess on a workspace in a temporary folder and feeds passphrases on
// standard input (a pipe, so the CLI reads one line per secret).
//
// MENTORDESK_TEST_FAST_KDF=1 makes the CLI create passphrase slots with the
// minimum Argon2id cost; one test (productKdf) runs without it.

#include "CliProcess.h"

#include "CommandRegistry.h"

#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";
const QString kNonAsciiName = QStringLiteral("Zoë Ångström");

// Path -> SHA-256 of every file in a folder.
QMap<QString, QByteArray> fileHashes(const QString& dir) {
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hashes.insert(QFileInfo(path).fileName(),
                          QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

} // namespace

using md::test::CliRun;

class TestCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void initPrintsRecoveryKeyAndCreatesFiles();
    void initRefusesExistingWorkspace();
    void initRefusesShortPassphrase();
    void productKdf();
    void clientRoundTripWithNonAsciiText();
    void clientAddRejectsBadEmail();
    void clientAddUsageErrors();
    void archiveAndDelete();
    void wrongPassphraseLeavesDatabaseUnchanged();
    void recoveryKeyUnlocks();
    void passwdChangesPassphrase();
    void passwdWithRecoveryKeyResetsPassphrase();
    void verifyPrintsOk();
    void missingWorkspaceCreatesNothing();
    void stderrHoldsOnlyTheCliOwnMessages();
    void keychainFailureFallsBackToPassphrase();
    void helpListsEveryCommand();

private:
    CliRun run(const QStringList& arguments, const QByteArray& input = {},
               const QProcessEnvironment& environment = {});
    // Creates a workspace in a new subfolder of m_root; returns its path.
    QString makeWorkspace(QByteArray* recoveryKey = nullptr);
    QString addClient(const QString& dir, const QStringList& options);

    QString m_cli;
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    int m_workspaceCount = 0;
};

void TestCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
}

CliRun TestCli::run(const QStringList& arguments, const QByteArray& input,
                    const QProcessEnvironment& environment) {
    return md::test::runCli(m_cli, arguments, input,
                            environment.isEmpty() ? m_environment : environment);
}

QString TestCli::makeWorkspace(QByteArray* recoveryKey) {
    const QString dir = m_root.filePath(QStringLiteral("ws%1").arg(++m_workspaceCount));
    const CliRun init = run({QStringLiteral("--workspace"), dir, QStringLiteral("init")},
                            QByteArray(kPassphrase) + '\n');
    if (init.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(init.describe()));
        return {};
    }
    if (recoveryKey)
        *recoveryKey = init.out.trimmed();
    return dir;
}

QString TestCli::addClient(const QString& dir, const QStringList& options) {
    const CliRun add = run(QStringList{QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                                       QStringLiteral("add")} +
                               options,
                           QByteArray(kPassphrase) + '\n');
    if (add.exitCode != 0)
        qWarning("client add failed: %s", qPrintable(add.describe()));
    return QString::fromUtf8(add.out.trimmed());
}

void TestCli::initPrintsRecoveryKeyAndCreatesFiles() {
    const QString dir = m_root.filePath(QStringLiteral("fresh"));
    const CliRun init = run({QStringLiteral("--workspace"), dir, QStringLiteral("init")},
                            QByteArray(kPassphrase) + '\n');
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    static const QRegularExpression format(QStringLiteral("^([0-9A-F]{4}-){15}[0-9A-F]{4}$"));
    const QString key = QString::fromLatin1(init.out.trimmed());
    QVERIFY2(format.match(key).hasMatch(), qPrintable(key));
    QVERIFY(QFileInfo::exists(md::Workspace::databasePath(dir)));
    QVERIFY(QFileInfo::exists(md::Workspace::sidecarPath(dir)));
    // The key goes to stdout only; stderr carries the explanation.
    QVERIFY(!init.err.contains(key.toLatin1()));
    QVERIFY(!init.err.isEmpty());
}

void TestCli::initRefusesExistingWorkspace() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QMap<QString, QByteArray> before = fileHashes(dir);
    QVERIFY(before.contains(QStringLiteral("mentordesk.db")));

    const CliRun again = run({QStringLiteral("--workspace"), dir, QStringLiteral("init")},
                             "another passphrase here\n");
    QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
    QVERIFY(again.out.isEmpty());
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(fileHashes(dir), before);
}

void TestCli::initRefusesShortPassphrase() {
    const QString dir = m_root.filePath(QStringLiteral("short"));
    // Nine characters, although more than ten bytes in UTF-8.
    const CliRun init = run({QStringLiteral("--workspace"), dir, QStringLiteral("init")},
                            QStringLiteral("ÄÖÜäöüßéè\n").toUtf8());
    QVERIFY2(init.exitCode == 1, qPrintable(init.describe()));
    QVERIFY(init.err.contains("too short"));
    QVERIFY(!md::Workspace::exists(dir));
}

void TestCli::productKdf() {
    // Without the test override: the product's Argon2id cost, end to end.
    QProcessEnvironment environment = m_environment;
    environment.remove(QStringLiteral("MENTORDESK_TEST_FAST_KDF"));
    const QString dir = m_root.filePath(QStringLiteral("product"));
    const CliRun init = run({QStringLiteral("--workspace"), dir, QStringLiteral("init")},
                            QByteArray(kPassphrase) + '\n', environment);
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun list = run({QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                             QStringLiteral("list"), QStringLiteral("--json")},
                            QByteArray(kPassphrase) + '\n', environment);
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestCli::clientRoundTripWithNonAsciiText() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QString id = addClient(
        dir, {QStringLiteral("--name"), kNonAsciiName, QStringLiteral("--preferred-name"),
              QStringLiteral("Zoë"), QStringLiteral("--email"), QStringLiteral("zoe@example.org"),
              QStringLiteral("--timezone"), QStringLiteral("Europe/Stockholm"),
              QStringLiteral("--tags"), QStringLiteral("leadership, 日本語 ,"),
              QStringLiteral("--status"), QStringLiteral("active"), QStringLiteral("--aspirations"),
              QStringLiteral("Lead a team\nwithin a year")});
    bool numeric = false;
    QVERIFY(id.toLongLong(&numeric) > 0 && numeric);

    const CliRun text =
        run({QStringLiteral("--workspace"), dir, QStringLiteral("client"), QStringLiteral("list")},
            QByteArray(kPassphrase) + '\n');
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(QString::fromUtf8(text.out).contains(kNonAsciiName));

    const CliRun list = run({QStringLiteral("client"), QStringLiteral("list"),
                             QStringLiteral("--json"), QStringLiteral("--workspace"), dir},
                            QByteArray(kPassphrase) + '\n');
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QJsonParseError error{};
    const QJsonDocument listed = QJsonDocument::fromJson(list.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(listed.array().size(), 1);
    QCOMPARE(listed.array().first().toObject().value(QLatin1String("fullName")).toString(),
             kNonAsciiName);

    const CliRun show = run({QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                             QStringLiteral("show"), id, QStringLiteral("--json")},
                            QByteArray(kPassphrase) + '\n');
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject client = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(client.value(QLatin1String("id")).toInteger(), id.toLongLong());
    QCOMPARE(client.value(QLatin1String("fullName")).toString(), kNonAsciiName);
    QCOMPARE(client.value(QLatin1String("preferredName")).toString(), QStringLiteral("Zoë"));
    QCOMPARE(client.value(QLatin1String("email")).toString(), QStringLiteral("zoe@example.org"));
    QCOMPARE(client.value(QLatin1String("timeZone")).toString(),
             QStringLiteral("Europe/Stockholm"));
    QCOMPARE(client.value(QLatin1String("aspirations")).toString(),
             QStringLiteral("Lead a team\nwithin a year"));
    QCOMPARE(client.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(client.value(QLatin1String("archived")).toBool(), false);
    QCOMPARE(client.value(QLatin1String("tags")).toArray(),
             QJsonArray({QStringLiteral("leadership"), QStringLiteral("日本語")}));
    const QString created = client.value(QLatin1String("createdUtc")).toString();
    QVERIFY2(created.endsWith(QLatin1Char('Z')), qPrintable(created));
    QVERIFY(QDateTime::fromString(created, Qt::ISODate).isValid());
}

void TestCli::clientAddRejectsBadEmail() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QMap<QString, QByteArray> before = fileHashes(dir);
    const CliRun add = run({QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                            QStringLiteral("add"), QStringLiteral("--name"), kNonAsciiName,
                            QStringLiteral("--email"), QStringLiteral("not-an-address")},
                           QByteArray(kPassphrase) + '\n');
    QVERIFY2(add.exitCode == 1, qPrintable(add.describe()));
    QVERIFY(add.out.isEmpty());
    QVERIFY2(add.err.toLower().contains("email"), add.err.constData());
    QCOMPARE(fileHashes(dir), before); // nothing was written
}

void TestCli::clientAddUsageErrors() {
    const QString dir = m_root.filePath(QStringLiteral("unused"));
    const QStringList add{QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                          QStringLiteral("add")};
    CliRun result = run(add + QStringList{QStringLiteral("--email"), QStringLiteral("a@b.org")});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.err.contains("--name"));
    result = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("A"),
                                   QStringLiteral("--status"), QStringLiteral("sleeping")});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.err.contains("prospect|active|paused|former"));
    result = run(add + QStringList{QStringLiteral("--name"), QStringLiteral("A"),
                                   QStringLiteral("--colour"), QStringLiteral("red")});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    result = run({QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                  QStringLiteral("show"), QStringLiteral("abc")});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(!QFileInfo::exists(dir));
}

void TestCli::archiveAndDelete() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QString keep = addClient(dir, {QStringLiteral("--name"), QStringLiteral("Keep Me")});
    const QString gone = addClient(dir, {QStringLiteral("--name"), QStringLiteral("Archive Me")});
    QVERIFY(!keep.isEmpty() && !gone.isEmpty());
    const QStringList client{QStringLiteral("--workspace"), dir, QStringLiteral("client")};
    const QByteArray input = QByteArray(kPassphrase) + '\n';

    QCOMPARE(run(client + QStringList{QStringLiteral("archive"), gone}, input).exitCode, 0);
    CliRun list =
        run(client + QStringList{QStringLiteral("list"), QStringLiteral("--json")}, input);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    list = run(client + QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--all")},
               input);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue& value : all) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.value(QLatin1String("archived")).toBool(),
                 object.value(QLatin1String("id")).toInteger() == gone.toLongLong());
    }

    // Deleting needs --yes and asks for no passphrase without it.
    CliRun remove = run(client + QStringList{QStringLiteral("delete"), gone});
    QVERIFY2(remove.exitCode == 2, qPrintable(remove.describe()));
    remove =
        run(client + QStringList{QStringLiteral("delete"), gone, QStringLiteral("--yes")}, input);
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.describe()));
    const CliRun show = run(client + QStringList{QStringLiteral("show"), gone}, input);
    QVERIFY2(show.exitCode == 1, qPrintable(show.describe()));
}

void TestCli::wrongPassphraseLeavesDatabaseUnchanged() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QMap<QString, QByteArray> before = fileHashes(dir);
    const CliRun list =
        run({QStringLiteral("--workspace"), dir, QStringLiteral("client"), QStringLiteral("list")},
            "wrong passphrase entirely\n" + QByteArray(kPassphrase) + '\n');
    // One attempt on a pipe: the second line must not be tried.
    QVERIFY2(list.exitCode == 1, qPrintable(list.describe()));
    QVERIFY(!list.err.isEmpty());
    QVERIFY(list.out.isEmpty());
    QCOMPARE(fileHashes(dir), before);
}

void TestCli::recoveryKeyUnlocks() {
    QByteArray recoveryKey;
    const QString dir = makeWorkspace(&recoveryKey);
    QVERIFY(!dir.isEmpty());
    QVERIFY(!addClient(dir, {QStringLiteral("--name"), kNonAsciiName}).isEmpty());
    const QStringList list{QStringLiteral("--workspace"), dir, QStringLiteral("--recovery-key"),
                           QStringLiteral("client"), QStringLiteral("list")};

    CliRun result = run(list, recoveryKey + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(QString::fromUtf8(result.out).contains(kNonAsciiName));

    // Lower case without dashes is the same key (and what sqlcipher takes).
    result = run(list, recoveryKey.toLower().replace('-', "") + '\n');
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

    const QMap<QString, QByteArray> before = fileHashes(dir);
    QByteArray wrong = recoveryKey;
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    result = run(list, wrong + '\n');
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QCOMPARE(fileHashes(dir), before);
    // It names the group to compare with the printed key.
    QVERIFY2(result.err.contains("Group 1 "), result.err.constData());

    // A group typed one character short, and the letter O for a zero.
    wrong = recoveryKey;
    wrong.remove(7 * 5 - 2, 1); // in group 7
    result = run(list, wrong + '\n');
    QVERIFY2(result.exitCode != 0 && result.err.contains("Group 7 "),
             qPrintable(result.describe()));
    wrong = recoveryKey;
    wrong[11 * 5] = 'O'; // the first of group 12
    result = run(list, wrong + '\n');
    QVERIFY2(result.exitCode != 0 && result.err.contains("Group 12 ") &&
                 result.err.contains("letter O"),
             qPrintable(result.describe()));
    QCOMPARE(fileHashes(dir), before);
}

void TestCli::passwdChangesPassphrase() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QByteArray newPassphrase = QStringLiteral("ein ganz neues Passwört").toUtf8();
    const CliRun passwd = run({QStringLiteral("--workspace"), dir, QStringLiteral("passwd")},
                              QByteArray(kPassphrase) + '\n' + newPassphrase + '\n');
    QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.describe()));

    const QStringList verify{QStringLiteral("--workspace"), dir, QStringLiteral("verify")};
    const CliRun old = run(verify, QByteArray(kPassphrase) + '\n');
    QVERIFY2(old.exitCode == 1, qPrintable(old.describe()));
    const CliRun current = run(verify, newPassphrase + '\n');
    QVERIFY2(current.exitCode == 0, qPrintable(current.describe()));

    // A too-short new passphrase is refused and the current one still works.
    const CliRun shorter = run({QStringLiteral("--workspace"), dir, QStringLiteral("passwd")},
                               newPassphrase + "\nshort\n");
    QVERIFY2(shorter.exitCode == 1, qPrintable(shorter.describe()));
    QCOMPARE(run(verify, newPassphrase + '\n').exitCode, 0);
}

// Forgotten passphrase: the recovery key sets a new one; the old one stops
// working and the data is still there.
void TestCli::passwdWithRecoveryKeyResetsPassphrase() {
    QByteArray recoveryKey;
    const QString dir = makeWorkspace(&recoveryKey);
    QVERIFY(!dir.isEmpty());
    QVERIFY(!addClient(dir, {QStringLiteral("--name"), QStringLiteral("Imani Ruto")}).isEmpty());
    const QByteArray newPassphrase("remembered this time");

    QByteArray wrong = recoveryKey;
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    const QStringList passwd{QStringLiteral("--workspace"), dir, QStringLiteral("passwd"),
                             QStringLiteral("--recovery-key")};
    const QMap<QString, QByteArray> before = fileHashes(dir);
    const CliRun refused = run(passwd, wrong + '\n' + newPassphrase + '\n');
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QCOMPARE(fileHashes(dir), before);

    const CliRun reset = run(passwd, recoveryKey + '\n' + newPassphrase + '\n');
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    const QStringList list{QStringLiteral("--workspace"), dir, QStringLiteral("client"),
                           QStringLiteral("list")};
    QCOMPARE(run(list, QByteArray(kPassphrase) + '\n').exitCode, 1);
    const CliRun listed = run(list, newPassphrase + '\n');
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY(listed.out.contains("Imani Ruto"));
}

void TestCli::verifyPrintsOk() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const CliRun verify = run({QStringLiteral("--workspace"), dir, QStringLiteral("verify")},
                              QByteArray(kPassphrase) + '\n');
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QCOMPARE(verify.out, QByteArray("OK\n"));
}

void TestCli::missingWorkspaceCreatesNothing() {
    const QString dir = m_root.filePath(QStringLiteral("nothing-here"));
    const CliRun list =
        run({QStringLiteral("--workspace"), dir, QStringLiteral("client"), QStringLiteral("list")},
            QByteArray(kPassphrase) + '\n');
    QVERIFY2(list.exitCode == 1, qPrintable(list.describe()));
    QVERIFY(list.err.contains("init"));
    QVERIFY(!QFileInfo::exists(dir));
}

// Scripts read stderr for what went wrong: without XDG_RUNTIME_DIR (cron,
// ssh, containers) Qt's start-up must find nothing to warn about. With
// QT_FATAL_WARNINGS a warning Qt merely printed and someone filtered would
// still abort the command, so this checks the cause is gone, not its text.
void TestCli::stderrHoldsOnlyTheCliOwnMessages() {
    QProcessEnvironment environment = m_environment;
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.insert(QStringLiteral("QT_FATAL_WARNINGS"), QStringLiteral("1"));
    // A folder of its own for temporary files, to see what the CLI leaves.
    const QString temp = m_root.filePath(QStringLiteral("tmp-runtime"));
    QVERIFY(QDir().mkpath(temp));
    environment.insert(QStringLiteral("TMPDIR"), temp);

    const CliRun help = run({QStringLiteral("--help")}, {}, environment);
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    QCOMPARE(help.err, QByteArray());

    const QString dir = m_root.filePath(QStringLiteral("quiet"));
    const CliRun init = run({QStringLiteral("--workspace"), dir, QStringLiteral("init")},
                            QByteArray(kPassphrase) + '\n', environment);
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    QVERIFY2(!init.err.contains("QStandardPaths") && !init.err.contains("XDG_RUNTIME_DIR"),
             init.err.constData());

    const QList<QStringList> commands = {
        {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Ada Lovelace")},
        {QStringLiteral("client"), QStringLiteral("list")},
        {QStringLiteral("verify")},
    };
    for (const QStringList& command : commands) {
        const CliRun ran = run(QStringList{QStringLiteral("--workspace"), dir} + command,
                               QByteArray(kPassphrase) + '\n', environment);
        QVERIFY2(ran.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + ran.describe()));
        QVERIFY2(ran.err.isEmpty(), qPrintable(command.join(u' ') + u'\n' + ran.err));
    }
    // The private runtime folder lives only as long as the command.
    QCOMPARE(QDir(temp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());

    const CliRun missing =
        run({QStringLiteral("--workspace"), m_root.filePath(QStringLiteral("none")),
             QStringLiteral("client"), QStringLiteral("list")},
            {}, environment);
    QCOMPARE(missing.exitCode, 1);
    const QList<QByteArray> lines = missing.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("mentordesk-cli: "), missing.err.constData());
}

void TestCli::keychainFailureFallsBackToPassphrase() {
    const QString dir = makeWorkspace();
    QVERIFY(!dir.isEmpty());
    const QStringList filesBefore = fileHashes(dir).keys();
    // No session bus: the keychain read fails, the CLI must ask for the
    // passphrase and create nothing.
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_root.filePath(QStringLiteral("no-bus")));
    environment.remove(QStringLiteral("DISPLAY"));
    const CliRun list =
        run({QStringLiteral("--workspace"), dir, QStringLiteral("--keychain"),
             QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")},
            QByteArray(kPassphrase) + '\n', environment);
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QVERIFY(list.err.contains("keychain"));
    // Said once, in a plain sentence: no raw D-Bus message from below.
    const QList<QByteArray> lines = list.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1, list.err.constData());
    for (const char* raw : {"D-Bus", "DBus", "dbus", "freedesktop", "Could not connect", "("})
        QVERIFY2(!list.err.contains(raw), list.err.constData());
    QCOMPARE(fileHashes(dir).keys(), filesBefore);
}

void TestCli::helpListsEveryCommand() {
    const CliRun help = run({QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    const QString text = QString::fromUtf8(help.out);

    md::cli::CommandRegistry registry;
    md::cli::registerAllCommands(registry);
    QVERIFY(registry.commands().size() >= 8);
    for (const md::cli::Command& command : registry.commands()) {
        QVERIFY2(text.contains(QLatin1String("  ") + command.name()), qPrintable(command.name()));
        for (const QCommandLineOption& option : command.options)
            QVERIFY2(text.contains(QLatin1String("--") + option.names().constLast()),
                     qPrintable(command.name() + QLatin1Char(' ') + option.names().constLast()));
    }
    for (const char* expected : {"init", "client add", "client list", "client show", "passwd",
                                 "verify", "--workspace", "--keychain", "--recovery-key"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);

    const CliRun commandHelp =
        run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--help")});
    QVERIFY2(commandHelp.exitCode == 0, qPrintable(commandHelp.describe()));
    QVERIFY(commandHelp.out.contains("--preferred-name"));

    const CliRun version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("mentordesk-cli " MENTORDESK_VERSION));

    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
    const CliRun group = run({QStringLiteral("client")});
    QCOMPARE(group.exitCode, 2);
    QVERIFY(group.err.contains("client list"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
