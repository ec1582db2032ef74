// `billing sell-package`: an engagement buys a package from the price list,
// gets its credits and an invoice draft for the price; a held session is then
// paid by a credit, not billed again.

#include "CliProcess.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

} // namespace

using md::test::CliRun;

class TestPackageCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sellsAPackageWithItsInvoice();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    CliRun run(const QStringList& arguments);

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_clientId;
    QString m_engagementId;
    QString m_packageId;
    QString m_retainerId;
    QProcessEnvironment m_environment;
};

CliRun TestPackageCli::run(const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

void TestPackageCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_dir = m_root.filePath(QStringLiteral("ws"));
    const QByteArray twice = QByteArray(kPassphrase) + '\n' + kPassphrase + '\n';
    const CliRun init =
        md::test::runCli(m_cli, {QStringLiteral("--workspace"), m_dir, QStringLiteral("init")},
                         twice, m_environment);
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Ada Lovelace")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    m_clientId = client.text();
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--title"), QStringLiteral("Leadership")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    m_engagementId = engagement.text();
    const QString billing = QStringLiteral("billing");
    const QString add = QStringLiteral("offering-add");
    const CliRun package =
        run({billing, add, QStringLiteral("--kind"), QStringLiteral("package"),
             QStringLiteral("--name"), QStringLiteral("Four sessions"), QStringLiteral("--price"),
             QStringLiteral("400"), QStringLiteral("--tax-rate"), QStringLiteral("19"),
             QStringLiteral("--sessions"), QStringLiteral("4"), QStringLiteral("--months"),
             QStringLiteral("6")});
    QVERIFY2(package.exitCode == 0, qPrintable(package.describe()));
    m_packageId = package.text();
    const CliRun retainer = run({billing, add, QStringLiteral("--kind"), QStringLiteral("retainer"),
                                 QStringLiteral("--name"), QStringLiteral("Monthly"),
                                 QStringLiteral("--price"), QStringLiteral("300")});
    QVERIFY2(retainer.exitCode == 0, qPrintable(retainer.describe()));
    m_retainerId = retainer.text();
}

void TestPackageCli::sellsAPackageWithItsInvoice() {
    const QDate soldOn = QDate::currentDate().addDays(-30);
    const CliRun sold =
        run({QStringLiteral("billing"), QStringLiteral("sell-package"),
             QStringLiteral("--engagement"), m_engagementId, QStringLiteral("--offering"),
             m_packageId, QStringLiteral("--date"), soldOn.toString(Qt::ISODate)});
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.describe()));
    const CliRun show = run(
        {QStringLiteral("invoice"), QStringLiteral("show"), sold.text(), QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject invoice = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(invoice.value(QStringLiteral("total")).toString(), QStringLiteral("476.00"));
    const QJsonArray lines = invoice.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    const QString description =
        lines.first().toObject().value(QStringLiteral("description")).toString();
    QVERIFY2(description.contains(QStringLiteral("Four sessions")) &&
                 description.contains(QStringLiteral("4 sessions")),
             qPrintable(description));

    // A session held after the sale uses a credit: nothing is left to bill.
    const QString start =
        QDateTime(QDate::currentDate().addDays(-7), QTime(10, 0)).toString(Qt::ISODate);
    const CliRun session =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"), start.left(16),
             QStringLiteral("--duration"), QStringLiteral("60")});
    QVERIFY2(session.exitCode == 0, qPrintable(session.describe()));
    QVERIFY(run({QStringLiteral("session"), QStringLiteral("status"), session.text(),
                 QStringLiteral("held")})
                .exitCode == 0);
    QVERIFY(run({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("billing.session.price"), QStringLiteral("120")})
                .exitCode == 0);
    const CliRun bill = run({QStringLiteral("invoice"), QStringLiteral("create"),
                             QStringLiteral("--client"), m_clientId, QStringLiteral("--sessions")});
    QVERIFY2(bill.exitCode == 1 && bill.err.contains("no held sessions that are not billed yet"),
             qPrintable(bill.describe()));

    // A retainer is not a package: refused by name.
    const CliRun retainer = run({QStringLiteral("billing"), QStringLiteral("sell-package"),
                                 QStringLiteral("--engagement"), m_engagementId,
                                 QStringLiteral("--offering"), m_retainerId});
    QVERIFY2(retainer.exitCode == 1 && retainer.err.contains("\"Monthly\" is not a package"),
             qPrintable(retainer.describe()));
}

void TestPackageCli::refusesBadInput_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no offering") << QStringList{QStringLiteral("--engagement"), QStringLiteral("1")}
                                 << 2 << QStringLiteral("--offering");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--engagement"), QStringLiteral("1"),
                                             QStringLiteral("--offering"),   QStringLiteral("1"),
                                             QStringLiteral("--date"),       QStringLiteral("soon")}
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown engagement")
        << QStringList{QStringLiteral("--engagement"), QStringLiteral("99"),
                       QStringLiteral("--offering"), QStringLiteral("1")}
        << 1 << QString();
}

void TestPackageCli::refusesBadInput() {
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun result =
        run(QStringList{QStringLiteral("billing"), QStringLiteral("sell-package")} + extra);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(message.toUtf8()), qPrintable(result.describe()));
}

QTEST_GUILESS_MAIN(TestPackageCli)
#include "tst_package_cli.moc"
