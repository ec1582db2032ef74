// mentordesk-cli on storage that fails or lies: a full disk, damaged pages,
// a damaged workspace.json, names holding terminal escapes. Each test runs
// the real program on a workspace in a temporary folder (or on a real 2 MiB
// tmpfs) and checks what it prints, its exit status and the bytes on disk.

#include "CliProcess.h"
#include "ScopedTmpfs.h"

#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using md::test::CliRun;

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";
const QByteArray kInput = QByteArray(kPassphrase) + '\n';

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeContents(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A copy of a workspace's two files in a new folder, one byte flipped.
bool copyWithFlippedByte(const QString& from, const QString& to, qint64 offset) {
    if (!QDir().mkpath(to) ||
        !QFile::copy(md::Workspace::databasePath(from), md::Workspace::databasePath(to)) ||
        !QFile::copy(md::Workspace::sidecarPath(from), md::Workspace::sidecarPath(to)))
        return false;
    QFile file(md::Workspace::databasePath(to));
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x24));
}

// True while the process is blocked reading its standard input (Linux).
bool isReadingStandardInput(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/syscall").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() > 1 && fields.at(0) == "0" && fields.at(1) == "0x0";
}

// Control characters a terminal would act on: C0 except tab and line feed,
// DEL, and the C1 range (C2 80 to C2 9F in UTF-8).
bool holdsTerminalControls(const QByteArray& bytes) {
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
            return true;
        if (c == 0xC2 && i + 1 < bytes.size()) {
            const auto next = static_cast<unsigned char>(bytes.at(i + 1));
            if (next >= 0x80 && next <= 0x9F)
                return true;
        }
    }
    return false;
}

} // namespace

class TestCliStorage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void passwdOnAFullDiskFailsAndKeepsTheSidecar();
    void damagedPagesNeverGivePartialLists();
    void damagedFirstPageIsNamedDamage();
    void recoveryWithADamagedSidecarAsksForANewPassphrase();
    void verifyCountsTheProblemsItLists();
    void controlCharactersNeverReachTheTerminal();
    void workspaceFilesAndExportsAreOwnerOnly();

private:
    CliRun run(const QString& dir, const QStringList& arguments, const QByteArray& input = kInput);
    QString makeWorkspace(const QString& dir, QByteArray* recoveryKey = nullptr);

    QString m_cli;
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    int m_count = 0;
};

void TestCliStorage::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
}

CliRun TestCliStorage::run(const QString& dir, const QStringList& arguments,
                           const QByteArray& input) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), dir} + arguments,
                            input, m_environment);
}

QString TestCliStorage::makeWorkspace(const QString& dir, QByteArray* recoveryKey) {
    const QString path =
        dir.isEmpty() ? m_root.filePath(QStringLiteral("ws%1").arg(++m_count)) : dir;
    const CliRun init = run(path, {QStringLiteral("init")});
    if (init.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(init.describe()));
        return {};
    }
    if (recoveryKey)
        *recoveryKey = init.out.trimmed();
    return path;
}

