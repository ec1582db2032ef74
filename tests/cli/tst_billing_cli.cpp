// End-to-end tests of the billing commands of mentordesk-cli: settings,
// invoices, payments and the CSV export, run as a script would.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

} // namespace

using md::test::CliRun;

class TestBillingCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settingsShowAndSet();
    void invoiceLifecycle();
    void invoiceFromHeldSessions();
    void exportWritesCsv();
    void clientBillingAddressOnPdf();
    // Before retainerInvoice, whose single session on the price list would
    // price every session.
    void lateCancellationsAndTheEngagementsFee();
    void retainerInvoice();
    void linesNameTheSettingsRates();
    void usageErrors_data();
    void usageErrors();
    void helpDocumentsEveryKey();

private:
    CliRun run(const QStringList& arguments, const QByteArray& input = {});
    QJsonObject showJson(const QString& id);
    QString pdfText(const QString& invoiceId, const QString& name);

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_clientId;
    QProcessEnvironment m_environment;
};

CliRun TestBillingCli::run(const QStringList& arguments, const QByteArray& input) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            input.isEmpty() ? QByteArray(kPassphrase) + '\n' : input,
                            m_environment);
}

QJsonObject TestBillingCli::showJson(const QString& id) {
    const CliRun show =
        run({QStringLiteral("invoice"), QStringLiteral("show"), id, QStringLiteral("--json")});
    if (show.exitCode != 0)
        qWarning("%s", qPrintable(show.describe()));
    return QJsonDocument::fromJson(show.out).object();
}

