// End-to-end tests of `mentordesk-cli session|ics|summary …`: the real
// program on a workspace in a temporary folder, passphrase on standard input.

#include "CliProcess.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

} // namespace

using md::test::CliRun;

class TestSessionCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addSingleAndConflict();
    void addSeriesAcrossDaylightSaving();
    void addInEtcUtc();
    void notesStatusAndSummary();
    void icsExportAndImport();
    void icsExportOneSession();
    void malformedImportNamesTheLine();
    void usageErrors_data();
    void usageErrors();
    void pluralsFollowTheLanguage();
    void autoExportFollowsTheCli();
    // Last: they add sessions the earlier tests' counts do not expect.
    void addTakesTheEngagementsFormat();
    void heldOnlyOnceBegun();

private:
    CliRun run(const QStringList& arguments);
    QJsonArray listJson(const QStringList& extra = {});

    QString m_cli;
    QTemporaryDir m_root;
    QString m_dir;
    QString m_engagementId;
    QProcessEnvironment m_environment;
    QDate m_day; // a Monday a few weeks ahead, so every session lies in the future
};

CliRun TestSessionCli::run(const QStringList& arguments) {
    return md::test::runCli(m_cli, QStringList{QStringLiteral("--workspace"), m_dir} + arguments,
                            QByteArray(kPassphrase) + '\n', m_environment);
}

QJsonArray TestSessionCli::listJson(const QStringList& extra) {
    const CliRun list = run(
        QStringList{QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--json")} +
        extra);
    if (list.exitCode != 0)
        qWarning("session list failed: %s", qPrintable(list.describe()));
    return QJsonDocument::fromJson(list.out).array();
}

void TestSessionCli::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "MENTORDESK_CLI must name the mentordesk-cli binary");
    QVERIFY(m_root.isValid());
    m_environment = md::test::isolatedCliEnvironment(m_root.path());
    m_environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    m_dir = m_root.filePath(QStringLiteral("ws"));
    m_day = QDate::currentDate().addDays(21);
    while (m_day.dayOfWeek() != Qt::Monday)
        m_day = m_day.addDays(1);

    QVERIFY(run({QStringLiteral("init")}).exitCode == 0);
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Anna Berg"),
                               QStringLiteral("--timezone"), QStringLiteral("America/New_York")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             QString::fromUtf8(client.out.trimmed()), QStringLiteral("--title"),
             QStringLiteral("Product move"), QStringLiteral("--sessions"), QStringLiteral("8")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    m_engagementId = QString::fromUtf8(engagement.out.trimmed());
}

