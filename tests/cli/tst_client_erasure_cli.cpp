// mentordesk-cli client erase and retention purge on the demo practice: the
// erased mentee's profile, notes, engagements and signed agreement are gone
// from the database (read with the stock sqlcipher tool and the recovery key),
// their issued invoice and payment stay unchanged under an anonymous label
// until the retention period ends, the agreements' audit chain stays whole,
// and purging after that period removes the invoice.

#include "CliProcess.h"
#include "FakeClock.h"

#include "billing/BillingService.h"
#include "clients/ClientService.h"
#include "crypto/SecureBytes.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using md::test::CliRun;

namespace {

constexpr char kPassphrase[] = "demo passphrase\n";
// What the demo practice holds about Amara Okafor (client 1) beyond her
// invoice, plus the private note this test adds.
const QStringList kAmarasTexts{
    QStringLiteral("amara.okafor@example.org"),
    QStringLiteral("Lead an analytics team within two years"),
    QStringLiteral("Strong analyst; wants to lead"),
    QStringLiteral("Stepping into team leadership"),
    QStringLiteral("Worried about the reorganisation at Northwind"),
};

} // namespace

class TestClientErasureCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MENTORDESK_CLI");
        QVERIFY(QFile::exists(m_cli));
        m_sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        QVERIFY2(!m_sqlcipher.isEmpty(), "the sqlcipher tool is missing (scripts/deps.sh)");
        m_environment = md::test::isolatedCliEnvironment(m_root.path());
        m_workspace = m_root.filePath(QStringLiteral("practice"));
        QProcess demo;
        demo.setProcessEnvironment(m_environment);
        demo.start(QStringLiteral("bash"), {qEnvironmentVariable("MENTORDESK_SOURCE_DIR") +
                                                QStringLiteral("/scripts/demo-workspace.sh"),
                                            m_cli, m_workspace});
        QVERIFY(demo.waitForFinished(180000));
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
        const QRegularExpression key(QStringLiteral("[0-9A-F]{4}(-[0-9A-F]{4}){15}"));
        const QRegularExpressionMatch match =
            key.match(QString::fromLatin1(demo.readAllStandardOutput()));
        QVERIFY2(match.hasMatch(), "the demo printed no recovery key");
        m_recoveryKeyHex = match.captured(0).remove(QLatin1Char('-')).toLower().toLatin1();
        const CliRun note =
            run({QStringLiteral("session"), QStringLiteral("note"), QStringLiteral("1"),
                 QStringLiteral("--private"), kAmarasTexts.last()},
                kPassphrase);
        QVERIFY2(note.exitCode == 0, qPrintable(note.describe()));
        QCOMPARE(run({QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("1")},
                     kPassphrase)
                     .text()
                     .contains(QStringLiteral("Amara Okafor")),
                 true);
    }

    void withoutYesItOnlySaysWhatWouldHappen() {
        const QByteArray before = dump();
        const CliRun asked = run(
            {QStringLiteral("client"), QStringLiteral("erase"), QStringLiteral("1")}, kPassphrase);
        QCOMPARE(asked.exitCode, 2);
        const QString said = QString::fromUtf8(asked.out);
        QVERIFY2(said.contains(QStringLiteral("Erasing Amara Okafor removes for good")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("1 issued invoice(s)")) ||
                     said.contains(QStringLiteral("1 issued invoice")),
                 qPrintable(said));
        // Kept until the end of the tenth year after this year.
        QVERIFY2(said.contains(QString::number(QDate::currentDate().year() + 10)),
                 qPrintable(said));
        QVERIFY(asked.err.contains("--yes"));
        QCOMPARE(dump(), before);
    }

    void erasingRemovesThePersonalDataAndKeepsTheInvoices() {
        const QByteArray before = dump();
        for (const QString& text : kAmarasTexts)
            QVERIFY2(before.contains(text.toUtf8()), qPrintable(text));
        const QString invoiceLine = QStringLiteral("Mentoring sessions (package of 4)");
        QVERIFY(before.contains(invoiceLine.toUtf8()));

        const CliRun erased = run({QStringLiteral("client"), QStringLiteral("erase"),
                                   QStringLiteral("1"), QStringLiteral("--yes")},
                                  kPassphrase);
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
        QVERIFY2(erased.text().contains(QStringLiteral("was erased for good")),
                 qPrintable(erased.describe()));

        const QByteArray after = dump();
        for (const QString& text : kAmarasTexts)
            QVERIFY2(!after.contains(text.toUtf8()), qPrintable(text + QStringLiteral(" is left")));
        // The invoice stays as issued, under the anonymous label.
        QVERIFY(after.contains(invoiceLine.toUtf8()));
        QVERIFY(after.contains("Erased client 1"));
        QVERIFY(after.contains("INSERT INTO client_erasures") ||
                after.contains("INSERT INTO \"client_erasures\""));
        // Nobody else was touched.
        QVERIFY(after.contains("Jonas"));

        const CliRun invoices =
            run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")},
                kPassphrase);
        QVERIFY2(invoices.exitCode == 0, qPrintable(invoices.describe()));
        QVERIFY2(invoices.text().contains(QStringLiteral("Erased client 1")),
                 qPrintable(invoices.text()));
        // The signed documents went; the audit chain and every other
        // agreement still verify.
        const CliRun verify = run({QStringLiteral("verify")}, kPassphrase);
        QVERIFY2(verify.exitCode == 0 && verify.text().startsWith(QStringLiteral("OK")),
                 qPrintable(verify.describe()));
        const CliRun agreements =
            run({QStringLiteral("agreement"), QStringLiteral("list")}, kPassphrase);
        QVERIFY2(agreements.exitCode == 0, qPrintable(agreements.describe()));
        QVERIFY(!agreements.text().contains(QStringLiteral("Amara")));

        const CliRun again = run({QStringLiteral("client"), QStringLiteral("erase"),
                                  QStringLiteral("1"), QStringLiteral("--yes")},
                                 kPassphrase);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already erased"), qPrintable(again.describe()));
        const CliRun edit = run(
            {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("1")}, kPassphrase);
        QVERIFY(!edit.text().contains(QStringLiteral("Amara")));
    }

    void purgingRemovesOnlyWhatsRetentionEnded() {
        const CliRun now = run({QStringLiteral("retention"), QStringLiteral("purge")}, kPassphrase);
        QVERIFY2(now.exitCode == 0, qPrintable(now.describe()));
        QVERIFY(now.text().contains(QStringLiteral("No kept invoice")));
        QVERIFY(dump().contains("Mentoring sessions (package of 4)"));

        // Eleven years on, the erased client's invoice may go; Jonas's stays.
        md::test::FakeClock later(
            QDateTime(QDate(QDate::currentDate().year() + 11, 1, 2), QTime(9, 0), Qt::UTC));
        {
            const char* passphrase = "demo passphrase";
            auto workspace = md::Workspace::unlockWithPassphrase(
                m_workspace,
                md::SecureBytes(reinterpret_cast<const unsigned char*>(passphrase),
                                std::strlen(passphrase)),
                later);
            QVERIFY2(workspace.ok(), qPrintable(workspace.message()));
            const md::Result<int> purged = (*workspace)->clients().purgeExpiredInvoices();
            QVERIFY2(purged.ok(), qPrintable(purged.message()));
            QCOMPARE(*purged, 1);
        }
        const QByteArray after = dump();
        QVERIFY(!after.contains("Mentoring sessions (package of 4)"));
        QVERIFY(after.contains("Mentoring session;") || after.contains("'Mentoring session'"));
        const CliRun verify = run({QStringLiteral("verify")}, kPassphrase);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }

private:
    CliRun run(QStringList arguments, const QByteArray& input = {}) {
        arguments.prepend(m_workspace);
        arguments.prepend(QStringLiteral("--workspace"));
        return md::test::runCli(m_cli, arguments, input, m_environment);
    }

    // The whole database as SQL, read by the stock tool with the recovery key.
    QByteArray dump() {
        QProcess sqlcipher;
        sqlcipher.start(m_sqlcipher, {QDir(m_workspace).filePath(QStringLiteral("mentordesk.db"))});
        if (!sqlcipher.waitForStarted())
            return {};
        sqlcipher.write("PRAGMA key = \"x'" + m_recoveryKeyHex +
                        "'\";\nPRAGMA cipher_page_size = 4096;\n.dump\n");
        sqlcipher.closeWriteChannel();
        sqlcipher.waitForFinished(60000);
        const QByteArray out = sqlcipher.readAllStandardOutput();
        if (!out.contains("CREATE TABLE clients"))
            qWarning("sqlcipher: %s", sqlcipher.readAllStandardError().constData());
        return out;
    }

    QTemporaryDir m_root;
    QString m_cli;
    QString m_sqlcipher;
    QString m_workspace;
    QByteArray m_recoveryKeyHex;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestClientErasureCli)
#include "tst_client_erasure_cli.moc"
