// Start, unlock and lock through the AppController with a fake key store:
// the fail-safe rules (no key-store outcome creates anything), a wrong
// passphrase changes no byte on disk, locking clears every view.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientFilterProxyModel.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "crypto/RecoveryKey.h"
#include "pipeline/EngagementService.h"
#include "security/UnlockDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {
const QString kPassphrase = QString::fromLatin1(test::TemporaryWorkspace::kPassphrase);

// A closed workspace on disk with a few clients, as left by an earlier session.
struct ClosedWorkspace {
    test::TemporaryWorkspace tw;
    QString dir;
    QString id;
    QByteArray recoveryKey;
    ClosedWorkspace() {
        dir = tw.directory();
        id = tw->id();
        recoveryKey = tw.recoveryKey();
        for (const char* name : {"Ada Lovelace", "Brian Kernighan", "Chidi Anagonye"}) {
            Client client;
            client.fullName = QString::fromUtf8(name);
            (void)tw->clients().add(client);
        }
        tw.close();
    }
};

struct App {
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    AppController controller{keyStore, settings};
    ClientListModel* model() const { return controller.mainWindow()->clientsPage()->model(); }
};

void unlockWith(UnlockDialog* dialog, const QString& passphrase) {
    typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"), passphrase);
    click(child<QAbstractButton>(dialog, "unlockButton"));
}

// Starts the app on `dir` and unlocks it with the passphrase, as a user would.
void startAndUnlock(App& app, const QString& dir) {
    app.controller.start(dir);
    QTRY_VERIFY(app.controller.unlockDialog());
    unlockWith(app.controller.unlockDialog(), kPassphrase);
    QTRY_VERIFY(app.controller.workspace());
}
} // namespace

namespace {
// The whole message is readable: the label is as tall as its wrapped text
// needs at its width, and lies fully inside the dialog.
void verifyTextFits(QWidget* dialog, QLabel* label) {
    QTest::qWait(20); // let posted layout requests run
    QVERIFY(label->wordWrap());
    QVERIFY2(label->sizeHint().height() <= label->height(),
             qPrintable(QStringLiteral("hint %1, height %2")
                            .arg(label->sizeHint().height())
                            .arg(label->height())));
    QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
             qPrintable(QStringLiteral("needs %1, height %2")
                            .arg(label->heightForWidth(label->width()))
                            .arg(label->height())));
    const QRect inDialog(label->mapTo(dialog, QPoint()), label->size());
    QVERIFY2(dialog->rect().contains(inDialog), qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                                                               .arg(inDialog.x())
                                                               .arg(inDialog.y())
                                                               .arg(inDialog.width())
                                                               .arg(inDialog.height())
                                                               .arg(dialog->width())
                                                               .arg(dialog->height())));
}
} // namespace

