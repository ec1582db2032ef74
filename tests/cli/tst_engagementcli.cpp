// End-to-end tests of `mentordesk-cli engagement …`: the real program on a
// workspace in a temporary folder, passphrase on standard input.

#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

} // namespace

using md::test::CliRun;

class TestEngagementCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addListShow();
    void advanceNamesWhatIsMissing();
    void overrideIsRecorded();
    void advancePassesWithTheWorkDone();
    void usageErrors_data();
    void usageErrors();
    void unknownClientOrEngagement();

private:
    CliRun run(const QStringList& arguments);
    QString addEngagement(const QStringList& extra = {});

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_clientId;
    QProcessEnvironment m_environment;
};

CliRun TestEngagementCli::run(const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

void TestEngagementCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_dir = m_root.filePath(QStringLiteral("ws"));
    const CliRun init = run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Malik Osei"),
                               QStringLiteral("--email"), QStringLiteral("malik@example.org")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    m_clientId = QString::fromUtf8(client.out.trimmed());
}

QString TestEngagementCli::addEngagement(const QStringList& extra) {
    const CliRun add =
        run(QStringList{QStringLiteral("engagement"), QStringLiteral("add"),
                        QStringLiteral("--client"), m_clientId, QStringLiteral("--title"),
                        QStringLiteral("Towards a team lead role")} +
            extra);
    if (add.exitCode != 0)
        qWarning("engagement add failed: %s", qPrintable(add.describe()));
    return QString::fromUtf8(add.out.trimmed());
}

