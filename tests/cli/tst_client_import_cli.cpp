// mentordesk-cli client import: CSV and vCard files end to end, the dry run,
// duplicates, a column mapped by hand, and malformed files that change nothing.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using md::test::CliRun;

namespace {
constexpr char kPassphrase[] = "correct horse battery staple\n";
} // namespace

class TestClientImportCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MENTORDESK_CLI");
        QVERIFY(QFile::exists(m_cli));
        m_environment = md::test::isolatedCliEnvironment(m_root.path());
    }

    void init() {
        m_dir = QDir(m_root.path()).filePath(QStringLiteral("ws-%1").arg(++m_count));
        const CliRun made = run({QStringLiteral("init")}, kPassphrase);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    }

    void csvImportAndDryRun() {
        const CliRun dry = run({QStringLiteral("client"), QStringLiteral("import"),
                                data("google.csv"), QStringLiteral("--dry-run")},
                               kPassphrase);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY(dry.text().contains(QStringLiteral("3 would be added")));
        QCOMPARE(names().size(), 0);

        const CliRun done = run(
            {QStringLiteral("client"), QStringLiteral("import"), data("google.csv")}, kPassphrase);
        QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
        QVERIFY(done.text().contains(QStringLiteral("3 added")));
        QCOMPARE(names(), (QStringList{QStringLiteral("Kwame Kofi Mensah"),
                                       QStringLiteral("Zoë Ångström"), QStringLiteral("李 小龍")}));
    }

    void vcardAndDuplicatesMerge() {
        QVERIFY(run({QStringLiteral("client"), QStringLiteral("import"), data("google.vcf")},
                    kPassphrase)
                    .exitCode == 0);
        // The Google CSV has Kwame again, with the same work email.
        const CliRun merged =
            run({QStringLiteral("client"), QStringLiteral("import"), data("google.csv"),
                 QStringLiteral("--duplicates"), QStringLiteral("merge"), QStringLiteral("--json")},
                kPassphrase);
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.describe()));
        const QJsonArray rows =
            QJsonDocument::fromJson(merged.out).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("merge"));
        QCOMPARE(names().size(), 3);
    }

    void aColumnMappedByHand() {
        const CliRun done =
            run({QStringLiteral("client"), QStringLiteral("import"), data("linkedin.csv"),
                 QStringLiteral("--map"), QStringLiteral("source=URL")},
                kPassphrase);
        QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
        const CliRun shown =
            run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json")},
                kPassphrase);
        const QJsonArray clients = QJsonDocument::fromJson(shown.out).array();
        QCOMPARE(clients.size(), 2);
        QVERIFY(QString::fromUtf8(shown.out).contains(
            QStringLiteral("linkedin.com/in/priya-raman-example")));
        const CliRun bad =
            run({QStringLiteral("client"), QStringLiteral("import"), data("linkedin.csv"),
                 QStringLiteral("--map"), QStringLiteral("source=No Such Column")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("has no column"));
    }

    void malformedFilesChangeNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote") << "malformed_quote.csv"
                               << "Line 3, field 1: a quoted field is never closed";
        QTest::newRow("fields") << "malformed_fields.csv"
                                << "Line 3: 5 fields, but the header has 3";
        QTest::newRow("email") << "malformed_email.csv"
                               << "Line 3, Email: This is not a valid email";
        QTest::newRow("encoding") << "latin1.csv"
                                  << "not UTF-8 text (line 2)";
        QTest::newRow("vcard") << "malformed.vcf"
                               << "Line 6, FN: a property outside BEGIN:VCARD";
    }

    void malformedFilesChangeNothing() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const CliRun failed = run(
            {QStringLiteral("client"), QStringLiteral("import"), data(file.toLatin1().constData())},
            kPassphrase);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(QString::fromUtf8(failed.err).contains(message), qPrintable(failed.describe()));
        QCOMPARE(names().size(), 0);
    }

private:
    QString data(const char* name) const {
        return qEnvironmentVariable("MENTORDESK_SOURCE_DIR") +
               QStringLiteral("/tests/data/import/") + QLatin1String(name);
    }
    CliRun run(QStringList arguments, const QByteArray& input = {}) {
        arguments.prepend(m_dir);
        arguments.prepend(QStringLiteral("--workspace"));
        return md::test::runCli(m_cli, arguments, input, m_environment);
    }
    QStringList names() {
        const CliRun listed = run({QStringLiteral("client"), QStringLiteral("list"),
                                   QStringLiteral("--all"), QStringLiteral("--json")},
                                  kPassphrase);
        QStringList result;
        for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array())
            result.append(value.toObject().value(QStringLiteral("fullName")).toString());
        result.sort();
        return result;
    }

    QTemporaryDir m_root;
    QString m_cli;
    QString m_dir;
    QProcessEnvironment m_environment;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestClientImportCli)
#include "tst_client_import_cli.moc"