QString TestBillingCli::pdfText(const QString& invoiceId, const QString& name) {
    const QString pdf = m_root.filePath(name + QStringLiteral(".pdf"));
    const CliRun written = run({QStringLiteral("invoice"), QStringLiteral("pdf"), invoiceId, pdf});
    if (written.exitCode != 0) {
        qWarning("%s", qPrintable(written.describe()));
        return {};
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestBillingCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    // A comma-decimal locale: machine output must stay dot-decimal anyway.
    // It must override the isolated environment's LC_ALL=C.UTF-8 (LANG alone
    // did nothing). Qt reads LC_ALL itself, so this takes effect even where
    // glibc has no de_DE locale generated; clientBillingAddressOnPdf checks
    // how documents use it. LANGUAGE keeps the messages English for the
    // assertions.
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    m_environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    m_dir = m_root.filePath(QStringLiteral("ws"));
    const QByteArray twice = QByteArray(kPassphrase) + '\n' + kPassphrase + '\n';
    const CliRun init = run({QStringLiteral("init")}, twice);
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Ada Lovelace")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    m_clientId = client.text();
}

void TestBillingCli::settingsShowAndSet() {
    const CliRun set = run({QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("billing.tax.standard_rate"), QStringLiteral("19")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QVERIFY(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("profile.name"),
                 QStringLiteral("Jane Doe")})
                .exitCode == 0);
    const CliRun badIban =
        run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("billing.bank.iban"),
             QStringLiteral("DE88370400440532013000")});
    QCOMPARE(badIban.exitCode, 1);
    QVERIFY(badIban.err.contains("check digits"));
    const CliRun show =
        run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    const QJsonObject json = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(json.value(QStringLiteral("billing.tax.standard_rate")).toString(),
             QStringLiteral("19"));
    QCOMPARE(json.value(QStringLiteral("profile.name")).toString(), QStringLiteral("Jane Doe"));
    QCOMPARE(json.value(QStringLiteral("billing.currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(json.value(QStringLiteral("billing.bank.iban")).toString(), QString());
    const CliRun plain = run({QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY(plain.out.contains("billing.invoice.number_pattern = {YYYY}-{NNNN}"));
}

void TestBillingCli::invoiceLifecycle() {
    const CliRun create =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--line"), QStringLiteral("Coaching;1.5;85,55;19"),
             QStringLiteral("--line"), QStringLiteral("Workbook;2;24.50;7")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const QString id = create.text();
    QCOMPARE(showJson(id).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));

    const CliRun issue = run({QStringLiteral("invoice"), QStringLiteral("issue"), id});
    QVERIFY2(issue.exitCode == 0, qPrintable(issue.describe()));
    const QString number = issue.text();
    QVERIFY(number.endsWith(QStringLiteral("-0001")));
    // Issued all the same, with a word on what the invoice lacks (the name is
    // set) and the commands that set it: a VAT invoice needs the tax number.
    QVERIFY2(issue.err.contains("warning: the invoice does not show your address, your tax "
                                "number, "),
             qPrintable(issue.describe()));
    for (const QByteArray& part :
         {QByteArray("'s billing address"), QByteArray("your bank details;"),
          QByteArray("`settings set profile.tax_id`"),
          QByteArray("`client billing ") + m_clientId.toUtf8() + QByteArray(" --address`")})
        QVERIFY2(issue.err.contains(part), qPrintable(issue.describe()));
    QVERIFY2(!issue.err.contains("your name"), qPrintable(issue.describe()));
    QJsonObject json = showJson(id);
    // 128.33 + 24.38 and 49.00 + 3.43
    QCOMPARE(json.value(QStringLiteral("total")).toString(), QStringLiteral("205.14"));
    QCOMPARE(json.value(QStringLiteral("lines")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("tax_breakdown")).toArray().size(), 2);
    // Issuing twice is refused and uses no number.
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("issue"), id}).exitCode, 1);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun partial =
        run({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--invoice"), id,
             QStringLiteral("--amount"), QStringLiteral("100"), QStringLiteral("--date"), today,
             QStringLiteral("--method"), QStringLiteral("cash")});
    QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
    json = showJson(id);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("partially_paid"));
    QCOMPARE(json.value(QStringLiteral("outstanding")).toString(), QStringLiteral("105.14"));
    const CliRun over = run({QStringLiteral("payment"), QStringLiteral("add"),
                             QStringLiteral("--invoice"), id, QStringLiteral("--amount"),
                             QStringLiteral("110,00"), QStringLiteral("--date"), today});
    QVERIFY2(over.exitCode == 0, qPrintable(over.describe()));
    // In the locale's money format, as all text for people.
    QVERIFY2(QString::fromUtf8(over.err)
                 .replace(QChar(0xa0), u' ')
                 .contains(QStringLiteral("credit of 4,86 €")),
             qPrintable(over.describe()));
    QCOMPARE(showJson(id).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));

    const QString pdf = m_root.filePath(QStringLiteral("invoice.pdf"));
    const CliRun writePdf = run({QStringLiteral("invoice"), QStringLiteral("pdf"), id, pdf});
    QVERIFY2(writePdf.exitCode == 0, qPrintable(writePdf.describe()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const CliRun credit = run({QStringLiteral("invoice"), QStringLiteral("credit"), id});
    QVERIFY2(credit.exitCode == 0, qPrintable(credit.describe()));
    QVERIFY(credit.text().endsWith(QStringLiteral("-0002")));
    QCOMPARE(showJson(id).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));

    const CliRun list =
        run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QVERIFY(all.size() >= 2);
    const CliRun cancelled =
        run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("cancelled"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(cancelled.out).array().size(), 1);
}

void TestBillingCli::invoiceFromHeldSessions() {
    QVERIFY(run({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("billing.session.price"), QStringLiteral("120")})
                .exitCode == 0);
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--title"), QStringLiteral("Leadership")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    const QString start =
        QDateTime(QDate::currentDate().addDays(-7), QTime(10, 0)).toString(Qt::ISODate);
    const CliRun session =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             engagement.text(), QStringLiteral("--start"), start.left(16),
             QStringLiteral("--duration"), QStringLiteral("60")});
    QVERIFY2(session.exitCode == 0, qPrintable(session.describe()));
    QVERIFY(run({QStringLiteral("session"), QStringLiteral("status"), session.text(),
                 QStringLiteral("held")})
                .exitCode == 0);
    const CliRun create =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--sessions")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const QJsonArray lines = showJson(create.text()).value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(QStringLiteral("unit_price")).toString(),
             QStringLiteral("120.00"));
    QCOMPARE(lines.first().toObject().value(QStringLiteral("session_id")).toInt(),
             session.text().toInt());
    // Nothing left to bill.
    const CliRun again =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--sessions")});
    QCOMPARE(again.exitCode, 1);
}

