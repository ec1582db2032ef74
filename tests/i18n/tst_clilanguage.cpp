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

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