void TestSessionCli::addSingleAndConflict() {
    const QString start = m_day.toString(Qt::ISODate) + QStringLiteral("T10:00");
    const QStringList add{QStringLiteral("session"),      QStringLiteral("add"),
                          QStringLiteral("--engagement"), m_engagementId,
                          QStringLiteral("--start"),      start,
                          QStringLiteral("--tz"),         QStringLiteral("Europe/Berlin"),
                          QStringLiteral("--duration"),   QStringLiteral("60"),
                          QStringLiteral("--format"),     QStringLiteral("in-person"),
                          QStringLiteral("--location"),   QStringLiteral("Café Einstein")};
    const CliRun first = run(add);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY(first.out.trimmed().toLongLong() > 0);
    QVERIFY2(!first.err.contains("warning"), qPrintable(first.describe()));

    // The same time again: planned anyway, with a warning naming the other one.
    const CliRun second = run(add);
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QVERIFY2(second.err.contains("warning: Overlaps with the session with Anna Berg"),
             qPrintable(second.describe()));

    const QJsonArray sessions = listJson({QStringLiteral("--from"), m_day.toString(Qt::ISODate),
                                          QStringLiteral("--to"), m_day.toString(Qt::ISODate)});
    QCOMPARE(sessions.size(), 2);
    const QJsonObject session = sessions.first().toObject();
    QCOMPARE(session.value(QStringLiteral("format")).toString(), QStringLiteral("in_person"));
    QCOMPARE(session.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(session.value(QStringLiteral("clientName")).toString(), QStringLiteral("Anna Berg"));
    QVERIFY(session.value(QStringLiteral("start")).toString().startsWith(start));
}

// Without --format a session is held as its engagement usually is.
void TestSessionCli::addTakesTheEngagementsFormat() {
    const CliRun client = run({QStringLiteral("client"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Bo Lind")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    const CliRun engagement =
        run({QStringLiteral("engagement"), QStringLiteral("add"), QStringLiteral("--client"),
             QString::fromUtf8(client.out.trimmed()), QStringLiteral("--title"),
             QStringLiteral("Calls only"), QStringLiteral("--format"), QStringLiteral("phone")});
    QVERIFY2(engagement.exitCode == 0, qPrintable(engagement.describe()));
    const QDate day = m_day.addDays(60);
    const CliRun added =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             QString::fromUtf8(engagement.out.trimmed()), QStringLiteral("--start"),
             day.toString(Qt::ISODate) + QStringLiteral("T08:00"), QStringLiteral("--duration"),
             QStringLiteral("30")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const QJsonArray sessions = listJson({QStringLiteral("--from"), day.toString(Qt::ISODate),
                                          QStringLiteral("--to"), day.toString(Qt::ISODate)});
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("format")).toString(),
             QStringLiteral("phone"));
}

// A session in the future cannot be marked held (or a no-show), so it is never
// billed before it took place; once it has begun it can.
void TestSessionCli::heldOnlyOnceBegun() {
    const QString future =
        QString::number(listJson().first().toObject().value(QStringLiteral("id")).toInteger());
    for (const QString& status : {QStringLiteral("held"), QStringLiteral("no-show")}) {
        const CliRun refused =
            run({QStringLiteral("session"), QStringLiteral("status"), future, status});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("has not begun yet"), qPrintable(refused.describe()));
    }
    const QDate yesterday = QDate::currentDate().addDays(-1);
    const CliRun past =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"),
             yesterday.toString(Qt::ISODate) + QStringLiteral("T09:00"), QStringLiteral("--tz"),
             QStringLiteral("Europe/Berlin"), QStringLiteral("--duration"), QStringLiteral("60")});
    QVERIFY2(past.exitCode == 0, qPrintable(past.describe()));
    const CliRun held = run({QStringLiteral("session"), QStringLiteral("status"),
                             QString::fromUtf8(past.out.trimmed()), QStringLiteral("held")});
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    QVERIFY2(held.err.contains("1 of 8 held"), qPrintable(held.describe()));
}

void TestSessionCli::addSeriesAcrossDaylightSaving() {
    // Fortnightly at 18:00 New York time for 8 sessions (a few months).
    const QDate first = m_day.addDays(1);
    const CliRun series =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"),
             first.toString(Qt::ISODate) + QStringLiteral("T18:00"), QStringLiteral("--tz"),
             QStringLiteral("America/New_York"), QStringLiteral("--duration"), QStringLiteral("45"),
             QStringLiteral("--repeat"), QStringLiteral("biweekly"), QStringLiteral("--count"),
             QStringLiteral("8")});
    QVERIFY2(series.exitCode == 0, qPrintable(series.describe()));
    QCOMPARE(series.out.trimmed().split('\n').size(), 8);
    QVERIFY(series.err.contains("Every two weeks"));
    // English plurals, not the source's "session(s)", though LC_ALL=C has no
    // catalogue of its own.
    QVERIFY2(series.err.contains("8 times (8 sessions).") && !series.err.contains("(s)"),
             series.err.constData());

    const QJsonArray sessions = listJson({QStringLiteral("--from"), first.toString(Qt::ISODate)});
    int members = 0;
    for (const QJsonValue& value : sessions) {
        const QJsonObject s = value.toObject();
        if (!s.contains(QStringLiteral("seriesId")))
            continue;
        ++members;
        // Wall-clock time stays 18:00 in New York whatever the season.
        QVERIFY2(s.value(QStringLiteral("start")).toString().mid(11, 5) == QLatin1String("18:00"),
                 qPrintable(s.value(QStringLiteral("start")).toString()));
    }
    QCOMPARE(members, 8);
}

