// Backups through the real window: File > Back Up Now, the automatic backup
// on lock after a change (and none without one), the status bar note and its
// warning after a week, and File > Restore from Backup into a new folder or in
// place of the current workspace, which is moved aside.

#include "AppController.h"
#include "FakeClock.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "backup/BackupController.h"
#include "backup/BackupService.h"
#include "backup/RestoreDialog.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {

const QString kPassphrase = QString::fromLatin1(test::TemporaryWorkspace::kPassphrase);

struct App {
    QTemporaryDir root;
    QString dir;
    test::FakeClock clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    Settings settings{root.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    std::unique_ptr<AppController> controller;

    App() {
        dir = root.filePath(QStringLiteral("workspace"));
        {
            test::TemporaryWorkspace tw;
            Client client;
            client.fullName = QStringLiteral("Ada Lovelace");
            (void)tw->clients().add(client);
            tw.close();
            QDir().rename(tw.directory(), dir);
        }
        controller = std::make_unique<AppController>(keyStore, settings, nullptr, clock);
        unlock();
    }
    void unlock() {
        if (!controller->mainWindow()->isVisible())
            controller->start(dir);
        QTRY_VERIFY(controller->unlockDialog());
        typeInto(child<QLineEdit>(controller->unlockDialog(), "passphraseLineEdit"), kPassphrase);
        click(child<QAbstractButton>(controller->unlockDialog(), "unlockButton"));
        QTRY_VERIFY(controller->workspace());
    }
    MainWindow* window() const { return controller->mainWindow(); }
    QString folder() const { return BackupService::defaultFolder(dir); }
    QList<BackupInfo> backups() const { return BackupService::list(folder()).value(); }
    QLabel* status() const { return child<QLabel>(window(), "backupStatusLabel"); }
    void trigger(const char* action) {
        window()->findChild<QAction*>(QLatin1String(action))->trigger();
    }
    void addClient(const QString& name) {
        Client client;
        client.fullName = name;
        QVERIFY(controller->workspace()->clients().add(client).ok());
    }
};

RestoreDialog* openRestore(App& app) {
    app.trigger("restoreAction");
    return app.window()->findChild<RestoreDialog*>();
}

} // namespace

class TestBackupUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void backUpNowAndTheStatusBar() {
        App app;
        QCOMPARE(app.status()->text(), QStringLiteral("No backup yet"));
        app.trigger("backUpNowAction");
        QCOMPARE(app.backups().size(), 1);
        QVERIFY(!app.backups().first().automatic);
        QVERIFY2(app.status()->text().startsWith(QStringLiteral("Backed up today at")),
                 qPrintable(app.status()->text()));
        QVERIFY(
            app.status()->toolTip().contains(QDir::toNativeSeparators(app.backups().first().path)));

