// Edit > Preferences: this computer's preferences go to its settings file,
// the practice's rules go into the workspace and travel with it.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "security/UnlockDialog.h"
#include "settings/InterfaceLanguage.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {

struct App {
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    AppController controller{keyStore, settings};
};

void startAndUnlock(App& app, const QString& dir) {
    app.controller.start(dir);
    QTRY_VERIFY(app.controller.unlockDialog());
    typeInto(child<QLineEdit>(app.controller.unlockDialog(), "passphraseLineEdit"),
             QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
    click(child<QAbstractButton>(app.controller.unlockDialog(), "unlockButton"));
    QTRY_VERIFY(app.controller.workspace());
}

PreferencesDialog* openPreferences(App& app) {
    app.controller.mainWindow()
        ->findChild<QAction*>(QStringLiteral("preferencesAction"))
        ->trigger();
    return app.controller.mainWindow()->findChild<PreferencesDialog*>();
}

} // namespace

class TestPreferences final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void practiceRulesTravelWithTheWorkspace() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QString dir = tw.directory();
        tw.close();
        {
            App app;
            startAndUnlock(app, dir);
            PreferencesDialog* dialog = openPreferences(app);
            QVERIFY(dialog);
            QVERIFY(child<QGroupBox>(dialog, "practiceGroupBox")->isVisibleTo(dialog));
            auto* stale = child<QSpinBox>(dialog, "staleDaysSpinBox");
            auto* reminder = child<QSpinBox>(dialog, "reminderSpinBox");
            QCOMPARE(stale->value(), PracticeRules{}.staleEngagementDays);
            QCOMPARE(reminder->value(), PracticeRules{}.reminderMinutes);
            // Out of range is not possible to type in: the boxes clamp.
            stale->setValue(100000);
            QCOMPARE(stale->value(), PracticeRules::kMaxStaleDays);
            stale->setValue(30);
            reminder->setValue(45);
            click(child<QDialogButtonBox>(dialog, "preferencesButtonBox")
                      ->button(QDialogButtonBox::Ok));
            const Result<PracticeRules> stored =
                app.controller.workspace()->settings().practiceRules();
            QVERIFY2(stored.ok(), qPrintable(stored.message()));
            QCOMPARE(stored->staleEngagementDays, 30);
            QCOMPARE(stored->reminderMinutes, 45);
            // Nothing about the practice in this computer's settings file.
            QFile ini(app.settingsDir.filePath(QStringLiteral("settings.ini")));
            if (ini.open(QIODevice::ReadOnly))
                QVERIFY(!ini.readAll().contains("45"));
        }
        // Another computer (another settings file) opens the same workspace.
        App other;
        startAndUnlock(other, dir);
        PreferencesDialog* dialog = openPreferences(other);
        QVERIFY(dialog);
        QCOMPARE(child<QSpinBox>(dialog, "staleDaysSpinBox")->value(), 30);
        QCOMPARE(child<QSpinBox>(dialog, "reminderSpinBox")->value(), 45);
        dialog->reject();
    }

    void lockedShowsOnlyThisComputer() {
        App app;
        QTemporaryDir empty;
        app.controller.mainWindow()->show();
        auto* dialog =
            new PreferencesDialog(app.settings, nullptr, {}, app.controller.mainWindow());
        QVERIFY(!child<QGroupBox>(dialog, "practiceGroupBox")->isVisibleTo(dialog));
        child<QSpinBox>(dialog, "idleLockSpinBox")->setValue(7);
        auto* language = child<QComboBox>(dialog, "languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        click(
            child<QDialogButtonBox>(dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QCOMPARE(app.settings.idleLockMinutes(), 7);
        QCOMPARE(app.settings.value(Settings::Key::Language).toString(), QStringLiteral("de"));
        delete dialog;
    }

    void everyLanguageUnderItsOwnName() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(settings, nullptr);
        auto* language = child<QComboBox>(&dialog, "languageComboBox");
        QVERIFY(language);
        const QStringList codes{QString(),
                                QStringLiteral("en"),
                                QStringLiteral("de"),
                                QStringLiteral("pt_BR"),
                                QStringLiteral("es"),
                                QStringLiteral("fr"),
                                QStringLiteral("it")};
        const QStringList names{
            QStringLiteral("System default"), QStringLiteral("English"),
            QStringLiteral("Deutsch"),        QStringLiteral("Português (Brasil)"),
            QStringLiteral("Español"),        QStringLiteral("Français"),
            QStringLiteral("Italiano")};
        QCOMPARE(language->count(), int(codes.size()));
        for (int i = 0; i < language->count(); ++i) {
            QCOMPARE(language->itemData(i).toString(), codes.at(i));
            QCOMPARE(language->itemText(i), names.at(i));
        }
        QCOMPARE(language->currentIndex(), 0); // the system's by default
        // The note that the choice waits for the next start is there.
        QVERIFY(child<QLabel>(&dialog, "languageHintLabel")
                    ->text()
                    .contains(QStringLiteral("next time")));

        language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
        click(
            child<QDialogButtonBox>(&dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(interfaceLocale(settings.interfaceLanguage()).name(), QStringLiteral("pt_BR"));
    }

    void anUnknownStoredLanguageIsTheSystems() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(Settings::Key::Language, QStringLiteral("tlh"));
        QCOMPARE(settings.interfaceLanguage(), QString());
        QCOMPARE(interfaceLocale(QStringLiteral("tlh")), QLocale());
        QVERIFY(!settings.setInterfaceLanguage(QStringLiteral("xx")));
        QVERIFY(settings.setInterfaceLanguage(QStringLiteral("fr")));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("fr"));
        PreferencesDialog dialog(settings, nullptr);
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(),
                 QStringLiteral("fr"));
    }

    void theColoursFollowTheSystemOrAChoice() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.theme(), ThemeChoice::System);
        const QString systemStyle = QApplication::style()->name();
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        auto choose = [&settings](ThemeChoice theme) {
            PreferencesDialog dialog(settings, nullptr);
            auto* combo = child<QComboBox>(&dialog, "themeComboBox");
            QVERIFY(combo);
            QCOMPARE(combo->count(), 3);
            combo->setCurrentIndex(combo->findData(int(theme)));
            click(child<QDialogButtonBox>(&dialog, "preferencesButtonBox")
                      ->button(QDialogButtonBox::Ok));
        };
        {
            PreferencesDialog dialog(settings, nullptr);
            auto* combo = child<QComboBox>(&dialog, "themeComboBox");
            QCOMPARE(combo->currentText(), QStringLiteral("Follow the system"));
        }

        choose(ThemeChoice::Dark);
        QCOMPARE(settings.theme(), ThemeChoice::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 80);
        QVERIFY(dark.color(QPalette::WindowText).lightness() > 180);
        QVERIFY(dark.color(QPalette::Base).lightness() < 80);
        QVERIFY(dark.color(QPalette::Text).lightness() > 180);
        // A new widget takes the colours too.
        QLineEdit edit;
        QCOMPARE(edit.palette().color(QPalette::Base), dark.color(QPalette::Base));

        choose(ThemeChoice::Light);
        QCOMPARE(settings.theme(), ThemeChoice::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 80);

        choose(ThemeChoice::System);
        QCOMPARE(settings.theme(), ThemeChoice::System);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(settings.value(Settings::Key::Theme).toString(), QStringLiteral("system"));
    }

    void namesInListsAreAPracticeRule() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(settings, &tw->settings());
        auto* names = child<QComboBox>(&dialog, "clientNamesComboBox");
        QVERIFY(names && names->isVisibleTo(&dialog));
        QCOMPARE(names->count(), 2);
        QCOMPARE(names->currentData().toInt(), int(ClientNameStyle::Preferred));
        names->setCurrentIndex(names->findData(int(ClientNameStyle::Full)));
        click(
            child<QDialogButtonBox>(&dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QCOMPARE(tw->settings().practiceRules()->clientNames, ClientNameStyle::Full);
        QVERIFY(tw.reopen());
        PreferencesDialog again(settings, &tw->settings());
        QCOMPARE(child<QComboBox>(&again, "clientNamesComboBox")->currentData().toInt(),
                 int(ClientNameStyle::Full));
    }

    void aBackupFolderThatCannotBeWrittenIsRefused() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(settings, nullptr);
        dialog.show();
        const QString missing = dir.filePath(QStringLiteral("no/such/drive"));
        child<QLineEdit>(&dialog, "backupFolderLineEdit")->setText(missing);
        click(
            child<QDialogButtonBox>(&dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        QCOMPARE(settings.value(Settings::Key::BackupFolder).toString(), QString());

        // Keeping no backup at all is refused too.
        child<QLineEdit>(&dialog, "backupFolderLineEdit")->clear();
        for (const char* name : {"keepDailySpinBox", "keepWeeklySpinBox", "keepMonthlySpinBox"})
            child<QSpinBox>(&dialog, name)->setValue(0);
        child<QSpinBox>(&dialog, "idleLockSpinBox")->setValue(3);
        click(
            child<QDialogButtonBox>(&dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("at least")));
        QCOMPARE(settings.idleLockMinutes(), 10); // one OK, one outcome: nothing saved
        child<QSpinBox>(&dialog, "keepWeeklySpinBox")->setValue(2);
        click(
            child<QDialogButtonBox>(&dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settings.value(Settings::Key::BackupKeepWeekly).toInt(), 2);
        QCOMPARE(settings.idleLockMinutes(), 3);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