void TestEngagementCli::addListShow() {
    const QString id = addEngagement({QStringLiteral("--sessions"), QStringLiteral("8"),
                                      QStringLiteral("--cadence"), QStringLiteral("weekly"),
                                      QStringLiteral("--start"), QStringLiteral("2026-03-02")});
    QVERIFY(id.toLongLong() > 0);

    const CliRun list =
        run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    bool found = false;
    for (const QJsonValue& value : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("id")).toInteger() != id.toLongLong())
            continue;
        found = true;
        QCOMPARE(row.value(QStringLiteral("clientName")).toString(), QStringLiteral("Malik Osei"));
        QCOMPARE(row.value(QStringLiteral("state")).toString(),
                 QStringLiteral("profile_agreement"));
        QCOMPARE(row.value(QStringLiteral("cadence")).toString(), QStringLiteral("weekly"));
        QCOMPARE(row.value(QStringLiteral("plannedSessions")).toInt(), 8);
    }
    QVERIFY(found);

    const CliRun text = run({QStringLiteral("engagement"), QStringLiteral("list")});
    QVERIFY(text.out.contains("Towards a team lead role"));
    QVERIFY(text.out.contains("Profile & agreement"));

    const CliRun show =
        run({QStringLiteral("engagement"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject json = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(json.value(QStringLiteral("startDate")).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(json.value(QStringLiteral("timeline")).toArray().size(), 1);
    QVERIFY(json.value(QStringLiteral("needs")).toArray().isEmpty());
    const QJsonObject gate = json.value(QStringLiteral("gate")).toObject();
    QCOMPARE(gate.value(QStringLiteral("passed")).toBool(), false);
    QCOMPARE(gate.value(QStringLiteral("missing"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("key")),
             QStringLiteral("profile_agreement.profile_notes"));

    const CliRun plain = run({QStringLiteral("engagement"), QStringLiteral("show"), id});
    QVERIFY(plain.out.contains("Timeline:"));
    QVERIFY(plain.out.contains("Write your profile-study notes"));
}

void TestEngagementCli::advanceNamesWhatIsMissing() {
    const QString id = addEngagement();
    const CliRun advance = run({QStringLiteral("engagement"), QStringLiteral("advance"), id});
    QCOMPARE(advance.exitCode, 1);
    QVERIFY(advance.out.isEmpty());
    QVERIFY2(advance.err.contains("profile_agreement.profile_notes"), advance.err.constData());
    QVERIFY(advance.err.contains("Write your profile-study notes"));
    const CliRun show =
        run({QStringLiteral("engagement"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("state")),
             QStringLiteral("profile_agreement"));
}

void TestEngagementCli::overrideIsRecorded() {
    const QString id = addEngagement();
    const QString reason = QStringLiteral("Notes kept on paper for now");
    const CliRun advance = run({QStringLiteral("engagement"), QStringLiteral("advance"), id,
                                QStringLiteral("--override"), reason});
    QVERIFY2(advance.exitCode == 0, qPrintable(advance.describe()));
    QVERIFY(advance.out.contains("Override recorded"));
    const CliRun show =
        run({QStringLiteral("engagement"), QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("needs"));
    const QJsonObject last = json.value(QStringLiteral("timeline")).toArray().last().toObject();
    QCOMPARE(last.value(QStringLiteral("override")).toBool(), true);
    QCOMPARE(last.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(last.value(QStringLiteral("from")).toString(), QStringLiteral("profile_agreement"));
}

void TestEngagementCli::advancePassesWithTheWorkDone() {
    const QString id =
        addEngagement({QStringLiteral("--notes"), QStringLiteral("Ready for more scope"),
                       QStringLiteral("--sessions"), QStringLiteral("6"),
                       QStringLiteral("--fee-note"), QStringLiteral("Six sessions, paid monthly")});
    // Notes alone are not enough: the CLI applies the agreements rule too.
    const CliRun unsigned_ = run({QStringLiteral("engagement"), QStringLiteral("advance"), id});
    QCOMPARE(unsigned_.exitCode, 1);
    QVERIFY2(unsigned_.err.contains("profile_agreement.signed_agreement"),
             qPrintable(unsigned_.describe()));
    QVERIFY(!unsigned_.err.contains("profile_agreement.profile_notes"));

    // Sign a mentoring agreement on paper (the draft PDF stands in for the scan).
    QCOMPARE(run({QStringLiteral("agreement"), QStringLiteral("profile"), QStringLiteral("--name"),
                  QStringLiteral("Dana Whitfield"), QStringLiteral("--business-name"),
                  QStringLiteral("Whitfield Mentoring"), QStringLiteral("--email"),
                  QStringLiteral("dana@whitfield.example"), QStringLiteral("--address"),
                  QStringLiteral("12 Harbour Road")})
                 .exitCode,
             0);
    const CliRun create = run({QStringLiteral("agreement"), QStringLiteral("create"),
                               QStringLiteral("--engagement"), id});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const QString agreementId = QString::fromUtf8(create.out.trimmed());
    const QString scan = m_root.filePath(QStringLiteral("agreement-%1.pdf").arg(id));
    QCOMPARE(run({QStringLiteral("agreement"), QStringLiteral("pdf"), agreementId, scan}).exitCode,
             0);
    const CliRun sign = run({QStringLiteral("agreement"), QStringLiteral("sign"), agreementId,
                             QStringLiteral("--on-paper"), scan});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.describe()));

    const CliRun advance = run({QStringLiteral("engagement"), QStringLiteral("advance"), id});
    QVERIFY2(advance.exitCode == 0, qPrintable(advance.describe()));
    QVERIFY(advance.out.contains("Needs"));
    // The next gate (a need) is not met: the CLI stops there.
    const CliRun again = run({QStringLiteral("engagement"), QStringLiteral("advance"), id});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("needs.at_least_one_need"));
}

void TestEngagementCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("add without title") << QStringList{"engagement", "add", "--client", "1"};
    QTest::newRow("add with a bad cadence")
        << QStringList{"engagement", "add", "--client", "1", "--title", "x", "--cadence", "daily"};
    QTest::newRow("add with a bad date")
        << QStringList{"engagement", "add", "--client", "1", "--title", "x", "--start", "soon"};
    QTest::newRow("show without id") << QStringList{"engagement", "show"};
    QTest::newRow("advance with a bad id") << QStringList{"engagement", "advance", "abc"};
    QTest::newRow("override without reason")
        << QStringList{"engagement", "advance", "1", "--override", " "};
}

void TestEngagementCli::usageErrors() {
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY(result.out.isEmpty());
}

void TestEngagementCli::unknownClientOrEngagement() {
    const CliRun add =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("9999"), QStringLiteral("--title"), QStringLiteral("Nobody")});
    QCOMPARE(add.exitCode, 1);
    const CliRun show =
        run({QStringLiteral("engagement"), QStringLiteral("show"), QStringLiteral("9999")});
    QCOMPARE(show.exitCode, 1);
    QVERIFY(show.err.contains("9999"));
}

QTEST_GUILESS_MAIN(TestEngagementCli)
#include "tst_engagementcli.moc"
