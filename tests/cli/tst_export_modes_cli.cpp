// Every file the CLI exports is the mentor's alone (0600), also when it
// replaces an older file that others could read: Qt's QSaveFile keeps the old
// file's permissions, and the CLI's umask does not apply to them, so only the
// one writer (AtomicFileWriter) makes the new file private.

#include "CliProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using md::test::CliRun;

namespace {
constexpr char kPassphrase[] = "correct horse battery staple";

#ifdef Q_OS_UNIX
mode_t modeOf(const QString& path) {
    struct stat info {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

// An older file anyone may read, where the export will go.
bool plantReadableFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("old\n") != 4)
        return false;
    file.close();
    return chmod(QFile::encodeName(path).constData(), 0644) == 0 && modeOf(path) == 0644;
}
#endif
} // namespace

class TestExportModesCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MENTORDESK_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name mentordesk-cli");
        QVERIFY(m_root.isValid());
        m_environment = md::test::isolatedCliEnvironment(m_root.path());
        m_dir = m_root.filePath(QStringLiteral("workspace"));
        const CliRun init = run({QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        const CliRun add = run({QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("Ada Lovelace")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    }

    void exportsReplaceReadableFilesWithPrivateOnes() {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        const QString ics = m_root.filePath(QStringLiteral("sessions.ics"));
        QVERIFY(plantReadableFile(ics));
        const CliRun calendar = run({QStringLiteral("ics"), QStringLiteral("export"), ics});
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.describe()));
        QCOMPARE(modeOf(ics), mode_t(0600));

        const QString csvDir = m_root.filePath(QStringLiteral("accounting"));
        QVERIFY(QDir().mkpath(csvDir));
        const QString invoices = QDir(csvDir).filePath(QStringLiteral("invoices.csv"));
        QVERIFY(plantReadableFile(invoices));
        const CliRun csv = run({QStringLiteral("billing"), QStringLiteral("export"), csvDir});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const QStringList written = QDir(csvDir).entryList(QDir::Files);
        QVERIFY(written.contains(QStringLiteral("invoices.csv")));
        for (const QString& name : written)
            QVERIFY2(modeOf(QDir(csvDir).filePath(name)) == 0600, qPrintable(name));
#endif
    }

    void workspaceExportIsPrivate() {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        const QString target = m_root.filePath(QStringLiteral("export"));
        const CliRun exported = run({QStringLiteral("export"), QStringLiteral("--to"), target});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        int files = 0;
        QDirIterator it(target, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QVERIFY2(modeOf(path) == 0600, qPrintable(path));
        }
        QVERIFY(files >= 3);
#endif
    }

private:
    CliRun run(const QStringList& arguments) {
        return md::test::runCli(m_cli,
                                QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                                QByteArray(kPassphrase) + '\n', m_environment);
    }

    QString m_cli;
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    QString m_dir;
};

QTEST_GUILESS_MAIN(TestExportModesCli)
#include "tst_export_modes_cli.moc"
