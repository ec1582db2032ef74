// A mentor's data is never locked into MentorDesk: with the recovery key, the
// workspace opens in Debian's stock `sqlcipher` command-line tool using exactly
// the commands the README gives.

#include "TemporaryWorkspace.h"

#include "clients/ClientService.h"
#include "domain/Client.h"
#include "workspace/Workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace md;

namespace {

const QString kFirstName = QStringLiteral("Ægir Þórsson");
const QString kSecondName = QStringLiteral("Zoë Müller-松本");

struct ToolRun {
    bool finished = false;
    QString out;
    QString err;
};

// Runs `sqlcipher <db>` with `script` on standard input, as a person would
// paste the README's commands.
ToolRun runSqlcipher(const QString& tool, const QString& database, const QByteArray& script) {
    ToolRun run;
    QProcess process;
    process.start(tool, {database});
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(script);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(60000);
    if (!run.finished)
        process.kill();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The result rows; SQLCipher 4 answers `PRAGMA key` with "ok", 3.4 with nothing.
QStringList rows(const QString& output) {
    QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeAll(QStringLiteral("ok"));
    return lines;
}

QByteArray readerScript(const QByteArray& hexKey, bool withPageSize) {
    QByteArray script = "PRAGMA key = \"x'" + hexKey + "'\";\n";
    if (withPageSize)
        script += "PRAGMA cipher_page_size = 4096;\n";
    script += "SELECT full_name FROM clients ORDER BY id;\n";
    return script;
}

} // namespace

class TestInteropSqlcipher final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stockToolReadsClientsWithTheRecoveryKey();

private:
    QString m_tool;
    QString m_database;
    QByteArray m_hexKey;
    std::unique_ptr<test::TemporaryWorkspace> m_workspace;
};

void TestInteropSqlcipher::initTestCase() {
    m_tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    QVERIFY2(!m_tool.isEmpty(),
             "the `sqlcipher` command-line tool is not installed; this test needs it: "
             "apt-get install sqlcipher (scripts/test.sh and .ci/run install it)");

    m_workspace = std::make_unique<test::TemporaryWorkspace>();
    QVERIFY2(m_workspace->isValid(), qPrintable(m_workspace->error()));
    for (const QString& name : {kFirstName, kSecondName}) {
        Client client;
        client.fullName = name;
        Result<Client> added = (*m_workspace)->clients().add(client);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }
    m_database = Workspace::databasePath(m_workspace->directory());

    // The recovery key as shown to the mentor: 16 groups of four hex digits.
    const QByteArray recovery = m_workspace->recoveryKey();
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f]{4}(-[0-9A-Fa-f]{4}){15}$"));
    QVERIFY2(shape.match(QString::fromLatin1(recovery)).hasMatch(),
             "the recovery key is not 64 hex digits in dash-separated groups of four");
    m_hexKey = QByteArray(recovery).replace('-', QByteArray());
    QCOMPARE(m_hexKey.size(), 64);

    // Closed, as when the app is locked or quit: the tool must not depend on a
    // running MentorDesk.
    m_workspace->close();
}

void TestInteropSqlcipher::stockToolReadsClientsWithTheRecoveryKey() {
    const ToolRun run = runSqlcipher(m_tool, m_database, readerScript(m_hexKey, true));
    QVERIFY2(run.finished, "sqlcipher did not finish within 60 s");
    QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));
    QCOMPARE(rows(run.out), (QStringList{kFirstName, kSecondName}));

    // Lower-case hex works as well (people may type it so).
    const ToolRun lower = runSqlcipher(m_tool, m_database, readerScript(m_hexKey.toLower(), true));
    QCOMPARE(rows(lower.out), (QStringList{kFirstName, kSecondName}));

    // The page size line is needed: without it the file does not read.
    const ToolRun noPageSize = runSqlcipher(m_tool, m_database, readerScript(m_hexKey, false));
    QVERIFY(!noPageSize.out.contains(kFirstName));
    QVERIFY2(noPageSize.err.contains(QLatin1String("not a database")), qPrintable(noPageSize.err));

    // Another key reads nothing.
    QByteArray wrongKey = m_hexKey;
    wrongKey[0] = wrongKey[0] == '0' ? '1' : '0';
    const ToolRun wrong = runSqlcipher(m_tool, m_database, readerScript(wrongKey, true));
    QVERIFY(!wrong.out.contains(kFirstName));
    QVERIFY2(wrong.err.contains(QLatin1String("not a database")), qPrintable(wrong.err));
}

QTEST_GUILESS_MAIN(TestInteropSqlcipher)
#include "tst_interop_sqlcipher.moc"