class TestAppController final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void rememberedKeyUnlocksWithoutAsking() {
        ClosedWorkspace ws;
        App app;
        auto key = RecoveryKey::parse(ws.recoveryKey);
        QVERIFY(key);
        QVERIFY(app.keyStore.writeKeyBlocking(ws.id, key.value()));
        app.controller.start(ws.dir);
        QTRY_VERIFY(app.controller.workspace());
        QVERIFY(!app.controller.unlockDialog());
        QCOMPARE(app.model()->rowCount(), 3);
        QVERIFY(app.controller.isRemembered());
    }

    void keyStoreFailureShowsUnlockAndCreatesNothing_data() {
        QTest::addColumn<test::FakeKeyStore::Mode>("mode");
        QTest::newRow("entry missing") << test::FakeKeyStore::Mode::EntryNotFound;
        QTest::newRow("keyring locked") << test::FakeKeyStore::Mode::Locked;
        QTest::newRow("no keychain service") << test::FakeKeyStore::Mode::NoBackend;
        QTest::newRow("working but empty") << test::FakeKeyStore::Mode::Working;
    }

    void keyStoreFailureShowsUnlockAndCreatesNothing() {
        QFETCH(test::FakeKeyStore::Mode, mode);
        ClosedWorkspace ws;
        const auto before = test::snapshot(ws.dir);
        App app;
        app.keyStore.setMode(mode);
        app.controller.start(ws.dir);

        QTRY_VERIFY(app.controller.unlockDialog() && app.controller.unlockDialog()->isVisible());
        QVERIFY(!app.controller.workspace());
        QVERIFY(!app.controller.firstRunWizard());
        QVERIFY(!app.controller.mainWindow()->isShowingWorkspace());
        QCOMPARE(app.model()->rowCount(), 0);
        QCOMPARE(app.keyStore.writeCount(), 0);
        QCOMPARE(test::snapshot(ws.dir), before);

        // And the passphrase opens it.
        unlockWith(app.controller.unlockDialog(), kPassphrase);
        QTRY_VERIFY(app.controller.workspace());
        QCOMPARE(app.model()->rowCount(), 3);
        QCOMPARE(app.keyStore.writeCount(), 0); // "remember" was not ticked
    }

    void wrongPassphraseShowsErrorAndChangesNothing() {
        ClosedWorkspace ws;
        const auto before = test::snapshot(ws.dir);
        QVERIFY(before.contains(Workspace::databasePath(ws.dir)));
        App app;
        app.controller.start(ws.dir);
        QTRY_VERIFY(app.controller.unlockDialog());
        UnlockDialog* dialog = app.controller.unlockDialog();

        unlockWith(dialog, QStringLiteral("not the passphrase"));
        QLabel* error = child<QLabel>(dialog, "unlockErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The passphrase is not correct.")),
                 qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "passphraseLineEdit")->text().isEmpty());
        QVERIFY(!app.controller.workspace());
        QCOMPARE(test::snapshot(ws.dir), before);
        verifyTextFits(dialog, error);
        if (QTest::currentTestFailed())
            return;

        // A wrong recovery key: same outcome, its own message.
        click(child<QAbstractButton>(dialog, "useRecoveryKeyButton"));
        QCOMPARE(dialog->mode(), UnlockDialog::Mode::RecoveryKey);
        typeInto(child<QLineEdit>(dialog, "recoveryKeyLineEdit"),
                 QStringLiteral("0000-1111-2222-3333-4444-5555-6666-7777-"
                                "8888-9999-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
        click(child<QAbstractButton>(dialog, "unlockButton"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!app.controller.workspace());
        QCOMPARE(test::snapshot(ws.dir), before);
        verifyTextFits(dialog, error);
    }

    void lockClearsViewsAndUnlockRestoresThem() {
        ClosedWorkspace ws;
        App app;
        startAndUnlock(app, ws.dir);
        if (QTest::currentTestFailed())
            return;
        MainWindow* window = app.controller.mainWindow();
        ClientsPage* page = window->clientsPage();
        QCOMPARE(app.model()->rowCount(), 3);
        typeInto(child<QLineEdit>(page, "clientFilterLineEdit"), QStringLiteral("ada"));
        QVERIFY(page->selectClient(
            app.model()->index(0, 0).data(ClientListModel::IdRole).toLongLong()));
        QVERIFY(!child<QLineEdit>(page, "fullNameLineEdit")->text().isEmpty());

        QSignalSpy locked(&app.controller, &AppController::locked);
        window->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QCOMPARE(locked.count(), 1);
        QVERIFY(!app.controller.workspace());
        QCOMPARE(app.model()->rowCount(), 0);
        QCOMPARE(page->proxyModel()->rowCount(), 0);
        QVERIFY(child<QLineEdit>(page, "fullNameLineEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(page, "clientFilterLineEdit")->text().isEmpty());
        QVERIFY(!window->isShowingWorkspace());
        QVERIFY(!window->findChild<QAction*>(QStringLiteral("newClientAction"))->isEnabled());
        QTRY_VERIFY(app.controller.unlockDialog() && app.controller.unlockDialog()->isVisible());

        unlockWith(app.controller.unlockDialog(), kPassphrase);
        QTRY_VERIFY(app.controller.workspace());
        QCOMPARE(app.model()->rowCount(), 3);
        QVERIFY(window->isShowingWorkspace());
    }

    // Once unlocked, the app applies the agreements rule to the pipeline and
    // every area has a Ctrl+digit shortcut in sidebar order.
    void unlockedAppGatesStageOneAndOffersAreaShortcuts() {
        ClosedWorkspace ws;
        App app;
        startAndUnlock(app, ws.dir);
        if (QTest::currentTestFailed())
            return;
        Workspace* workspace = app.controller.workspace();
        Client client;
        client.fullName = QStringLiteral("Gated Mentee");
        const auto clientAdded = workspace->clients().add(client);
        QVERIFY(clientAdded);
        Engagement engagement;
        engagement.clientId = clientAdded->id;
        engagement.title = QStringLiteral("Notes written, nothing signed");
        engagement.startDate = QDate(2026, 3, 2);
        engagement.profileNotes = QStringLiteral("Read the CV.");
        const auto added = workspace->engagements().addEngagement(engagement);
        QVERIFY(added);
        const auto gate = workspace->engagements().checkAdvance(added->id);
        QVERIFY(gate);
        QCOMPARE(gate->missing.size(), 1);
        QCOMPARE(gate->missing.first().key, QStringLiteral("profile_agreement.signed_agreement"));

        MainWindow* window = app.controller.mainWindow();
        auto* areaList = child<QListWidget>(window, "areaListWidget");
        QVERIFY(areaList->count() >= 5);
        for (int row = 0; row < std::min(areaList->count(), 9); ++row) {
            auto* action =
                window->findChild<QAction*>(QStringLiteral("showArea%1Action").arg(row + 1));
            QVERIFY(action);
            QCOMPARE(action->text(), areaList->item(row)->text());
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
            action->trigger();
            QCOMPARE(areaList->currentRow(), row);
        }
        window->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QVERIFY(!window->findChild<QAction*>(QStringLiteral("showArea1Action"))->isEnabled());
    }

    // Edit > Preferences sets the idle lock, and the running app follows it.
    void preferencesChangeTheIdleLock() {
        App app;
        MainWindow* window = app.controller.mainWindow();
        window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        auto* dialog = window->findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        auto* minutes = child<QSpinBox>(dialog, "idleLockSpinBox");
        QCOMPARE(minutes->value(), 10); // the default
        minutes->setValue(3);
        click(
            child<QDialogButtonBox>(dialog, "preferencesButtonBox")->button(QDialogButtonBox::Ok));
        QCOMPARE(app.settings.idleLockMinutes(), 3);
        QCOMPARE(app.controller.idleWatcher()->timeout(), std::chrono::milliseconds(3 * 60 * 1000));

        // Cancel keeps what was there.
        window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        QTRY_COMPARE(window->findChildren<PreferencesDialog*>().size(), 1);
        dialog = window->findChild<PreferencesDialog*>();
        child<QSpinBox>(dialog, "idleLockSpinBox")->setValue(0);
        QCOMPARE(child<QSpinBox>(dialog, "idleLockSpinBox")->text(), QStringLiteral("Never"));
        dialog->reject();
        QCOMPARE(app.settings.idleLockMinutes(), 3);
    }

    void idleTimeLocks() {
        ClosedWorkspace ws;
        App app;
        startAndUnlock(app, ws.dir);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(app.controller.idleWatcher()->isActive());
        app.controller.idleWatcher()->setTimeout(std::chrono::milliseconds(150));
        QTRY_VERIFY_WITH_TIMEOUT(!app.controller.workspace(), 3000);
        QCOMPARE(app.model()->rowCount(), 0);
        QVERIFY(!app.controller.idleWatcher()->isActive());
    }

    void rememberOnUnlockWritesTheKey() {
        ClosedWorkspace ws;
        App app;
        app.keyStore.setMode(test::FakeKeyStore::Mode::EntryNotFound);
        app.controller.start(ws.dir);
        QTRY_VERIFY(app.controller.unlockDialog());
        app.keyStore.setMode(test::FakeKeyStore::Mode::Working);
        UnlockDialog* dialog = app.controller.unlockDialog();
        click(child<QCheckBox>(dialog, "rememberCheckBox"));
        QVERIFY(dialog->rememberOnThisComputer());
        unlockWith(dialog, kPassphrase);
        QTRY_VERIFY(app.controller.workspace());
        QTRY_VERIFY(app.keyStore.contains(ws.id));
        auto key = app.keyStore.readKeyBlocking(ws.id);
        QVERIFY(key);
        QVERIFY(RecoveryKey::parse(ws.recoveryKey)->equals(key.value()));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