// Defect 1 on a real full disk: `passwd` reads the current passphrase and
// unlocks; the disk then fills up to the last byte; the new passphrase
// cannot be written. Before the fix it reported success and left an empty
// workspace.json. Now it fails with "The disk is full", exit 1, and both the
// old file and the old passphrase still work.
void TestCliStorage::passwdOnAFullDiskFailsAndKeepsTheSidecar() {
    md::test::ScopedTmpfs disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a 2 MiB tmpfs here (%1); the injected full "
                                        "disk of tst_workspacedamage still ran")
                             .arg(disk.error())));
    const QString dir = makeWorkspace(disk.path() + QStringLiteral("/ws"));
    QVERIFY(!dir.isEmpty());
    const QByteArray sidecarBefore = contents(md::Workspace::sidecarPath(dir));

    QProcess passwd;
    passwd.setProcessEnvironment(m_environment);
    passwd.start(m_cli, {QStringLiteral("--workspace"), dir, QStringLiteral("passwd")});
    QVERIFY(passwd.waitForStarted());
    passwd.write(kInput);
    QVERIFY(passwd.waitForBytesWritten(5000));
    // Unlocked (SQLite's -shm is there) and waiting for the new passphrase.
    QElapsedTimer timer;
    timer.start();
    while (!(QFileInfo::exists(md::Workspace::databasePath(dir) + QStringLiteral("-shm")) &&
             isReadingStandardInput(passwd.processId())) &&
           timer.elapsed() < 20000)
        QThread::msleep(10);
    QVERIFY2(timer.elapsed() < 20000, "passwd never asked for the new passphrase");
    QVERIFY(disk.fill());
    passwd.write("a brand new passphrase\n");
    passwd.closeWriteChannel();
    QVERIFY(passwd.waitForFinished(30000));
    const QString err = QString::fromUtf8(passwd.readAllStandardError());
    QCOMPARE(passwd.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("The disk is full")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("was changed")), qPrintable(err));
    QCOMPARE(contents(md::Workspace::sidecarPath(dir)), sidecarBefore);

    QVERIFY(disk.release(512 * 1024));
    const CliRun old = run(dir, {QStringLiteral("client"), QStringLiteral("list")});
    QVERIFY2(old.exitCode == 0, qPrintable(old.describe()));
    const CliRun fresh =
        run(dir, {QStringLiteral("client"), QStringLiteral("list")}, "a brand new passphrase\n");
    QCOMPARE(fresh.exitCode, 1);
}

// Defect 2: one byte flipped in each page of a copy, in turn (a fixed
// pattern of positions). `client list --all --json` and `session list` give
// either the whole, correct output or fail with a damage message; never a
// partial list with exit status 0.
void TestCliStorage::damagedPagesNeverGivePartialLists() {
    const QString dir = makeWorkspace({});
    QVERIFY(!dir.isEmpty());
    const QString filler(400, QLatin1Char('x'));
    for (int i = 1; i <= 40; ++i) {
        const CliRun add =
            run(dir, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Client %1 of the damage test").arg(i),
                      QStringLiteral("--background"), filler});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    }
    for (const int client : {3, 17, 31}) {
        const CliRun engagement = run(dir, {QStringLiteral("engagement"), QStringLiteral("add"),
                                            QStringLiteral("--client"), QString::number(client),
                                            QStringLiteral("--title"), QStringLiteral("Plan")});
        QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
        const CliRun sessions = run(
            dir, {QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
                  engagement.text(), QStringLiteral("--start"), QStringLiteral("2026-03-10T10:00"),
                  QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                  QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--repeat"),
                  QStringLiteral("weekly"), QStringLiteral("--count"), QStringLiteral("25")});
        QVERIFY2(sessions.exitCode == 0, qPrintable(sessions.describe()));
    }
    const QList<QStringList> commands{{QStringLiteral("client"), QStringLiteral("list"),
                                       QStringLiteral("--all"), QStringLiteral("--json")},
                                      {QStringLiteral("session"), QStringLiteral("list")}};
    QList<QByteArray> expected;
    for (const QStringList& command : commands) {
        const CliRun whole = run(dir, command);
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.describe()));
        expected.append(whole.out);
    }
    QCOMPARE(QJsonDocument::fromJson(expected.at(0)).array().size(), 40);

    const qint64 pages = QFileInfo(md::Workspace::databasePath(dir)).size() / 4096;
    QVERIFY(pages > 20);
    int damageReported = 0;
    QStringList partial;
    for (qint64 page = 0; page < pages; ++page) {
        // Past the 16-byte salt of page 1, somewhere inside each page.
        const qint64 offset = page * 4096 + 16 + (page * 2654435761LL) % 4000;
        const QString copy = m_root.filePath(QStringLiteral("flipped-%1").arg(page));
        QVERIFY(copyWithFlippedByte(dir, copy, offset));
        for (int c = 0; c < commands.size(); ++c) {
            const CliRun damaged = run(copy, commands.at(c));
            if (damaged.exitCode == 0) {
                if (damaged.out != expected.at(c))
                    partial
                        << QStringLiteral("page %1, %2").arg(page).arg(commands.at(c).join(u' '));
                continue;
            }
            QVERIFY2(damaged.exitCode == 1, qPrintable(damaged.describe()));
            QVERIFY2(damaged.err.contains("damaged"), qPrintable(damaged.describe()));
            QVERIFY2(!damaged.err.contains("Caps Lock"), qPrintable(damaged.describe()));
            ++damageReported;
        }
        QDir(copy).removeRecursively();
    }
    QVERIFY2(partial.isEmpty(), qPrintable(QStringLiteral("partial output with exit 0: ") +
                                           partial.join(QStringLiteral("; "))));
    // The pattern really hit pages that the two commands read.
    QVERIFY2(damageReported >= 10, qPrintable(QString::number(damageReported)));
}

