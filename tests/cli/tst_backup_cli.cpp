// mentordesk-cli backup create / list / verify / restore, end to end: while
// another process writes, when killed half-way, and on a damaged copy.

#include "CliProcess.h"
#include "TemporaryWorkspace.h"

#include "backup/BackupService.h"
#include "clients/ClientService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using test::CliRun;

namespace {
const QByteArray kPassphrase = QByteArray(test::TemporaryWorkspace::kPassphrase) + '\n';
} // namespace

class TestBackupCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        setDefaultKdfStrength(KdfStrength::Fast);
        m_cli = qEnvironmentVariable("MENTORDESK_CLI");
        QVERIFY2(QFile::exists(m_cli), "MENTORDESK_CLI must name the built mentordesk-cli");
        m_environment = test::isolatedCliEnvironment(m_root.path());
    }

    void createListVerifyRestore() {
        const QString dir = workspaceWith(5);
        const QString path = createBackup(dir);
        QVERIFY2(!path.isEmpty(), qPrintable(m_failure));
        QVERIFY(QFileInfo(path).isDir());
        // Beside the workspace by default.
        QCOMPARE(QFileInfo(path).absolutePath(), BackupService::defaultFolder(dir));

        // Listing needs no passphrase.
        const CliRun listed = run({QStringLiteral("--workspace"), dir, QStringLiteral("backup"),
                                   QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray backups = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().toObject().value(QStringLiteral("thisWorkspace")).toBool());

        const CliRun verified =
            run({QStringLiteral("backup"), QStringLiteral("verify"), path}, kPassphrase);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        QCOMPARE(verified.text(), QStringLiteral("OK"));

        const QString target =
            QDir(m_root.path()).filePath(QStringLiteral("restored-%1").arg(++m_count));
        const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), path,
                                     QStringLiteral("--to"), target},
                                    kPassphrase);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QVERIFY(restored.text().contains(QDir::toNativeSeparators(target)));
        const CliRun clients = run({QStringLiteral("--workspace"), target, QStringLiteral("client"),
                                    QStringLiteral("list"), QStringLiteral("--json")},
                                   kPassphrase);
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.describe()));
        QCOMPARE(QJsonDocument::fromJson(clients.out).array().size(), 5);

        // Never over a workspace, never without --to.
        const CliRun again = run({QStringLiteral("backup"), QStringLiteral("restore"), path,
                                  QStringLiteral("--to"), dir},
                                 kPassphrase);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("never restores over"));
        const CliRun noTarget = run({QStringLiteral("backup"), QStringLiteral("restore"), path});
        QCOMPARE(noTarget.exitCode, 2);
    }

    void aDamagedBackupFailsVerifyAndIsNotRestored() {
        const QString dir = workspaceWith(40);
        const QString path = createBackup(dir);
        QVERIFY2(!path.isEmpty(), qPrintable(m_failure));
        QFile db(QDir(path).filePath(QStringLiteral("mentordesk.db")));
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(db.size() / 2 + 100);
        db.write("\x01\x02\x03\x04");
        db.close();
        const CliRun verified =
            run({QStringLiteral("backup"), QStringLiteral("verify"), path}, kPassphrase);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(!verified.out.contains("OK\n"), qPrintable(verified.describe()));
        const QString target = QDir(m_root.path()).filePath(QStringLiteral("never"));
        const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), path,
                                     QStringLiteral("--to"), target},
                                    kPassphrase);
        QCOMPARE(restored.exitCode, 1);
        QVERIFY(!QFileInfo::exists(target));
    }

    // The live workspace damaged: opening it (any command) and `verify` say
    // it is damaged, never blame the passphrase, and name the newest
    // verified backup, which restores the data.
    void aDamagedWorkspaceNamesItsNewestBackup() {
        const QString dir = workspaceWith(6);
        const QString path = createBackup(dir);
        QVERIFY2(!path.isEmpty(), qPrintable(m_failure));
        QFile db(QDir(dir).filePath(QStringLiteral("mentordesk.db")));
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.seek(100)); // page 1, past the salt
        QVERIFY(db.write("\x5a\x5a\x5a\x5a") == 4);
        db.close();

        const CliRun opened = run(
            {QStringLiteral("--workspace"), dir, QStringLiteral("client"), QStringLiteral("list")},
            kPassphrase);
        QCOMPARE(opened.exitCode, 1);
        QVERIFY2(opened.err.contains("damaged"), qPrintable(opened.describe()));
        QVERIFY2(!opened.err.contains("Caps Lock"), qPrintable(opened.describe()));
        QVERIFY2(opened.err.contains(QDir::toNativeSeparators(path).toUtf8()),
                 qPrintable(opened.describe()));

        const CliRun verify =
            run({QStringLiteral("--workspace"), dir, QStringLiteral("verify")}, kPassphrase);
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QDir::toNativeSeparators(path).toUtf8()),
                 qPrintable(verify.describe()));

        const QString target =
            QDir(m_root.path()).filePath(QStringLiteral("rescued-%1").arg(++m_count));
        const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), path,
                                     QStringLiteral("--to"), target},
                                    kPassphrase);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        const CliRun clients = run({QStringLiteral("--workspace"), target, QStringLiteral("client"),
                                    QStringLiteral("list"), QStringLiteral("--json")},
                                   kPassphrase);
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.describe()));
        QCOMPARE(QJsonDocument::fromJson(clients.out).array().size(), 6);
    }

    // Another process adds clients the whole time; every backup restores to
    // exactly what its checksums describe, a state that was committed.
    void backupWhileAnotherProcessWrites() {
        const QString dir = workspaceWith(10);
        QProcess writer;
        writer.setProcessEnvironment(m_environment);
        writer.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("i=0; while [ $i -lt 60 ]; do printf '%s\\n' \"$1\" | \"$0\" "
                            "--workspace \"$2\" client add --name \"Writer $i\" >/dev/null "
                            "|| exit 1; i=$((i+1)); done"),
             m_cli, QString::fromLatin1(test::TemporaryWorkspace::kPassphrase), dir});
        QVERIFY(writer.waitForStarted());
        int backups = 0;
        QList<int> counts;
        while (writer.state() != QProcess::NotRunning || backups < 3) {
            const QString path = createBackup(dir);
            QVERIFY2(!path.isEmpty(), qPrintable(m_failure));
            const QString target =
                QDir(m_root.path()).filePath(QStringLiteral("during-%1").arg(++m_count));
            const CliRun restored = run({QStringLiteral("backup"), QStringLiteral("restore"), path,
                                         QStringLiteral("--to"), target},
                                        kPassphrase);
            QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
            const CliRun clients =
                run({QStringLiteral("--workspace"), target, QStringLiteral("client"),
                     QStringLiteral("list"), QStringLiteral("--json")},
                    kPassphrase);
            counts.append(int(QJsonDocument::fromJson(clients.out).array().size()));
            ++backups;
            if (backups > 40)
                break;
        }
        QVERIFY(writer.waitForFinished(120000));
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        // Each restored state is one the writer committed: never fewer rows
        // than before, never a half row.
        for (int i = 1; i < counts.size(); ++i)
            QVERIFY(counts.at(i) >= counts.at(i - 1));
        QVERIFY(counts.first() >= 10);
        QVERIFY(counts.last() <= 70);
    }

    // kill -9 during a backup: the live workspace is untouched and no half
    // backup is ever listed; the next backup clears what was left.
    void killedHalfWay() {
        const QString dir = workspaceWith(1500, 3000);
        const QString folder = BackupService::defaultFolder(dir);
        QRandomGenerator random(20261202);
        int interrupted = 0;
        for (int attempt = 0; attempt < 8; ++attempt) {
            QProcess backup;
            backup.setProcessEnvironment(m_environment);
            backup.start(m_cli, {QStringLiteral("--workspace"), dir, QStringLiteral("backup"),
                                 QStringLiteral("create")});
            QVERIFY(backup.waitForStarted());
            backup.write(kPassphrase);
            backup.closeWriteChannel();
            QTest::qWait(int(random.bounded(5, 250)));
            if (backup.state() == QProcess::Running) {
                backup.kill();
                ++interrupted;
            }
            backup.waitForFinished();
            const CliRun listed = run({QStringLiteral("backup"), QStringLiteral("list"),
                                       QStringLiteral("--from"), folder, QStringLiteral("--json")});
            QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
            for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array()) {
                const QString path = value.toObject().value(QStringLiteral("path")).toString();
                const CliRun verified =
                    run({QStringLiteral("backup"), QStringLiteral("verify"), path}, kPassphrase);
                QVERIFY2(verified.exitCode == 0, qPrintable(path + verified.describe()));
            }
            const CliRun live =
                run({QStringLiteral("--workspace"), dir, QStringLiteral("verify")}, kPassphrase);
            QVERIFY2(live.exitCode == 0, qPrintable(live.describe()));
        }
        QVERIFY2(interrupted > 0, "no backup was interrupted; make the workspace larger");
        const CliRun clean = run({QStringLiteral("--workspace"), dir, QStringLiteral("backup"),
                                  QStringLiteral("create")},
                                 kPassphrase);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
    }