void TestSessionCli::addInEtcUtc() {
    // Etc/UTC is valid for QTimeZone but missing from availableTimeZoneIds().
    const QDate day = m_day.addDays(3);
    const CliRun added =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"),
             day.toString(Qt::ISODate) + QStringLiteral("T08:00"), QStringLiteral("--tz"),
             QStringLiteral("Etc/UTC"), QStringLiteral("--duration"), QStringLiteral("30")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const QJsonArray sessions = listJson({QStringLiteral("--from"), day.toString(Qt::ISODate),
                                          QStringLiteral("--to"), day.toString(Qt::ISODate)});
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.first().toObject();
    QVERIFY2(session.value(QStringLiteral("timeZone")).toString().contains(QLatin1String("UTC")),
             qPrintable(session.value(QStringLiteral("timeZone")).toString()));
    QVERIFY(session.value(QStringLiteral("start"))
                .toString()
                .startsWith(day.toString(Qt::ISODate) + QStringLiteral("T08:00")));
}

void TestSessionCli::notesStatusAndSummary() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString id =
        QString::number(listJson().first().toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(run({QStringLiteral("session"), QStringLiteral("note"), id,
                  QStringLiteral("--private"), QStringLiteral("PRIVATE-CLI-NOTE")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("session"), QStringLiteral("note"), id,
                  QStringLiteral("--shareable"), QStringLiteral("Shareable CLI note")})
                 .exitCode,
             0);

    const QString pdf = m_root.filePath(QStringLiteral("summary.pdf"));
    const CliRun exported = run({QStringLiteral("summary"), QStringLiteral("export"), id, pdf});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QByteArray text = pdftotext.readAllStandardOutput();
    QVERIFY2(text.contains("Shareable CLI note"), text.constData());
    QVERIFY(!text.contains("PRIVATE-CLI-NOTE"));

    const QString md = m_root.filePath(QStringLiteral("summary.md"));
    QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("export"), id, md}).exitCode, 0);
    QFile markdown(md);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QByteArray mdText = markdown.readAll();
    QVERIFY(mdText.startsWith("# Session summary"));
    QVERIFY(mdText.contains("Shareable CLI note"));
    QVERIFY(!mdText.contains("PRIVATE-CLI-NOTE"));
}

