// mentordesk-cli export and client export on the demo practice: files that
// Python's json and csv modules read, private modes, the frozen agreement
// PDFs byte for byte, no secret key, and a client export that holds that
// client and nobody else.

#include "CliProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using md::test::CliRun;

namespace {

constexpr char kPassphrase[] = "demo passphrase\n";

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString& path) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

// Every byte of text in the export: JSON, CSV, README, and the text of PDFs.
QString everything(const QString& dir) {
    QString text;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        text +=
            path.endsWith(QLatin1String(".pdf")) ? pdfText(path) : QString::fromUtf8(readAll(path));
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestExportCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MENTORDESK_CLI");
        QVERIFY(QFile::exists(m_cli));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is needed (scripts/deps.sh installs poppler-utils)");
        m_environment = md::test::isolatedCliEnvironment(m_root.path());
        m_workspace = m_root.filePath(QStringLiteral("demo"));
        QProcess demo;
        demo.setProcessEnvironment(m_environment);
        demo.start(QStringLiteral("bash"), {qEnvironmentVariable("MENTORDESK_SOURCE_DIR") +
                                                QStringLiteral("/scripts/demo-workspace.sh"),
                                            m_cli, m_workspace});
        QVERIFY(demo.waitForFinished(120000));
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
        // A private note on one of Amara's sessions (client 1).
        const CliRun note =
            run({QStringLiteral("session"), QStringLiteral("note"), QStringLiteral("1"),
                 QStringLiteral("--private"), QStringLiteral("Seems anxious about the reorg")},
                kPassphrase);
        QVERIFY2(note.exitCode == 0, qPrintable(note.describe()));
    }

    void wholeWorkspace() {
        const QString dir = m_root.filePath(QStringLiteral("export"));
        const CliRun done =
            run({QStringLiteral("export"), QStringLiteral("--to"), dir}, kPassphrase);
        QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
        QVERIFY(done.text().contains(QStringLiteral("NOT encrypted")));

        // Python's own modules read every file.
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import json, csv, glob, sys\n"
                                     "n = 0\n"
                                     "for f in glob.glob(sys.argv[1] + '/json/*.json'):\n"
                                     "    n += len(json.load(open(f, encoding='utf-8')))\n"
                                     "rows = {}\n"
                                     "for f in glob.glob(sys.argv[1] + '/csv/*.csv'):\n"
                                     "    rows[f.split('/')[-1]] = len(list(csv.DictReader(open(f, "
                                     "newline='', encoding='utf-8'))))\n"
                                     "print(n, rows['clients.csv'], rows['sessions.csv'], "
                                     "rows['invoices.csv'], rows['payments.csv'])\n"),
                      dir});
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QStringList counts =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char(' '));
        QVERIFY(counts.value(0).toInt() > 40);
        QCOMPARE(counts.value(1).toInt(), 6); // the demo practice
        QVERIFY(counts.value(2).toInt() >= 4);
        QVERIFY(counts.value(3).toInt() >= 2);

        // Private to the mentor: 0700 folders, 0600 files.
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
        }

        // The frozen bytes of each signed agreement, not a new rendering.
        const QJsonArray seals =
            QJsonDocument::fromJson(readAll(dir + QStringLiteral("/json/agreement_seals.json")))
                .array();
        QVERIFY(!seals.isEmpty());
        const QStringList pdfs = QDir(dir + QStringLiteral("/agreements"))
                                     .entryList({QStringLiteral("1 *Agreement.pdf")});
        QCOMPARE(pdfs.size(), 1);
        QCOMPARE(readAll(dir + QStringLiteral("/agreements/") + pdfs.first()),
                 QByteArray::fromBase64(seals.first()
                                            .toObject()
                                            .value(QStringLiteral("pdf"))
                                            .toObject()
                                            .value(QStringLiteral("base64"))
                                            .toString()
                                            .toLatin1()));
        QVERIFY(pdfText(dir + QStringLiteral("/invoices/") +
                        QDir(dir + QStringLiteral("/invoices"))
                            .entryList({QStringLiteral("*.pdf")})
                            .first())
                    .contains(QStringLiteral("Rivera Mentoring")));

        const QString text = everything(dir);
        QVERIFY(!text.contains(QStringLiteral("signing_key.secret")));
        QVERIFY(text.contains(
            QStringLiteral("Seems anxious about the reorg"))); // the mentor's own data
        QVERIFY(readAll(dir + QStringLiteral("/README.txt")).contains("NOT ENCRYPTED"));

        // Never into a folder that is not empty.
        const CliRun again =
            run({QStringLiteral("export"), QStringLiteral("--to"), dir}, kPassphrase);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("not empty"));
    }

    void oneClientAndNobodyElse() {
        const CliRun listed = run({QStringLiteral("client"), QStringLiteral("list"),
                                   QStringLiteral("--all"), QStringLiteral("--json")},
                                  kPassphrase);
        const QJsonArray clients = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(clients.size(), 6);
        const QString dir = m_root.filePath(QStringLiteral("amara"));
        const CliRun done = run({QStringLiteral("client"), QStringLiteral("export"),
                                 QStringLiteral("1"), QStringLiteral("--to"), dir},
                                kPassphrase);
        QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
        const QString text = everything(dir);
        for (const QJsonValue& value : clients) {
            const QJsonObject client = value.toObject();
            const bool amara = client.value(QStringLiteral("id")).toInt() == 1;
            for (const char* field : {"fullName", "email"}) {
                const QString data = client.value(QLatin1String(field)).toString();
                if (data.isEmpty())
                    continue;
                QVERIFY2(text.contains(data) == amara, qPrintable(data));
            }
        }
        QVERIFY(text.contains(QStringLiteral("Seems anxious about the reorg")));
        QVERIFY(!QDir(dir + QStringLiteral("/agreements"))
                     .entryList({QStringLiteral("*Agreement.pdf")})
                     .isEmpty());
        QVERIFY(!QFile::exists(dir +
                               QStringLiteral("/json/offerings.json"))); // the practice's, not hers

        const QString withoutNotes = m_root.filePath(QStringLiteral("amara-shared"));
        QVERIFY(
            run({QStringLiteral("client"), QStringLiteral("export"), QStringLiteral("1"),
                 QStringLiteral("--to"), withoutNotes, QStringLiteral("--without-private-notes")},
                kPassphrase)
                .exitCode == 0);
        QVERIFY(
            !everything(withoutNotes).contains(QStringLiteral("Seems anxious about the reorg")));

        QCOMPARE(run({QStringLiteral("client"), QStringLiteral("export"), QStringLiteral("99"),
                      QStringLiteral("--to"), m_root.filePath(QStringLiteral("nobody"))},
                     kPassphrase)
                     .exitCode,
                 1);
        QVERIFY(!QFile::exists(m_root.filePath(QStringLiteral("nobody"))));
    }

private:
    CliRun run(QStringList arguments, const QByteArray& input = {}) {
        arguments.prepend(m_workspace);
        arguments.prepend(QStringLiteral("--workspace"));
        return md::test::runCli(m_cli, arguments, input, m_environment);
    }

    QTemporaryDir m_root;
    QString m_cli;
    QString m_workspace;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