private:
    // `backup create --json` on `dir`: the new backup's folder, or empty with
    // the failed run described in m_failure.
    QString createBackup(const QString& dir) {
        const CliRun made = run({QStringLiteral("--workspace"), dir, QStringLiteral("backup"),
                                 QStringLiteral("create"), QStringLiteral("--json")},
                                kPassphrase);
        const QString path =
            QJsonDocument::fromJson(made.out).object().value(QStringLiteral("path")).toString();
        if (made.exitCode != 0 || path.isEmpty()) {
            m_failure = made.describe();
            return {};
        }
        return path;
    }

    CliRun run(const QStringList& arguments, const QByteArray& input = {}) {
        return test::runCli(m_cli, arguments, input, m_environment);
    }

    QString workspaceWith(int clients, int backgroundLength = 40) {
        const QString dir = QDir(m_root.path()).filePath(QStringLiteral("ws-%1").arg(++m_count));
        test::TemporaryWorkspace ws;
        const QString text(backgroundLength, QLatin1Char('b'));
        for (int i = 0; i < clients; ++i) {
            Client client;
            client.fullName = QStringLiteral("Client %1").arg(i);
            client.background = text;
            (void)ws->clients().add(client);
        }
        ws.close();
        QDir().rename(ws.directory(), dir);
        return dir;
    }

    QString m_failure; // the last createBackup() that failed
    QTemporaryDir m_root;
    QString m_cli;
    QProcessEnvironment m_environment;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"
