// End-to-end tests of `mentordesk-cli demo generate`: the real program makes
// a new workspace (as `init` does) and fills it; what it says it wrote is in
// the workspace, and bad numbers or an existing workspace are refused
// without creating or touching anything.

#include "CliProcess.h"
#include "TemporaryWorkspace.h"
#include "agreements/AgreementService.h"
#include "billing/BillingService.h"
#include "clients/ClientService.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

} // namespace

using md::test::CliRun;

class TestDemoCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generatesANewWorkspace();
    void refusesAnExistingWorkspace();
    void rejectsBadNumbers_data();
    void rejectsBadNumbers();
    void helpListsTheCommand();

private:
    CliRun run(const QString& dir, const QStringList& arguments);

    QString m_cli;
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
};

CliRun TestDemoCli::run(const QString& dir, const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

void TestDemoCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
}

void TestDemoCli::generatesANewWorkspace() {
    const QString dir = m_root.filePath(QStringLiteral("demo"));
    const CliRun demo =
        run(dir, {QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--clients"),
                  QStringLiteral("6"), QStringLiteral("--sessions"), QStringLiteral("60"),
                  QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    // Progress on standard error, as far as 100 %.
    QVERIFY2(demo.err.contains("Generating demo data: 100% (15 of 15 steps)"),
             qPrintable(demo.describe()));
    // The recovery key (as init prints it), then the summary.
    const QStringList lines = demo.text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){15}$"))
                .match(lines.at(0))
                .hasMatch());
    const QRegularExpressionMatch summary =
        QRegularExpression(QStringLiteral("^Generated 6 clients, (\\d+) engagements, (\\d+) "
                                          "agreements, 60 sessions, 9 invoices and (\\d+) "
                                          "payments in [0-9.]+ s\\.$"))
            .match(lines.at(1));
    QVERIFY2(summary.hasMatch(), qPrintable(lines.at(1)));

    // What it says is in the workspace.
    auto opened =
        md::Workspace::unlockWithPassphrase(dir, md::test::TemporaryWorkspace::secret(kPassphrase));
    QVERIFY2(opened, qPrintable(opened.message()));
    md::Workspace& workspace = **opened;
    md::ClientFilter all;
    all.includeArchived = true;
    QCOMPARE(workspace.clients().list(all).value().size(), 6);
    QCOMPARE(workspace.scheduling().sessions().value().size(), 60);
    QCOMPARE(workspace.billing().list().value().size(), 9);
    QCOMPARE(workspace.billing().payments().value().size(), summary.captured(3).toInt());
    QCOMPARE(workspace.agreements().list().value().size(), summary.captured(2).toInt());
    QVERIFY(workspace.agreements().verifyAll().value().isEmpty());
    opened->reset();

    const CliRun verify = run(dir, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestDemoCli::refusesAnExistingWorkspace() {
    const QString dir = m_root.filePath(QStringLiteral("existing"));
    QVERIFY(run(dir, {QStringLiteral("init")}).exitCode == 0);
    const QByteArray before = [&] {
        QFile file(md::Workspace::databasePath(dir));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CliRun demo =
        run(dir, {QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--clients"),
                  QStringLiteral("2"), QStringLiteral("--sessions"), QStringLiteral("4")});
    QCOMPARE(demo.exitCode, 1);
    QVERIFY2(demo.err.contains("A workspace already exists"), qPrintable(demo.describe()));
    QFile file(md::Workspace::databasePath(dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestDemoCli::rejectsBadNumbers_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("non-numeric") << QStringList{"--clients", "many", "--sessions", "10"}
                                 << "--clients takes a whole number from 0 on, not 'many'.";
    QTest::newRow("negative") << QStringList{"--clients", "3", "--sessions", "-5"}
                              << "--sessions takes a whole number from 0 on, not '-5'.";
    QTest::newRow("bad invoices") << QStringList{"--clients", "3",          "--sessions",
                                                 "5",         "--invoices", "2.5"}
                                  << "--invoices takes a whole number from 0 on, not '2.5'.";
    QTest::newRow("zero clients") << QStringList{"--clients", "0", "--sessions", "10"}
                                  << "Sessions and invoices need at least one client.";
    QTest::newRow("missing sessions")
        << QStringList{"--clients", "3"} << "--clients and --sessions are required.";
    QTest::newRow("bad seed") << QStringList{"--clients", "3", "--sessions", "5", "--seed", "x"}
                              << "--seed takes a whole number from 0 to 4294967295, not 'x'.";
}

void TestDemoCli::rejectsBadNumbers() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString dir = m_root.filePath(QStringLiteral("rejected"));
    const CliRun demo =
        run(dir, QStringList{QStringLiteral("demo"), QStringLiteral("generate")} + arguments);
    QCOMPARE(demo.exitCode, 2);
    QVERIFY2(QString::fromUtf8(demo.err).contains(message), qPrintable(demo.describe()));
    QVERIFY(!md::Workspace::exists(dir));
}

void TestDemoCli::helpListsTheCommand() {
    const CliRun help = run(m_root.filePath(QStringLiteral("none")), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("demo generate --clients N --sessions N [--invoices N] [--seed S]"),
             qPrintable(help.describe()));
}

QTEST_MAIN(TestDemoCli)
#include "tst_demo_cli.moc"
