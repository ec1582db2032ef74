// End-to-end tests of `mentordesk-cli agreement …`: the real program on a
// workspace in a temporary folder, passphrase on standard input.

#include "CliProcess.h"

#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

QString toolOutput(const QString& tool, const QStringList& arguments, const QString& directory,
                   int* exitCode) {
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, arguments);
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll()).normalized(QString::NormalizationForm_KC);
}

// Changes the workspace behind the CLI's back, as someone holding the key
// could: unlocks it in this process and runs `statements` in order, binding
// `value` to the last one. The workspace is locked again before returning.
QString tamper(const QString& dir, const QStringList& statements, const QVariantList& values) {
    const QByteArray passphrase(kPassphrase);
    const md::SecureBytes secret(reinterpret_cast<const unsigned char*>(passphrase.constData()),
                                 std::size_t(passphrase.size()));
    auto workspace = md::Workspace::unlockWithPassphrase(dir, secret);
    if (!workspace)
        return workspace.message();
    for (const QString& statement : statements) {
        QSqlQuery query((*workspace)->database().connection());
        if (!query.prepare(statement))
            return query.lastError().text();
        if (statement == statements.last())
            for (const QVariant& value : values)
                query.addBindValue(value);
        if (!query.exec())
            return query.lastError().text();
    }
    return {};
}

QByteArray queryBlob(const QString& dir, const QString& sql, qint64 id) {
    const QByteArray passphrase(kPassphrase);
    const md::SecureBytes secret(reinterpret_cast<const unsigned char*>(passphrase.constData()),
                                 std::size_t(passphrase.size()));
    auto workspace = md::Workspace::unlockWithPassphrase(dir, secret);
    if (!workspace)
        return {};
    QSqlQuery query((*workspace)->database().connection());
    query.prepare(sql);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace

using md::test::CliRun;

class TestAgreementCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createNamesMissingPlaceholders();
    void createPdfSignListExport();
    void usageErrors_data();
    void usageErrors();
    void verifyReportsTampering();

private:
    CliRun run(const QStringList& arguments);

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_engagementId;
    QProcessEnvironment m_environment;
};

CliRun TestAgreementCli::run(const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

void TestAgreementCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_dir = m_root.filePath(QStringLiteral("ws"));
    const CliRun init = run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun client =
        run({"client", "add", "--name", "Malik Osei", "--email", "malik@example.org"});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    const CliRun engagement =
        run({"engagement", "add", "--client", QString::fromUtf8(client.out.trimmed()), "--title",
             "Towards a team lead role", "--sessions", "6", "--cadence", "monthly", "--fee-note",
             "EUR 180 per session"});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    m_engagementId = QString::fromUtf8(engagement.out.trimmed());
}

void TestAgreementCli::createNamesMissingPlaceholders() {
    // No mentor profile yet: without the mentor's name nothing is made, and
    // the message says what to set where, in words.
    const CliRun refused = run({"agreement", "create", "--engagement", m_engagementId});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(QString::fromUtf8(refused.err).contains("your name (set it in the mentor profile)"),
             qPrintable(refused.describe()));
    QVERIFY(!refused.err.contains("{{"));
    QCOMPARE(QJsonDocument::fromJson(run({"agreement", "list", "--json"}).out).array().size(), 0);

    // The name alone is enough: the draft is made with blank lines, and the
    // blanks are listed in the same words as in the app.
    QCOMPARE(run({"agreement", "profile", "--name", "Dana Whitfield"}).exitCode, 0);
    const CliRun create = run({"agreement", "create", "--engagement", m_engagementId});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    QVERIFY(create.out.trimmed().toLongLong() > 0);
    const QString err = QString::fromUtf8(create.err);
    QVERIFY2(err.contains("Printed as blank lines to fill in by hand"), qPrintable(err));
    QVERIFY(err.contains("your business name (set it in the mentor profile)"));
    QVERIFY(err.contains("your business address (set it in the mentor profile)"));
    QVERIFY(err.contains("your email address (set it in the mentor profile)"));
    QVERIFY(!err.contains("{{"));
    const QString pdf = m_root.filePath("blanks.pdf");
    QCOMPARE(run({"agreement", "pdf", QString::fromUtf8(create.out.trimmed()), pdf}).exitCode, 0);
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (!pdftotext.isEmpty()) {
        int code = 0;
        const QString text = toolOutput(pdftotext, {pdf, "-"}, m_root.path(), &code);
        QVERIFY(text.contains("______________________"));
        QVERIFY(!text.contains("{{"));
    }
}

