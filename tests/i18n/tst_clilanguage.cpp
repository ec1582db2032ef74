// mentordesk-cli speaks the language of its environment (LANG, LC_MESSAGES,
// LC_ALL), as command-line tools do, whatever the GUI's preference says.

#include "CliProcess.h"
#include "I18nTestData.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;

class TestCliLanguage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void germanFromLang();
    void germanFromLcMessages();
    void englishWithoutALanguage();
    void portugueseOnceTranslated();
    void translatedDetailsFitTheHelpWidth_data();
    void translatedDetailsFitTheHelpWidth();

private:
    // `--help` with the environment's language variables replaced by `vars`.
    QString help(const QList<QPair<QString, QString>>& vars);
    QString m_cli;
    QTemporaryDir m_home;
};

void TestCliLanguage::initTestCase() {
    m_cli = qEnvironmentVariable("MENTORDESK_CLI");
    QVERIFY2(!m_cli.isEmpty(), "MENTORDESK_CLI is not set");
    QVERIFY(m_home.isValid());
}

QString TestCliLanguage::help(const QList<QPair<QString, QString>>& vars) {
    QProcessEnvironment env = isolatedCliEnvironment(m_home.path());
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const auto& [name, value] : vars)
        env.insert(name, value);
    const CliRun run = runCli(m_cli, {QStringLiteral("--help")}, {}, env);
    if (run.exitCode != 0)
        qWarning() << run.describe();
    return QString::fromUtf8(run.out);
}

void TestCliLanguage::germanFromLang() {
    const QString dir = catalogueTranslation(
        QStringLiteral("de"), QStringLiteral("md::cli::CliRunner"), QStringLiteral("DIR"));
    QVERIFY2(!dir.isEmpty(), "the German catalogue no longer translates \"DIR\"");
    const QString text = help({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QVERIFY2(text.contains(QStringLiteral("--workspace ") + dir), qPrintable(text));
}

void TestCliLanguage::germanFromLcMessages() {
    const QString dir = printedAs(QStringLiteral("de"), QStringLiteral("md::cli::CliRunner"),
                                  QStringLiteral("DIR"));
    const QString text = help({{QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8")},
                               {QStringLiteral("LC_MESSAGES"), QStringLiteral("de_DE.UTF-8")}});
    QVERIFY2(text.contains(QStringLiteral("--workspace ") + dir), qPrintable(text));
}

void TestCliLanguage::englishWithoutALanguage() {
    const QString text = help({{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    QVERIFY2(text.contains(QStringLiteral("--workspace DIR")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Show the version.")));
}

// Enabled by MENTORDESK_CATALOGUES_COMPLETE, or by itself as soon as the
// Brazilian Portuguese catalogue translates the message.
void TestCliLanguage::portugueseOnceTranslated() {
    const QString source = QStringLiteral("Show the version.");
    const QString portuguese =
        catalogueTranslation(QStringLiteral("pt_BR"), QStringLiteral("md::cli::CliRunner"), source);
    if (portuguese.isEmpty()) {
        if (cataloguesComplete())
            QFAIL("the pt_BR catalogue does not translate \"Show the version.\"");
        QSKIP("the pt_BR catalogue is not translated yet (MENTORDESK_CATALOGUES_COMPLETE off)");
    }
    const QString text = help({{QStringLiteral("LANG"), QStringLiteral("pt_BR.UTF-8")}});
    QVERIFY2(text.contains(portuguese), qPrintable(text));
    QVERIFY(!text.contains(source));
}

void TestCliLanguage::translatedDetailsFitTheHelpWidth_data() {
    QTest::addColumn<QString>("lang");
    for (const char* lang : {"de_DE", "es_ES", "fr_FR", "it_IT", "pt_BR"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

// A translated paragraph runs longer than its source: the help breaks what
// would pass its 100 columns, keeping every word.
void TestCliLanguage::translatedDetailsFitTheHelpWidth() {
    QFETCH(QString, lang);
    QProcessEnvironment env = isolatedCliEnvironment(m_home.path());
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang + QStringLiteral(".UTF-8"));
    const CliRun run = runCli(
        m_cli, {QStringLiteral("calendar"), QStringLiteral("connect"), QStringLiteral("--help")},
        {}, env);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 10);
    // The first line is the usage, as long as the command's synopsis.
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].size() <= 100,
                 qPrintable(QStringLiteral("%1 columns: %2").arg(lines[i].size()).arg(lines[i])));
    // The paragraph is still there, its example address unbroken.
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("https://cloud.example.com/")));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