void TestBillingCli::exportWritesCsv() {
    const QString dir = m_root.filePath(QStringLiteral("csv"));
    const CliRun exported = run({QStringLiteral("billing"), QStringLiteral("export"), dir});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    for (const char* name : {"invoices.csv", "invoice_lines.csv", "payments.csv"}) {
        QFile file(QDir(dir).filePath(QLatin1String(name)));
        QVERIFY2(file.open(QIODevice::ReadOnly), name);
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.startsWith("\""));
    }
    QFile payments(QDir(dir).filePath(QStringLiteral("payments.csv")));
    QVERIFY(payments.open(QIODevice::ReadOnly));
    QVERIFY(payments.readAll().contains("\"110.00\""));
    // Dot-decimal under the German locale (which writes 205,14).
    QFile invoices(QDir(dir).filePath(QStringLiteral("invoices.csv")));
    QVERIFY(invoices.open(QIODevice::ReadOnly));
    const QByteArray invoicesCsv = invoices.readAll();
    QVERIFY2(invoicesCsv.contains("\"205.14\""), invoicesCsv.constData());
    QVERIFY(!invoicesCsv.contains("205,14"));
    QFile lines(QDir(dir).filePath(QStringLiteral("invoice_lines.csv")));
    QVERIFY(lines.open(QIODevice::ReadOnly));
    const QByteArray linesCsv = lines.readAll();
    QVERIFY2(linesCsv.contains("\"85.55\"") && !linesCsv.contains("85,55"), linesCsv.constData());
}