void TestAgreementCli::createPdfSignListExport() {
    const CliRun profile =
        run({"agreement", "profile", "--name", "Dana Whitfield", "--business-name",
             "Whitfield Mentoring", "--address", "12 Harbour Road\\nBristol BS1 4AA", "--email",
             "dana@whitfield.example"});
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.describe()));
    QCOMPARE(QJsonDocument::fromJson(profile.out).object().value("address").toString(),
             QStringLiteral("12 Harbour Road\nBristol BS1 4AA"));

    const CliRun create = run({"agreement", "create", "--engagement", m_engagementId, "--template",
                               "confidentiality", "--end-date", "2027-03-31"});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const QString id = QString::fromUtf8(create.out.trimmed());
    QVERIFY(id.toLongLong() > 0);

    const QString pdf = m_root.filePath("draft.pdf");
    const CliRun written = run({"agreement", "pdf", id, pdf});
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (!pdftotext.isEmpty()) {
        int code = 0;
        const QString text = toolOutput(pdftotext, {pdf, "-"}, m_root.path(), &code);
        QCOMPARE(code, 0);
        QVERIFY(text.contains("Malik Osei"));
        QVERIFY(text.contains("Mutual Confidentiality Agreement"));
        QVERIFY(text.contains("Disclosures required by law"));
    }

    // Signed on paper: the scan is any PDF or image; here the draft itself.
    // The day it was signed cannot be in the future.
    const QDate today = QDate::currentDate();
    const CliRun future = run({"agreement", "sign", id, "--on-paper", pdf, "--signed-on",
                               today.addDays(2).toString(Qt::ISODate)});
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains("future"), qPrintable(future.describe()));
    const CliRun sign = run(
        {"agreement", "sign", id, "--on-paper", pdf, "--signed-on", today.toString(Qt::ISODate)});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.describe()));
    QVERIFY2(sign.out.contains("attached, not checked"), qPrintable(sign.describe()));
    QVERIFY(run({"agreement", "sign", id, "--on-paper", pdf}).exitCode != 0); // already signed

    const CliRun list = run({"agreement", "list", "--json"});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rows.size(), 2); // with the draft of blanks above
    QJsonObject row;
    for (const QJsonValue& value : rows) {
        if (value.toObject().value("id").toInteger() == id.toLongLong())
            row = value.toObject();
    }
    QCOMPARE(row.value("state").toString(), QStringLiteral("signed"));
    QCOMPARE(row.value("signingMethod").toString(), QStringLiteral("on_paper"));
    QCOMPARE(row.value("verification").toString(), QStringLiteral("verified"));
    QCOMPARE(row.value("kind").toString(), QStringLiteral("confidentiality"));
    QCOMPARE(row.value("endDate").toString(), QStringLiteral("2027-03-31"));
    QCOMPARE(row.value("clientName").toString(), QStringLiteral("Malik Osei"));
    // The table says what was checked: the scan is attached, not verified.
    const QString table = QString::fromUtf8(run({"agreement", "list"}).out);
    QVERIFY2(table.contains("Paper signature attached, unchanged since"), qPrintable(table));
    QVERIFY(!table.contains("Verified"));

    const QString exportDir = m_root.filePath("for-malik");
    const CliRun exported = run({"agreement", "export", id, exportDir});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QVERIFY(QFileInfo::exists(exportDir + "/scan.pdf"));
    QVERIFY(QFileInfo::exists(exportDir + "/README.txt"));
    const QString openssl = QStandardPaths::findExecutable("openssl");
    if (!openssl.isEmpty()) {
        int code = 0;
        const QString output =
            toolOutput(openssl,
                       {"pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin", "-in",
                        "manifest.json", "-sigfile", "manifest.sig"},
                       exportDir, &code);
        QVERIFY2(code == 0, qPrintable(output));
    }
    QCOMPARE(run({"agreement", "export", id, exportDir}).exitCode, 1); // never overwrites

    // A signed agreement's PDF is the stored one, byte for byte.
    const QString again = m_root.filePath("signed.pdf");
    QCOMPARE(run({"agreement", "pdf", id, again}).exitCode, 0);
    QFile exportedPdf(exportDir + "/agreement.pdf");
    QFile againPdf(again);
    QVERIFY(exportedPdf.open(QIODevice::ReadOnly) && againPdf.open(QIODevice::ReadOnly));
    QCOMPARE(againPdf.readAll(), exportedPdf.readAll());
}

void TestAgreementCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("create without engagement") << QStringList{"agreement", "create"} << 2;
    QTest::newRow("unknown template")
        << QStringList{"agreement", "create", "--engagement", "1", "--template", "nda"} << 2;
    QTest::newRow("bad end date") << QStringList{"agreement", "create",     "--engagement",
                                                 "1",         "--end-date", "soon"}
                                  << 2;
    QTest::newRow("sign without scan") << QStringList{"agreement", "sign", "1"} << 2;
    QTest::newRow("bad signing date")
        << QStringList{"agreement", "sign", "1", "--on-paper", "x.pdf", "--signed-on", "yesterday"}
        << 2;
    QTest::newRow("pdf without file") << QStringList{"agreement", "pdf", "1"} << 2;
    QTest::newRow("unknown agreement")
        << QStringList{"agreement", "pdf", "999", "/nonexistent/x.pdf"} << 1;
    QTest::newRow("scan missing") << QStringList{"agreement", "sign", "1", "--on-paper",
                                                 "/nonexistent/scan.pdf"}
                                  << 1;
}

void TestAgreementCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY(!result.err.isEmpty());
}

void TestAgreementCli::verifyReportsTampering() {
    // Self-contained: the profile a mentoring agreement needs.
    const CliRun profile = run({"agreement", "profile", "--name", "Dana Whitfield",
                                "--business-name", "Whitfield Mentoring", "--address",
                                "12 Harbour Road", "--email", "dana@whitfield.example"});
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.describe()));
    const CliRun create = run({"agreement", "create", "--engagement", m_engagementId});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const qint64 id = create.out.trimmed().toLongLong();
    const QString number = QStringLiteral("AGR-%1").arg(id, 5, 10, QLatin1Char('0'));
    const QString scan = m_root.filePath("verify-scan.pdf");
    QCOMPARE(run({"agreement", "pdf", QString::number(id), scan}).exitCode, 0);
    const CliRun sign = run({"agreement", "sign", QString::number(id), "--on-paper", scan});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.describe()));

    const CliRun intact = run({"verify"});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.describe()));
    QCOMPARE(intact.text(), QStringLiteral("OK"));

    // One flipped byte in the stored PDF, with the protecting trigger gone.
    const QString pdfSql = QStringLiteral("SELECT pdf FROM agreement_seals WHERE agreement_id = ?");
    const QByteArray original = queryBlob(m_dir, pdfSql, id);
    QVERIFY(original.startsWith("%PDF-"));
    QByteArray flipped = original;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
    QString error = tamper(m_dir,
                           {"DROP TRIGGER agreement_seals_no_update",
                            "UPDATE agreement_seals SET pdf = ? WHERE agreement_id = ?"},
                           {flipped, id});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun modified = run({"verify"});
    QVERIFY2(modified.exitCode == 1, qPrintable(modified.describe()));
    QVERIFY2(modified.text().contains(number) && modified.text().contains("PDF"),
             qPrintable(modified.describe()));
    QVERIFY(!modified.text().contains(QStringLiteral("OK")));

    // Put the bytes back: verified again.
    error = tamper(m_dir, {"UPDATE agreement_seals SET pdf = ? WHERE agreement_id = ?"},
                   {original, id});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun restored = run({"verify"});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));

    // A broken link in the audit chain at this agreement's signing entry.
    error = tamper(m_dir,
                   {"DROP TRIGGER agreement_audit_log_no_update",
                    "UPDATE agreement_audit_log SET prev_hash = ? "
                    "WHERE agreement_id = ?"},
                   {QString(64, QLatin1Char('f')), id});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun broken = run({"verify"});
    QVERIFY2(broken.exitCode == 1, qPrintable(broken.describe()));
    QVERIFY2(broken.text().contains(number) &&
                 broken.text().contains(QStringLiteral("does not link")),
             qPrintable(broken.describe()));

    // The signed row reset to a draft: its signing entry names an agreement
    // that is no longer signed.
    error = tamper(m_dir,
                   {"DROP TRIGGER agreements_signed_no_update",
                    "UPDATE agreements SET state = 'draft', signed_utc = NULL, signing_method = '' "
                    "WHERE id = ?"},
                   {id});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun reset = run({"verify"});
    QVERIFY2(reset.exitCode == 1, qPrintable(reset.describe()));
    QVERIFY2(reset.text().contains(number + QStringLiteral(": audit log entry")) &&
                 reset.text().contains(QStringLiteral("no longer stored as signed")),
             qPrintable(reset.describe()));
}

QTEST_GUILESS_MAIN(TestAgreementCli)
#include "tst_agreementcli.moc"
