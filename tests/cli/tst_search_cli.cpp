// End-to-end tests of `mentordesk-cli search`: the real program on a
// workspace in a temporary folder, passphrase on standard input.

#include "CliProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

} // namespace

using md::test::CliRun;

class TestSearchCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tableListsKindClientAndTheMatch();
    void jsonHasEveryFieldAndTheMatchedWords();
    void kindAndLimitNarrow();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void nothingFoundIsNotAnError();

private:
    CliRun run(const QStringList& arguments);

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_clientId;
    QString m_engagementId;
    QProcessEnvironment m_environment;
};

CliRun TestSearchCli::run(const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

void TestSearchCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_dir = m_root.filePath(QStringLiteral("ws"));
    QVERIFY(run({QStringLiteral("init")}).exitCode == 0);
    const CliRun client =
        run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Joana Müller"), QStringLiteral("--aspirations"),
             QStringLiteral("A portfolio career in São Paulo")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    m_clientId = client.text();
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--title"), QStringLiteral("Portfolio review")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    m_engagementId = engagement.text();
}

void TestSearchCli::tableListsKindClientAndTheMatch() {
    const CliRun found = run({QStringLiteral("search"), QStringLiteral("portf")});
    QVERIFY2(found.exitCode == 0, qPrintable(found.describe()));
    const QStringList lines = found.text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("KIND")), qPrintable(found.text()));
    // The engagement's title is the match: it comes first.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("engagement  ") + m_engagementId),
             qPrintable(found.text()));
    QVERIFY(lines.at(1).contains(QStringLiteral("Joana Müller")));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("client")), qPrintable(found.text()));
    QVERIFY(lines.at(2).contains(QStringLiteral("A portfolio career in São Paulo")));
    QVERIFY2(found.err.isEmpty(), qPrintable(found.describe()));
}

void TestSearchCli::jsonHasEveryFieldAndTheMatchedWords() {
    const CliRun found = run(
        {QStringLiteral("search"), QStringLiteral("sao paulo muller"), QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, qPrintable(found.describe()));
    QJsonParseError error;
    const QJsonArray hits = QJsonDocument::fromJson(found.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("client"));
    QCOMPARE(hit.value(QStringLiteral("id")).toInteger(), m_clientId.toLongLong());
    QCOMPARE(hit.value(QStringLiteral("client")).toString(), QStringLiteral("Joana Müller"));
    QCOMPARE(hit.value(QStringLiteral("private_note")).toBool(), false);
    const QString snippet = hit.value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippet.contains(QStringLiteral("São Paulo")), qPrintable(snippet));
    QStringList marked;
    for (const QJsonValue match : hit.value(QStringLiteral("matches")).toArray()) {
        const QJsonArray range = match.toArray();
        marked.append(snippet.mid(range.at(0).toInt(), range.at(1).toInt()));
    }
    QVERIFY2(marked.contains(QStringLiteral("São")) && marked.contains(QStringLiteral("Paulo")),
             qPrintable(marked.join(QLatin1Char(','))));
}

void TestSearchCli::kindAndLimitNarrow() {
    const CliRun clients =
        run({QStringLiteral("search"), QStringLiteral("portfolio"), QStringLiteral("--kind"),
             QStringLiteral("client"), QStringLiteral("--json")});
    QVERIFY2(clients.exitCode == 0, qPrintable(clients.describe()));
    const QJsonArray onlyClients = QJsonDocument::fromJson(clients.out).array();
    QCOMPARE(onlyClients.size(), 1);
    QCOMPARE(onlyClients.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("client"));
    const CliRun one =
        run({QStringLiteral("search"), QStringLiteral("portfolio"), QStringLiteral("--limit"),
             QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(one.out).array().size(), 1);
}

void TestSearchCli::badArgumentsAreUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no query") << QStringList{QStringLiteral("search"), QStringLiteral("  ")}
                              << QStringLiteral("Say what to look for");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                 QStringLiteral("--kind"),
                                                 QStringLiteral("clients")}
                                  << QStringLiteral("Unknown kind \"clients\"");
    QTest::newRow("limit zero") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                               QStringLiteral("--limit"), QStringLiteral("0")}
                                << QStringLiteral("--limit takes a number from 1 to 500");
    QTest::newRow("limit text") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                               QStringLiteral("--limit"), QStringLiteral("ten")}
                                << QStringLiteral("--limit takes a number");
}

void TestSearchCli::badArgumentsAreUsageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(QString::fromUtf8(refused.err).contains(message), qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
}

void TestSearchCli::nothingFoundIsNotAnError() {
    const CliRun none = run({QStringLiteral("search"), QStringLiteral("zebra")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(QString::fromUtf8(none.err).contains(QStringLiteral("Nothing matches \"zebra\"")),
             qPrintable(none.describe()));
    const CliRun json =
        run({QStringLiteral("search"), QStringLiteral("zebra"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(json.out).isArray());
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_search_cli.moc"