void TestBillingCli::clientBillingAddressOnPdf() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString billing = QStringLiteral("billing");
    const QString client = QStringLiteral("client");
    const CliRun set =
        run({client, billing, m_clientId, QStringLiteral("--name"),
             QStringLiteral("Analytical Engines Ltd"), QStringLiteral("--address"),
             QStringLiteral("12 St James's Square\\nLondon SW1Y 4JH\\nUnited Kingdom"),
             QStringLiteral("--tax-id"), QStringLiteral("GB999999973")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const CliRun shown = run({client, billing, m_clientId, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(json.value(QStringLiteral("address")).toString(),
             QStringLiteral("12 St James's Square\nLondon SW1Y 4JH\nUnited Kingdom"));
    QCOMPARE(json.value(QStringLiteral("tax_id")).toString(), QStringLiteral("GB999999973"));
    QCOMPARE(json.value(QStringLiteral("billing_name")).toString(),
             QStringLiteral("Analytical Engines Ltd"));
    const CliRun plain = run({client, billing, m_clientId});
    QVERIFY(plain.out.contains("London SW1Y 4JH"));
    QVERIFY(plain.out.contains("Attn. Ada Lovelace"));

    // Refused: a tax id with odd characters (usage), an unknown client.
    const CliRun badTaxId =
        run({client, billing, m_clientId, QStringLiteral("--tax-id"), QStringLiteral("GB 99;9")});
    QVERIFY2(badTaxId.exitCode == 2, qPrintable(badTaxId.describe()));
    QCOMPARE(run({client, billing, QStringLiteral("999")}).exitCode, 1);
    QCOMPARE(
        QJsonDocument::fromJson(run({client, billing, m_clientId, QStringLiteral("--json")}).out)
            .object()
            .value(QStringLiteral("tax_id"))
            .toString(),
        QStringLiteral("GB999999973"));

    const CliRun create =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--line"), QStringLiteral("Mentoring;1;100;19")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const CliRun issue = run({QStringLiteral("invoice"), QStringLiteral("issue"), create.text()});
    QVERIFY2(issue.exitCode == 0, qPrintable(issue.describe()));
    const QString text = pdfText(create.text(), QStringLiteral("billed-to-address"));
    for (const QString& expected :
         {QStringLiteral("BILL TO"), QStringLiteral("Analytical Engines Ltd"),
          QStringLiteral("12 St James's Square"), QStringLiteral("London SW1Y 4JH"),
          QStringLiteral("United Kingdom"), QStringLiteral("GB999999973")})
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
    // Amounts follow the document's language, not the environment's number
    // format: the mentor's language is the CLI's (LANGUAGE=en), so English.
    QVERIFY2(text.contains(QStringLiteral("119.00")), qPrintable(text));
    // A client whose documents are in German gets 119,00.
    const CliRun german = run({client, QStringLiteral("edit"), m_clientId,
                               QStringLiteral("--language"), QStringLiteral("de")});
    QVERIFY2(german.exitCode == 0, qPrintable(german.describe()));
    const CliRun second =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--line"), QStringLiteral("Mentoring;1;100;19")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("issue"), second.text()}).exitCode, 0);
    const QString germanText = pdfText(second.text(), QStringLiteral("billed-in-german"));
    QVERIFY2(germanText.contains(QStringLiteral("119,00")) &&
                 !germanText.contains(QStringLiteral("119.00")),
             qPrintable(germanText));
}

// "reduced" instead of "7": the rate comes from the settings.
void TestBillingCli::linesNameTheSettingsRates() {
    const QString set = QStringLiteral("set");
    const QString settings = QStringLiteral("settings");
    const QString reduced = QStringLiteral("billing.tax.reduced_rate");
    QVERIFY(run({settings, set, reduced, QStringLiteral("7")}).exitCode == 0);
    const CliRun create =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--line"), QStringLiteral("Workbook;1;10;reduced"),
             QStringLiteral("--line"), QStringLiteral("Session;1;100;Standard"),
             QStringLiteral("--line"), QStringLiteral("Voucher;1;5;zero")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const QJsonArray lines = showJson(create.text()).value(QStringLiteral("lines")).toArray();
    QStringList rates;
    for (const QJsonValue& line : lines)
        rates << line.toObject().value(QStringLiteral("tax_rate")).toString();
    QCOMPARE(rates, QStringList({QStringLiteral("7"), QStringLiteral("19"), QStringLiteral("0")}));

    // Without a reduced rate in the settings the name is refused, not taken as 0 %.
    QVERIFY(run({settings, set, reduced, QStringLiteral("0")}).exitCode == 0);
    const CliRun refused =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--line"), QStringLiteral("Workbook;1;10;reduced")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("No reduced tax rate is set"), qPrintable(refused.describe()));
}

void TestBillingCli::lateCancellationsAndTheEngagementsFee() {
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Grace Hopper")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    // Typed as the (German) locale writes amounts.
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             client.text(), QStringLiteral("--title"), QStringLiteral("Compilers"),
             QStringLiteral("--session-fee"), QStringLiteral("95,50")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    const CliRun shown = run({QStringLiteral("engagement"), QStringLiteral("show"),
                              engagement.text(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(shown.out)
                 .object()
                 .value(QStringLiteral("sessionFeeMinor"))
                 .toInteger(),
             9550);
    QVERIFY(
        run({QStringLiteral("settings"), QStringLiteral("set"),
             QStringLiteral("billing.policy.late_cancellation_chargeable"), QStringLiteral("true")})
            .exitCode == 0);

    // Three sessions of last week, all cancelled: by the client 2 hours
    // ahead (late), by the client two days ahead (in time), by the mentor.
    QStringList ids;
    const QDate first = QDate::currentDate().addDays(-9);
    for (int i = 0; i < 3; ++i) {
        const QDateTime start(first.addDays(i), QTime(10, 0));
        const CliRun added =
            run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
                 engagement.text(), QStringLiteral("--start"), start.toString(Qt::ISODate).left(16),
                 QStringLiteral("--duration"), QStringLiteral("60")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        ids << added.text();
    }
    const auto cancel = [&](const QString& id, const char* status, const QDateTime& at) {
        return run({QStringLiteral("session"), QStringLiteral("status"), id,
                    QString::fromLatin1(status), QStringLiteral("--cancelled-at"),
                    at.toString(Qt::ISODate).left(16)});
    };
    QCOMPARE(cancel(ids[0], "cancelled-client", QDateTime(first, QTime(8, 0))).exitCode, 0);
    QCOMPARE(
        cancel(ids[1], "cancelled-client", QDateTime(first.addDays(-1), QTime(10, 0))).exitCode, 0);
    QCOMPARE(cancel(ids[2], "cancelled-mentor", QDateTime(first.addDays(2), QTime(9, 0))).exitCode,
             0);
    const CliRun sessions =
        run({QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--engagement"),
             engagement.text(), QStringLiteral("--json")});
    const QJsonArray listed = QJsonDocument::fromJson(sessions.out).array();
    QCOMPARE(listed.size(), 3);
    // In the session's own zone, like its start: two hours before it.
    const QJsonObject late = listed.first().toObject();
    QCOMPARE(
        QDateTime::fromString(late.value(QStringLiteral("cancelledUtc")).toString(), Qt::ISODate)
            .secsTo(QDateTime::fromString(late.value(QStringLiteral("startUtc")).toString(),
                                          Qt::ISODate)),
        qint64(2 * 3600));
    // --cancelled-at goes with a cancellation only.
    QCOMPARE(
        run({QStringLiteral("session"), QStringLiteral("status"), ids[0], QStringLiteral("held"),
             QStringLiteral("--cancelled-at"), QStringLiteral("2026-01-01T10:00")})
            .exitCode,
        2);

    const CliRun create =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             client.text(), QStringLiteral("--sessions")});
    QVERIFY2(create.exitCode == 0, qPrintable(create.describe()));
    const QJsonArray lines = showJson(create.text()).value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = lines.first().toObject();
    QCOMPARE(line.value(QStringLiteral("session_id")).toInt(), ids[0].toInt());
    QCOMPARE(line.value(QStringLiteral("unit_price")).toString(), QStringLiteral("95.50"));

    // Text for people has the locale's amounts; the JSON above stays as it was.
    const CliRun text = run({QStringLiteral("invoice"), QStringLiteral("show"), create.text()});
    const QString out = QString::fromUtf8(text.out).replace(QChar(0xa0), u' ');
    QVERIFY2(out.contains(QStringLiteral("95,50 €")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("95.50")), qPrintable(out));
    const CliRun list = run({QStringLiteral("invoice"), QStringLiteral("list")});
    QVERIFY2(
        QString::fromUtf8(list.out).replace(QChar(0xa0), u' ').contains(QStringLiteral("113,65 €")),
        qPrintable(list.describe()));

    // A fee set later on the engagement.
    QCOMPARE(run({QStringLiteral("engagement"), QStringLiteral("fee"), engagement.text(),
                  QStringLiteral("110")})
                 .exitCode,
             0);
    const CliRun again = run({QStringLiteral("engagement"), QStringLiteral("show"),
                              engagement.text(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out)
                 .object()
                 .value(QStringLiteral("sessionFeeMinor"))
                 .toInteger(),
             11000);
    QVERIFY(run({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("billing.policy.late_cancellation_chargeable"),
                 QStringLiteral("false")})
                .exitCode == 0);
}

void TestBillingCli::retainerInvoice() {
    const CliRun offering =
        run({QStringLiteral("billing"), QStringLiteral("offering-add"), QStringLiteral("--kind"),
             QStringLiteral("retainer"), QStringLiteral("--name"),
             QStringLiteral("Monthly mentoring"), QStringLiteral("--price"), QStringLiteral("300"),
             QStringLiteral("--tax-rate"), QStringLiteral("19")});
    QVERIFY2(offering.exitCode == 0, qPrintable(offering.describe()));
    const QString retainer = offering.text();
    const CliRun listed = run({QStringLiteral("billing"), QStringLiteral("offerings")});
    QVERIFY(listed.out.contains("Monthly mentoring"));
    const auto create = [&](const QString& month) {
        return run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
                    m_clientId, QStringLiteral("--retainer"), retainer, QStringLiteral("--month"),
                    month});
    };
    const CliRun march = create(QStringLiteral("2026-03"));
    QVERIFY2(march.exitCode == 0, qPrintable(march.describe()));
    const QJsonObject json = showJson(march.text());
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first()
                .toObject()
                .value(QStringLiteral("description"))
                .toString()
                .startsWith(QStringLiteral("Monthly mentoring")));
    QCOMPARE(json.value(QStringLiteral("total")).toString(), QStringLiteral("357.00"));

    // A month is billed once; another month is fine.
    const CliRun twice = create(QStringLiteral("2026-03"));
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains("already been billed"), qPrintable(twice.describe()));
    QCOMPARE(create(QStringLiteral("2026-04")).exitCode, 0);

    QCOMPARE(create(QStringLiteral("2026-13")).exitCode, 2);
    QCOMPARE(create(QStringLiteral("March")).exitCode, 2);
    QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
                  m_clientId, QStringLiteral("--retainer"), retainer})
                 .exitCode,
             2);
    // Not a retainer: refused by the billing rules.
    const CliRun single =
        run({QStringLiteral("billing"), QStringLiteral("offering-add"), QStringLiteral("--kind"),
             QStringLiteral("single"), QStringLiteral("--name"), QStringLiteral("Session"),
             QStringLiteral("--price"), QStringLiteral("120")});
    QVERIFY2(single.exitCode == 0, qPrintable(single.describe()));
    const CliRun notRetainer =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
             m_clientId, QStringLiteral("--retainer"), single.text(), QStringLiteral("--month"),
             QStringLiteral("2026-05")});
    QCOMPARE(notRetainer.exitCode, 1);
}

void TestBillingCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("create without client")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("create"),
                       QStringLiteral("--line"), QStringLiteral("x;1;1;0")}
        << 2;
    QTest::newRow("create without lines")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("create"),
                       QStringLiteral("--client"), QStringLiteral("1")}
        << 2;
    QTest::newRow("bad line") << QStringList{QStringLiteral("invoice"),
                                             QStringLiteral("create"),
                                             QStringLiteral("--client"),
                                             QStringLiteral("1"),
                                             QStringLiteral("--line"),
                                             QStringLiteral("x;1;1,234.00;19")}
                              << 2;
    QTest::newRow("bad amount")
        << QStringList{QStringLiteral("payment"),   QStringLiteral("add"),
                       QStringLiteral("--invoice"), QStringLiteral("1"),
                       QStringLiteral("--amount"),  QStringLiteral("1e3"),
                       QStringLiteral("--date"),    QStringLiteral("2026-01-01")}
        << 2;
    QTest::newRow("bad date")
        << QStringList{QStringLiteral("payment"),   QStringLiteral("add"),
                       QStringLiteral("--invoice"), QStringLiteral("1"),
                       QStringLiteral("--amount"),  QStringLiteral("1"),
                       QStringLiteral("--date"),    QStringLiteral("01.01.2026")}
        << 2;
    QTest::newRow("unknown key") << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                                QStringLiteral("billing.colour"),
                                                QStringLiteral("red")}
                                 << 2;
    QTest::newRow("missing invoice")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("999")}
        << 1;
}

void TestBillingCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY(!result.err.isEmpty());
}

void TestBillingCli::helpDocumentsEveryKey() {
    const CliRun help =
        run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* key :
         {"profile.name", "profile.address", "profile.logo", "billing.currency", "billing.tax.mode",
          "billing.tax.standard_rate", "billing.invoice.number_pattern",
          "billing.invoice.payment_terms_days", "billing.bank.iban", "billing.bank.bic",
          "billing.policy.no_show_chargeable"})
        QVERIFY2(help.out.contains(key), key);
    const CliRun all = run({QStringLiteral("--help")});
    QVERIFY(all.out.contains("client billing"));
    const CliRun billingHelp =
        run({QStringLiteral("client"), QStringLiteral("billing"), QStringLiteral("--help")});
    QCOMPARE(billingHelp.exitCode, 0);
    for (const char* option : {"--name", "--address", "--tax-id", "--json", "\\n"})
        QVERIFY2(billingHelp.out.contains(option), option);
    const CliRun createHelp =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--help")});
    QVERIFY(createHelp.out.contains("--retainer") && createHelp.out.contains("--month"));
}

QTEST_GUILESS_MAIN(TestBillingCli)
#include "tst_billing_cli.moc"
