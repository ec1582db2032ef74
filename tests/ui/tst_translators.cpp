// The interface language: i18n::installTranslators installs MentorDesk's
// catalogue for the chosen language and Qt's own (qtbase) for the same one,
// so that dialog buttons speak it too; where MentorDesk has no catalogue the
// interface is English, and Qt's strings stay English beside it.
// The catalogues are embedded in this test as in the programs (":/i18n").

#include "i18n/Translators.h"
#include "settings/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

using namespace md;

namespace {

void removeTranslators() {
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
}

QString qtCancel() {
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

QString ourClients() {
    return QCoreApplication::translate("md::MainWindow", "Clients");
}

} // namespace

class TestTranslators final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // Qt's catalogues come with Debian's qt6-translations-l10n
        // (scripts/deps.sh): without them no case here could fail.
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(QFile::exists(dir + QStringLiteral("/qtbase_de.qm")),
                 qPrintable(QStringLiteral("no qtbase_de.qm in %1: install "
                                           "qt6-translations-l10n")
                                .arg(dir)));
        for (const InterfaceLanguage& language : interfaceLanguages()) {
            if (language.code != QLatin1String("en"))
                QVERIFY2(
                    QFile::exists(QStringLiteral(":/i18n/mentordesk_%1.qm").arg(language.code)),
                    qPrintable(language.code));
        }
    }
    void cleanup() { removeTranslators(); }

    void german() {
        i18n::installTranslators(*QCoreApplication::instance(),
                                 interfaceLocale(QStringLiteral("de")));
        QCOMPARE(ourClients(), QStringLiteral("Klienten"));
        QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
    }

    // Each interface language installs its catalogue and Qt's of the same
    // language.
    void everyLanguage_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Cancelar");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Annulla");
    }
    void everyLanguage() {
        QFETCH(QString, code);
        QFETCH(QString, cancel);
        i18n::installTranslators(*QCoreApplication::instance(), interfaceLocale(code));
        const QList<QTranslator*> installed =
            QCoreApplication::instance()->findChildren<QTranslator*>();
        QStringList files;
        for (const QTranslator* translator : installed)
            files << translator->filePath();
        QVERIFY2(files.contains(QStringLiteral(":/i18n/mentordesk_%1.qm").arg(code)),
                 qPrintable(files.join(QLatin1Char(' '))));
        QCOMPARE(qtCancel(), cancel);
    }

    // English chosen on any desktop, or a language without a catalogue of
    // ours: Qt's buttons are English too, never half in another language.
    void englishEverywhere_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English chosen") << interfaceLocale(QStringLiteral("en"));
        QTest::newRow("Japanese desktop") << QLocale(QLocale::Japanese, QLocale::Japan);
        QTest::newRow("C") << QLocale::c();
    }
    void englishEverywhere() {
        QFETCH(QLocale, locale);
        i18n::installTranslators(*QCoreApplication::instance(), locale);
        QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
        QCOMPARE(ourClients(), QStringLiteral("Clients"));
        // English plural forms still come from the English catalogue.
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator*>().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranslators)
#include "tst_translators.moc"