// Defect 3: page 1 damaged, right passphrase: "damaged", never "Check Caps Lock".
void TestCliStorage::damagedFirstPageIsNamedDamage() {
    const QString dir = makeWorkspace({});
    QVERIFY(!dir.isEmpty());
    const QString copy = m_root.filePath(QStringLiteral("page-one"));
    QVERIFY(copyWithFlippedByte(dir, copy, 600));
    const CliRun listed = run(copy, {QStringLiteral("client"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains("is damaged"), qPrintable(listed.describe()));
    QVERIFY2(listed.err.contains("verify"), qPrintable(listed.describe()));
    QVERIFY2(!listed.err.contains("Caps Lock"), qPrintable(listed.describe()));
    const CliRun wrong =
        run(copy, {QStringLiteral("client"), QStringLiteral("list")}, "not the passphrase\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("not correct"), qPrintable(wrong.describe()));
}

// Defect 4: the recovery key opens a workspace whose workspace.json is
// damaged; the damaged file is kept beside the new one, and the CLI says,
// as the app does, that a new passphrase must be set.
void TestCliStorage::recoveryWithADamagedSidecarAsksForANewPassphrase() {
    QByteArray recoveryKey;
    const QString dir = makeWorkspace({}, &recoveryKey);
    QVERIFY(!dir.isEmpty());
    const QString sidecar = md::Workspace::sidecarPath(dir);
    const QByteArray damaged = contents(sidecar).left(100);
    QVERIFY(writeContents(sidecar, damaged));

    const CliRun byPassphrase = run(dir, {QStringLiteral("client"), QStringLiteral("list")});
    QCOMPARE(byPassphrase.exitCode, 1);
    QVERIFY2(byPassphrase.err.contains("recovery key"), qPrintable(byPassphrase.describe()));

    const CliRun recovered = run(
        dir, {QStringLiteral("--recovery-key"), QStringLiteral("client"), QStringLiteral("list")},
        recoveryKey + '\n');
    QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
    QVERIFY2(recovered.err.contains("passwd --recovery-key"), qPrintable(recovered.describe()));
    QVERIFY2(recovered.err.contains("workspace.json.damaged-"), qPrintable(recovered.describe()));
    const QStringList copies =
        QDir(dir).entryList({QStringLiteral("workspace.json.damaged-*")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(contents(QDir(dir).filePath(copies.first())), damaged);

    const CliRun refused = run(dir, {QStringLiteral("client"), QStringLiteral("list")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("no passphrase yet"), qPrintable(refused.describe()));

    const CliRun reset = run(dir, {QStringLiteral("--recovery-key"), QStringLiteral("passwd")},
                             recoveryKey + "\nthe passphrase after the damage\n");
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    const CliRun after = run(dir, {QStringLiteral("client"), QStringLiteral("list")},
                             "the passphrase after the damage\n");
    QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
}

// Defect 10: SQLite reports all its findings in one row; verify prints one
// line per problem and counts those lines.
void TestCliStorage::verifyCountsTheProblemsItLists() {
    const QString dir = makeWorkspace({});
    QVERIFY(!dir.isEmpty());
    for (int i = 1; i <= 30; ++i)
        QCOMPARE(run(dir, {QStringLiteral("client"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("Verified %1").arg(i),
                           QStringLiteral("--background"), QString(600, QLatin1Char('v'))})
                     .exitCode,
                 0);
    QVERIFY(run(dir, {QStringLiteral("verify")}).exitCode == 0);
    const qint64 pages = QFileInfo(md::Workspace::databasePath(dir)).size() / 4096;
    int listsChecked = 0;
    for (qint64 page = 2; page < pages && listsChecked < 3; ++page) {
        const QString copy = m_root.filePath(QStringLiteral("verify-%1").arg(page));
        QVERIFY(copyWithFlippedByte(dir, copy, page * 4096 + 700));
        const CliRun verify = run(copy, {QStringLiteral("verify")});
        static const QRegularExpression count(QStringLiteral("(\\d+) problems? found"));
        const QRegularExpressionMatch match = count.match(QString::fromUtf8(verify.err));
        if (verify.exitCode == 1 && match.hasMatch()) {
            const int lines = int(verify.out.trimmed().split('\n').size());
            QCOMPARE(match.captured(1).toInt(), lines);
            ++listsChecked;
        }
        QDir(copy).removeRecursively();
    }
    QVERIFY(listsChecked > 0);
}

// Defect 8: a name holding an escape sequence (it would retitle the
// terminal) is stored as typed, printed with its control characters escaped,
// and JSON output stays valid JSON with the very same name.
void TestCliStorage::controlCharactersNeverReachTheTerminal() {
    const QString dir = makeWorkspace({});
    QVERIFY(!dir.isEmpty());
    const QString name = QStringLiteral("Eve\x1b]0;owned\x07 \x1b[2J") + QChar(0x9b) +
                         QStringLiteral("31m\rDEL") + QChar(0x7f);
    const CliRun add =
        run(dir, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), name});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));

    const CliRun text = run(dir, {QStringLiteral("client"), QStringLiteral("list")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(!holdsTerminalControls(text.out), text.out.toHex(' ').constData());
    QVERIFY2(text.out.contains("Eve\\u001b]0;owned\\u0007"), text.out.constData());

    const CliRun json =
        run(dir, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    QVERIFY2(!holdsTerminalControls(json.out), json.out.toHex(' ').constData());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(parsed.array().first().toObject().value(QStringLiteral("fullName")).toString(), name);

    // Error messages naming the client go through the same filter.
    const CliRun shown =
        run(dir, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY(!holdsTerminalControls(shown.out + shown.err));
}

// Defect 9: the database, its -wal and -shm, the sidecar and exports are
// 0600 whatever the umask of the shell that started the CLI.
void TestCliStorage::workspaceFilesAndExportsAreOwnerOnly() {
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    const QString dir = makeWorkspace({});
    QVERIFY(!dir.isEmpty());
    QVERIFY(run(dir, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Private person")})
                .exitCode == 0);
    const QString exports = m_root.filePath(QStringLiteral("exports"));
    const CliRun csv = run(dir, {QStringLiteral("billing"), QStringLiteral("export"), exports});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
    const QString ics = m_root.filePath(QStringLiteral("sessions.ics"));
    const CliRun calendar = run(dir, {QStringLiteral("ics"), QStringLiteral("export"), ics});
    QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.describe()));

    QStringList files{md::Workspace::databasePath(dir), md::Workspace::sidecarPath(dir), ics};
    for (const QString& name : QDir(exports).entryList(QDir::Files))
        files << QDir(exports).filePath(name);
    QVERIFY(files.size() >= 4);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& path : std::as_const(files))
        QVERIFY2((QFile::permissions(path) & others) == QFileDevice::Permissions(),
                 qPrintable(path));
#endif
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_clistorage.moc"