void TestSessionCli::icsExportAndImport() {
    const QString path = m_root.filePath(QStringLiteral("export.ics"));
    const CliRun exported = run({QStringLiteral("ics"), QStringLiteral("export"), path});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QVERIFY(ics.contains("RRULE:FREQ=WEEKLY"));
    QVERIFY(ics.contains("TZID=America/New_York"));
    QVERIFY(!ics.contains("PRIVATE-CLI-NOTE"));
    file.close();

    // Our own export read back as busy times: the sessions block themselves.
    const CliRun imported = run({QStringLiteral("ics"), QStringLiteral("import"), path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.out.contains("Imported 11 busy times from"), // 2 + 8 + Etc/UTC
             qPrintable(imported.describe()));
}

void TestSessionCli::icsExportOneSession() {
    // A member of the fortnightly series: it goes out alone, without the rule.
    QJsonObject member;
    for (const QJsonValue& value : listJson()) {
        if (value.toObject().contains(QStringLiteral("seriesId"))) {
            member = value.toObject();
            break;
        }
    }
    QVERIFY(!member.isEmpty());
    const QString id = QString::number(member.value(QStringLiteral("id")).toInteger());
    const QString uid = member.value(QStringLiteral("uid")).toString();
    QVERIFY(!uid.isEmpty());

    const QString path = m_root.filePath(QStringLiteral("one.ics"));
    const CliRun exported = run(
        {QStringLiteral("ics"), QStringLiteral("export"), QStringLiteral("--session"), id, path});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll().replace("\r\n ", ""); // unfold long lines
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    QVERIFY2(ics.contains("\r\nUID:" + uid.toUtf8() + "\r\n"), ics.constData());
    QVERIFY(!ics.mid(ics.indexOf("BEGIN:VEVENT")).contains("RRULE")); // zones have their own
    QVERIFY(!ics.contains("PRIVATE-CLI-NOTE"));

    const CliRun missing = run({QStringLiteral("ics"), QStringLiteral("export"),
                                QStringLiteral("--session"), QStringLiteral("999999"), path});
    QCOMPARE(missing.exitCode, 1);
    const CliRun both =
        run({QStringLiteral("ics"), QStringLiteral("export"), QStringLiteral("--session"), id,
             QStringLiteral("--client"), QStringLiteral("1"), path});
    QCOMPARE(both.exitCode, 2);
}

void TestSessionCli::malformedImportNamesTheLine() {
    const QString path = m_root.filePath(QStringLiteral("broken.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
               "DTSTART:20261301T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    const CliRun imported = run({QStringLiteral("ics"), QStringLiteral("import"), path});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("Line 5:"), qPrintable(imported.describe()));
}

void TestSessionCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no start") << QStringList{QStringLiteral("session"),      QStringLiteral("add"),
                                             QStringLiteral("--engagement"), QStringLiteral("1"),
                                             QStringLiteral("--duration"),   QStringLiteral("60")};
    QTest::newRow("bad start") << QStringList{
        QStringLiteral("session"),    QStringLiteral("add"),     QStringLiteral("--engagement"),
        QStringLiteral("1"),          QStringLiteral("--start"), QStringLiteral("tomorrow"),
        QStringLiteral("--duration"), QStringLiteral("60")};
    QTest::newRow("repeat without end") << QStringList{
        QStringLiteral("session"),    QStringLiteral("add"),     QStringLiteral("--engagement"),
        QStringLiteral("1"),          QStringLiteral("--start"), QStringLiteral("2026-03-03T10:00"),
        QStringLiteral("--duration"), QStringLiteral("60"),      QStringLiteral("--repeat"),
        QStringLiteral("weekly")};
    QTest::newRow("unknown zone") << QStringList{
        QStringLiteral("session"),      QStringLiteral("add"),
        QStringLiteral("--engagement"), QStringLiteral("1"),
        QStringLiteral("--start"),      QStringLiteral("2026-03-03T10:00"),
        QStringLiteral("--duration"),   QStringLiteral("60"),
        QStringLiteral("--tz"),         QStringLiteral("Mars/Olympus")};
    QTest::newRow("note needs one kind")
        << QStringList{QStringLiteral("session"), QStringLiteral("note"), QStringLiteral("1")};
    QTest::newRow("bad status") << QStringList{QStringLiteral("session"), QStringLiteral("status"),
                                               QStringLiteral("1"), QStringLiteral("done")};
}

void TestSessionCli::usageErrors() {
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
}

// A German environment gets the German plural form, never the source's
// "session(s)".
void TestSessionCli::pluralsFollowTheLanguage() {
    QProcessEnvironment german = m_environment;
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const CliRun single = md::test::runCli(
        m_cli,
        {QStringLiteral("--workspace"), m_dir, QStringLiteral("session"), QStringLiteral("add"),
         QStringLiteral("--engagement"), m_engagementId, QStringLiteral("--start"),
         m_day.addDays(200).toString(Qt::ISODate) + QStringLiteral("T08:00"),
         QStringLiteral("--duration"), QStringLiteral("30"), QStringLiteral("--repeat"),
         QStringLiteral("biweekly"), QStringLiteral("--count"), QStringLiteral("2")},
        QByteArray(kPassphrase) + '\n', german);
    QVERIFY2(single.exitCode == 0, qPrintable(single.describe()));
    QVERIFY2(single.err.contains("(2 Sitzungen).") && !single.err.contains("(s)"),
             single.err.constData());
}

// The .ics the mentor chose in the app is rewritten by the CLI's changes
// too: the program's unit of work is announced and the file follows it.
void TestSessionCli::autoExportFollowsTheCli() {
    const QString path = m_root.filePath(QStringLiteral("subscribed.ics"));
    {
        const QByteArray passphrase(kPassphrase);
        auto workspace = md::Workspace::unlockWithPassphrase(
            m_dir, md::SecureBytes(reinterpret_cast<const unsigned char*>(passphrase.constData()),
                                   std::size_t(passphrase.size())));
        QVERIFY2(workspace.ok(), qPrintable(workspace.message()));
        QVERIFY((*workspace)->scheduling().setAutoExportPath(path).ok());
    }
    QVERIFY(QFile::remove(path));
    const CliRun added =
        run({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--engagement"),
             m_engagementId, QStringLiteral("--start"),
             m_day.addDays(300).toString(Qt::ISODate) + QStringLiteral("T09:00"),
             QStringLiteral("--duration"), QStringLiteral("45")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const qint64 id = added.out.trimmed().toLongLong();
    QString uid;
    for (const QJsonValue& value : listJson()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            uid = value.toObject().value(QStringLiteral("uid")).toString();
    }
    QVERIFY(!uid.isEmpty());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the CLI's change rewrote the file");
    QVERIFY(file.readAll().contains(uid.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSessionCli)
#include "tst_session_cli.moc"