        // A week later without a new backup, the note becomes a warning.
        app.clock.advanceDays(8);
        app.controller->backups()->setWorkspace(app.controller->workspace());
        // (Tests run without the English plural catalogue: "day(s)".)
        QVERIFY(app.status()->text().startsWith(QStringLiteral("No backup for 8 day")));
    }

    void lockBacksUpOnlyAfterAChange() {
        App app;
        app.trigger("lockAction");
        QCOMPARE(app.backups().size(), 0); // nothing changed since unlocking
        app.unlock();
        app.addClient(QStringLiteral("Grace Hopper"));
        app.trigger("lockAction");
        QCOMPARE(app.backups().size(), 1);
        QVERIFY(app.backups().first().automatic);
        app.unlock();
        app.clock.advanceSeconds(60);
        app.trigger("lockAction");
        QCOMPARE(app.backups().size(), 1);
    }

    void aMissingFolderIsAClearWarning() {
        App app;
        QFile blocker(app.root.filePath(QStringLiteral("usb")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        app.settings.setValue(Settings::Key::BackupFolder,
                              app.root.filePath(QStringLiteral("usb/backups")));
        app.trigger("backUpNowAction");
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = app.window()->findChild<QMessageBox*>(
                         QStringLiteral("backupProblemMessageBox"))));
        QVERIFY2(box->text().contains(QStringLiteral("cannot be created")),
                 qPrintable(box->text()));
        QVERIFY(app.controller->workspace()); // still open, nothing lost
    }

    void restoreIntoANewFolder() {
        App app;
        app.trigger("backUpNowAction");
        app.addClient(QStringLiteral("After the backup"));
        RestoreDialog* dialog = openRestore(app);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "backupComboBox")->count(), 1);
        auto* restore = child<QPushButton>(dialog, "restoreButton");
        QVERIFY(!restore->isEnabled()); // no passphrase yet
        const QString target = app.root.filePath(QStringLiteral("restored"));
        typeInto(child<QLineEdit>(dialog, "targetLineEdit"), target);

        // A wrong passphrase: said in the dialog, nothing created.
        typeInto(child<QLineEdit>(dialog, "secretLineEdit"), QStringLiteral("not the passphrase"));
        click(restore);
        QVERIFY(
            child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("not correct")));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(app.controller->workspace()->directory(), app.dir);

        typeInto(child<QLineEdit>(dialog, "secretLineEdit"), kPassphrase);
        click(restore);
        QTRY_COMPARE(app.controller->workspace()->directory(), QDir(target).absolutePath());
        ClientListModel* model = app.window()->clientsPage()->model();
        QCOMPARE(model->rowCount(), 1); // the state of the backup
        // The original is untouched.
        QVERIFY(Workspace::exists(app.dir));
    }

    void restoreInPlaceMovesTheCurrentAside() {
        App app;
        app.trigger("backUpNowAction");
        app.addClient(QStringLiteral("Lost by the restore, kept aside"));
        RestoreDialog* dialog = openRestore(app);
        QVERIFY(dialog);
        click(child<QRadioButton>(dialog, "replaceRadioButton"));
        typeInto(child<QLineEdit>(dialog, "secretLineEdit"), kPassphrase);
        click(child<QPushButton>(dialog, "restoreButton"));
        QTRY_VERIFY(app.controller->workspace());
        QCOMPARE(app.controller->workspace()->directory(), QDir(app.dir).absolutePath());
        QCOMPARE(app.controller->workspace()->clients().count().value(), 1);
        QMessageBox* box = nullptr;
        QTRY_VERIFY(
            (box = app.window()->findChild<QMessageBox*>(QStringLiteral("restoredMessageBox"))));
        // The replaced workspace is kept, with the client added after the backup.
        const QStringList siblings =
            QDir(app.root.path()).entryList({QStringLiteral("workspace-replaced-*")}, QDir::Dirs);
        QCOMPARE(siblings.size(), 1);
        const QString aside = app.root.filePath(siblings.first());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(aside)));
        Result<std::unique_ptr<Workspace>> old = Workspace::unlockWithPassphrase(
            aside, test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase));
        QVERIFY2(old.ok(), qPrintable(old.message()));
        QCOMPARE((*old)->clients().count().value(), 2);
    }

    // A damaged page: the right passphrase gets the damage message naming the
    // newest verified backup, and Restore from Backup there brings it back.
    void aDamagedWorkspaceOffersItsNewestBackup() {
        App app;
        app.trigger("backUpNowAction");
        QCOMPARE(app.backups().size(), 1);
        const QString backupPath = QDir::toNativeSeparators(app.backups().first().path);
        app.controller->lock();
        QTRY_VERIFY(app.controller->unlockDialog());
        {
            // Page 1 past the salt: the key matches, the database does not open.
            QFile file(Workspace::databasePath(app.dir));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(100));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(100));
            QVERIFY(file.putChar(char(byte ^ 0x5a)));
        }
        UnlockDialog* unlock = app.controller->unlockDialog();
        auto* restoreButton = child<QPushButton>(unlock, "restoreFromBackupButton");
        QVERIFY(restoreButton);
        QVERIFY(!restoreButton->isVisible());
        typeInto(child<QLineEdit>(unlock, "passphraseLineEdit"), kPassphrase);
        click(child<QAbstractButton>(unlock, "unlockButton"));
        QVERIFY(!app.controller->workspace());
        const QString error = child<QLabel>(unlock, "unlockErrorLabel")->text();
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Caps Lock")), qPrintable(error));
        QVERIFY2(error.contains(backupPath), qPrintable(error));
        QVERIFY(restoreButton->isVisible());

        click(restoreButton);
        RestoreDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = app.window()->findChild<RestoreDialog*>()));
        QVERIFY(child<QRadioButton>(dialog, "replaceRadioButton")->isChecked());
        typeInto(child<QLineEdit>(dialog, "secretLineEdit"), kPassphrase);
        click(child<QPushButton>(dialog, "restoreButton"));
        QTRY_VERIFY(app.controller->workspace());
        QCOMPARE(app.controller->workspace()->directory(), QDir(app.dir).absolutePath());
        QCOMPARE(app.controller->workspace()->clients().list().value().first().fullName,
                 QStringLiteral("Ada Lovelace"));
    }

    void aFailedRestoreInPlacePutsTheWorkspaceBack() {
        App app;
        app.trigger("backUpNowAction");
        const BackupInfo backup = app.backups().first();
        RestoreDialog* dialog = openRestore(app);
        QVERIFY(dialog);
        click(child<QRadioButton>(dialog, "replaceRadioButton"));
        typeInto(child<QLineEdit>(dialog, "secretLineEdit"), QStringLiteral("wrong wrong wrong"));
        click(child<QPushButton>(dialog, "restoreButton"));
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        // The current workspace was closed for the attempt and is back in place.
        QVERIFY(Workspace::exists(app.dir));
        QCOMPARE(QDir(app.root.path())
                     .entryList({QStringLiteral("workspace-replaced-*")}, QDir::Dirs)
                     .size(),
                 0);
        dialog->reject();
        QTRY_VERIFY(app.controller->unlockDialog());
        app.unlock();
        QCOMPARE(app.controller->workspace()->clients().count().value(), 1);
        Q_UNUSED(backup);
    }
};

QTEST_MAIN(TestBackupUi)
#include "tst_backup_ui.moc"
