// mentordesk-cli import --from DIR on the demo practice's export: a new
// workspace with every record as it was (exporting it again gives the same
// files), signed agreements that still verify, a key of its own for new
// signatures, and an all-or-nothing refusal of exports that cannot be read,
// which leaves no workspace behind.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using md::test::CliRun;

namespace {

constexpr char kDemoPassphrase[] = "demo passphrase\n";
constexpr char kNewPassphrase[] = "moved house passphrase\n";

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The rows of json/workspace_settings.json, as key -> value.
QMap<QString, QJsonValue> settingsOf(const QString& exportDir) {
    QMap<QString, QJsonValue> settings;
    const QJsonArray rows =
        QJsonDocument::fromJson(
            readAll(exportDir + QStringLiteral("/json/workspace_settings.json")))
            .array();
    for (const QJsonValue& row : rows)
        settings.insert(row[QStringLiteral("key")].toString(), row[QStringLiteral("value")]);
    return settings;
}

// A copy of `from` at `to`, for an export that a test damages.
bool copyFolder(const QString& from, const QString& to) {
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
    return cp.waitForFinished(30000) && cp.exitCode() == 0;
}

} // namespace

class TestImportCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MENTORDESK_CLI");
        QVERIFY(QFile::exists(m_cli));
        m_environment = md::test::isolatedCliEnvironment(m_root.path());
        const QString demo = m_root.filePath(QStringLiteral("demo"));
        QProcess script;
        script.setProcessEnvironment(m_environment);
        script.start(QStringLiteral("bash"), {qEnvironmentVariable("MENTORDESK_SOURCE_DIR") +
                                                  QStringLiteral("/scripts/demo-workspace.sh"),
                                              m_cli, demo});
        QVERIFY(script.waitForFinished(120000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        m_export = m_root.filePath(QStringLiteral("export"));
        const CliRun exported = run(
            demo, {QStringLiteral("export"), QStringLiteral("--to"), m_export}, kDemoPassphrase);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    }

    void importKeepsEveryRecordAndEveryAgreementVerifies() {
        const QString moved = m_root.filePath(QStringLiteral("moved"));
        const CliRun imported = run(
            moved, {QStringLiteral("import"), QStringLiteral("--from"), m_export}, kNewPassphrase);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QVERIFY2(imported.text().contains(QStringLiteral("Imported ")),
                 qPrintable(imported.text()));
        QVERIFY(QString::fromUtf8(imported.err).contains(QStringLiteral("recovery key")));
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral(".creating-moved"))));

        // Every signed agreement, its seal and the audit chain check out here.
        const CliRun verified = run(moved, {QStringLiteral("verify")}, kNewPassphrase);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));

        // Exported again, every table reads the same, byte for byte, except
        // the signing key's settings and the key remembered from the export.
        const QString again = m_root.filePath(QStringLiteral("export-again"));
        const CliRun reexported =
            run(moved, {QStringLiteral("export"), QStringLiteral("--to"), again}, kNewPassphrase);
        QVERIFY2(reexported.exitCode == 0, qPrintable(reexported.describe()));
        const QStringList tables =
            QDir(m_export + QStringLiteral("/json")).entryList({QStringLiteral("*.json")});
        QVERIFY(tables.size() > 30);
        for (const QString& table : tables) {
            if (table == QLatin1String("workspace_settings.json") ||
                table == QLatin1String("agreement_earlier_keys.json"))
                continue;
            QVERIFY2(readAll(m_export + QStringLiteral("/json/") + table) ==
                         readAll(again + QStringLiteral("/json/") + table),
                     qPrintable(table));
        }
        QMap<QString, QJsonValue> before = settingsOf(m_export);
        QMap<QString, QJsonValue> after = settingsOf(again);
        const QJsonValue earlierKey = before.value(QStringLiteral("agreements.signing_key.public"));
        QVERIFY(earlierKey.isObject()); // the demo signed agreements
        for (const QString& key : {QStringLiteral("agreements.signing_key.public"),
                                   QStringLiteral("agreements.signing_key.created_utc")})
            before.remove(key);
        QCOMPARE(after, before); // no key of its own yet: nothing was signed here
        const QJsonArray remembered =
            QJsonDocument::fromJson(
                readAll(again + QStringLiteral("/json/agreement_earlier_keys.json")))
                .array();
        QCOMPARE(remembered.size(), 1);
        QCOMPARE(remembered[0][QStringLiteral("public_key")], earlierKey);
        const QJsonObject manifest =
            QJsonDocument::fromJson(readAll(m_export + QStringLiteral("/export.json"))).object();
        QCOMPARE(remembered[0][QStringLiteral("workspace_id")].toString(),
                 manifest[QStringLiteral("workspace_id")].toString());
        QVERIFY(QFile::exists(again + QStringLiteral("/export.json")));

        // A new agreement is signed with a key of the new workspace; the old
        // ones still verify beside it.
        const CliRun created = run(moved,
                                   {QStringLiteral("agreement"), QStringLiteral("create"),
                                    QStringLiteral("--engagement"), QStringLiteral("2")},
                                   kNewPassphrase);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString agreement = created.text().section(QLatin1Char('\n'), -1).trimmed();
        const QString scan = m_root.filePath(QStringLiteral("scan.pdf"));
        const CliRun pdf =
            run(moved, {QStringLiteral("agreement"), QStringLiteral("pdf"), agreement, scan},
                kNewPassphrase);
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.describe()));
        const CliRun signedHere = run(moved,
                                      {QStringLiteral("agreement"), QStringLiteral("sign"),
                                       agreement, QStringLiteral("--on-paper"), scan},
                                      kNewPassphrase);
        QVERIFY2(signedHere.exitCode == 0, qPrintable(signedHere.describe()));
        const CliRun verifiedAgain = run(moved, {QStringLiteral("verify")}, kNewPassphrase);
        QVERIFY2(verifiedAgain.exitCode == 0, qPrintable(verifiedAgain.describe()));
        const QString third = m_root.filePath(QStringLiteral("export-third"));
        QCOMPARE(
            run(moved, {QStringLiteral("export"), QStringLiteral("--to"), third}, kNewPassphrase)
                .exitCode,
            0);
        const QJsonValue ownKey =
            settingsOf(third).value(QStringLiteral("agreements.signing_key.public"));
        QVERIFY(ownKey.isObject());
        QVERIFY(ownKey != earlierKey);
    }

    void refusedExportsLeaveNoWorkspace_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("cut short") << "cut-sessions"
                                   << "json/sessions.json";
        QTest::newRow("bad record") << "bad-record"
                                    << "json/clients.json, record 2";
        QTest::newRow("missing table") << "missing-table"
                                       << "json/invoices.json is missing";
        QTest::newRow("broken reference") << "broken-reference"
                                          << "do not fit together";
        QTest::newRow("one client") << "client-export"
                                    << "one client's data";
        QTest::newRow("newer format") << "newer-format"
                                      << "newer version of MentorDesk";
        QTest::newRow("no manifest") << "no-manifest"
                                     << "is not a MentorDesk export";
    }

    void refusedExportsLeaveNoWorkspace() {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        const QString broken = m_root.filePath(QStringLiteral("broken-") + damage);
        QVERIFY(copyFolder(m_export, broken));
        const QString json = broken + QStringLiteral("/json/");
        if (damage == QLatin1String("cut-sessions")) {
            const QByteArray sessions = readAll(json + QStringLiteral("sessions.json"));
            QVERIFY(writeAll(json + QStringLiteral("sessions.json"),
                             sessions.left(sessions.size() / 2)));
        } else if (damage == QLatin1String("bad-record")) {
            QList<QByteArray> lines = readAll(json + QStringLiteral("clients.json")).split('\n');
            QVERIFY(lines.size() > 4);
            lines[2] = "{\"id\": 2, \"no_such_field\": 1},";
            QVERIFY(writeAll(json + QStringLiteral("clients.json"), lines.join('\n')));
        } else if (damage == QLatin1String("missing-table")) {
            QVERIFY(QFile::remove(json + QStringLiteral("invoices.json")));
        } else if (damage == QLatin1String("broken-reference")) {
            // Sessions without the engagements they belong to.
            QVERIFY(writeAll(json + QStringLiteral("engagements.json"), "[]\n"));
        } else if (damage == QLatin1String("client-export")) {
            QDir(broken).removeRecursively();
            const CliRun one = run(m_root.filePath(QStringLiteral("demo")),
                                   {QStringLiteral("client"), QStringLiteral("export"),
                                    QStringLiteral("1"), QStringLiteral("--to"), broken},
                                   kDemoPassphrase);
            QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        } else if (damage == QLatin1String("newer-format")) {
            QByteArray manifest = readAll(broken + QStringLiteral("/export.json"));
            QJsonObject object = QJsonDocument::fromJson(manifest).object();
            object[QStringLiteral("schema_version")] = 999;
            QVERIFY(
                writeAll(broken + QStringLiteral("/export.json"), QJsonDocument(object).toJson()));
        } else if (damage == QLatin1String("no-manifest")) {
            QVERIFY(QFile::remove(broken + QStringLiteral("/export.json")));
        }

        const QString target = m_root.filePath(QStringLiteral("target-") + damage);
        const CliRun refused = run(
            target, {QStringLiteral("import"), QStringLiteral("--from"), broken}, kNewPassphrase);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
        QVERIFY2(QString::fromUtf8(refused.err).contains(message), qPrintable(refused.describe()));
        // No recovery key of a workspace that does not exist.
        QVERIFY(!QString::fromUtf8(refused.err).contains(QStringLiteral("recovery key follows")));
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral(".creating-target-") + damage)));
    }

    void neverImportsIntoAnExistingWorkspace() {
        const QString demo = m_root.filePath(QStringLiteral("demo"));
        const QByteArray before = readAll(demo + QStringLiteral("/mentordesk.db"));
        const CliRun refused = run(
            demo, {QStringLiteral("import"), QStringLiteral("--from"), m_export}, kDemoPassphrase);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString::fromUtf8(refused.err).contains(QStringLiteral("already exists")),
                 qPrintable(refused.describe()));
        QCOMPARE(readAll(demo + QStringLiteral("/mentordesk.db")), before);
    }

private:
    CliRun run(const QString& workspace, QStringList arguments, const QByteArray& input) {
        arguments.prepend(workspace);
        arguments.prepend(QStringLiteral("--workspace"));
        return md::test::runCli(m_cli, arguments, input, m_environment);
    }

    QTemporaryDir m_root;
    QString m_cli;
    QString m_export;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
