// `client add --language` and `client edit`: the client's document language
// from the command line, and a profile changed field by field, each option
// checked as `client add` checks it (before any passphrase is asked for).

#include "CliProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using md::test::CliRun;

namespace {
constexpr char kPassphrase[] = "correct horse battery staple";
} // namespace

class TestClientEditCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addTakesALanguage();
    void editChangesOnlyWhatIsGiven();
    void editValidatesLikeAdd();
    void editOfUnknownClientFails();

private:
    CliRun run(const QStringList& arguments);
    QString makeWorkspace();
    QJsonObject show(const QString& id);

    QString m_cli;
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    QString m_dir;
};

void TestClientEditCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_dir = m_root.filePath(QStringLiteral("ws"));
    const CliRun init =
        md::test::runCli(m_cli, {QStringLiteral("--workspace"), m_dir, QStringLiteral("init")},
                         QByteArray(kPassphrase) + '\n', m_environment);
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
}

CliRun TestClientEditCli::run(const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

QJsonObject TestClientEditCli::show(const QString& id) {
    const CliRun shown =
        run({QStringLiteral("client"), QStringLiteral("show"), id, QStringLiteral("--json")});
    if (shown.exitCode != 0)
        qWarning() << shown.describe();
    return QJsonDocument::fromJson(shown.out).object();
}

void TestClientEditCli::addTakesALanguage() {
    CliRun add = run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Beatriz Souza"), QStringLiteral("--language"),
                      QStringLiteral("pt-BR")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QCOMPARE(show(add.text()).value(QStringLiteral("documentLanguage")).toString(),
             QStringLiteral("pt_BR"));
    // Without the option the client's documents follow the mentor's language.
    add = run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Jo Bloggs")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QCOMPARE(show(add.text()).value(QStringLiteral("documentLanguage")).toString(), QString());
    // A language MentorDesk writes no documents in is refused, naming the option.
    add = run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Nobody"), QStringLiteral("--language"), QStringLiteral("nl")});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains("--language") && add.err.contains("nl"), add.err.constData());
}

void TestClientEditCli::editChangesOnlyWhatIsGiven() {
    const CliRun add = run({QStringLiteral("client"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Chiara Rossi"),
                            QStringLiteral("--email"), QStringLiteral("chiara@example.org"),
                            QStringLiteral("--tags"), QStringLiteral("a,b")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const QString id = add.text();
    const CliRun edit =
        run({QStringLiteral("client"), QStringLiteral("edit"), id, QStringLiteral("--language"),
             QStringLiteral("it"), QStringLiteral("--role"), QStringLiteral("Head of Design"),
             QStringLiteral("--status"), QStringLiteral("active")});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));
    QJsonObject client = show(id);
    QCOMPARE(client.value(QStringLiteral("documentLanguage")).toString(), QStringLiteral("it"));
    QCOMPARE(client.value(QStringLiteral("role")).toString(), QStringLiteral("Head of Design"));
    QCOMPARE(client.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // What was not given is as it was.
    QCOMPARE(client.value(QStringLiteral("fullName")).toString(), QStringLiteral("Chiara Rossi"));
    QCOMPARE(client.value(QStringLiteral("email")).toString(),
             QStringLiteral("chiara@example.org"));
    QCOMPARE(client.value(QStringLiteral("tags")).toVariant().toStringList(),
             (QStringList{"a", "b"}));
    // An empty option clears its field: the language follows the mentor's again.
    const CliRun clear =
        run({QStringLiteral("client"), QStringLiteral("edit"), id, QStringLiteral("--language"),
             QString(), QStringLiteral("--email"), QString()});
    QVERIFY2(clear.exitCode == 0, qPrintable(clear.describe()));
    client = show(id);
    QCOMPARE(client.value(QStringLiteral("documentLanguage")).toString(), QString());
    QCOMPARE(client.value(QStringLiteral("email")).toString(), QString());
}

void TestClientEditCli::editValidatesLikeAdd() {
    const CliRun add = run({QStringLiteral("client"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Dana Scully")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const QString id = add.text();
    const QStringList edit{QStringLiteral("client"), QStringLiteral("edit"), id};
    // The same message as `client add` gives for the same value.
    const CliRun badAdd =
        run({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("X"), QStringLiteral("--email"), QStringLiteral("not-an-address")});
    const CliRun badEdit =
        run(edit + QStringList{QStringLiteral("--email"), QStringLiteral("not-an-address")});
    QCOMPARE(badEdit.exitCode, 1);
    QCOMPARE(badEdit.err, badAdd.err);
    QVERIFY(badEdit.err.contains("--email"));
    CliRun result = run(edit + QStringList{QStringLiteral("--name"), QString()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("--name"), result.err.constData());
    result = run(edit + QStringList{QStringLiteral("--status"), QStringLiteral("sleeping")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("prospect|active|paused|former"));
    result = run(edit + QStringList{QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("--timezone"));
    // None of it was stored.
    const QJsonObject client = show(id);
    QCOMPARE(client.value(QStringLiteral("fullName")).toString(), QStringLiteral("Dana Scully"));
    QCOMPARE(client.value(QStringLiteral("email")).toString(), QString());
    QCOMPARE(client.value(QStringLiteral("status")).toString(), QStringLiteral("prospect"));
}

void TestClientEditCli::editOfUnknownClientFails() {
    const CliRun result =
        run({QStringLiteral("client"), QStringLiteral("edit"), QStringLiteral("9999"),
             QStringLiteral("--role"), QStringLiteral("x")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("9999"), result.err.constData());
    QCOMPARE(
        run({QStringLiteral("client"), QStringLiteral("edit"), QStringLiteral("abc")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestClientEditCli)
#include "tst_client_edit_cli.moc"
