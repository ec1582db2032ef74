// Edit > Preferences: this computer's preferences go to its settings file,
// the practice's rules go into the workspace and travel with it.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "security/UnlockDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "settings/SettingsService.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
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
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
