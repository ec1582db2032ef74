// Change passphrase, new recovery key and the recovery-key unlock path,
// through the real dialogs opened from the main window's menu.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "crypto/RecoveryKey.h"
#include "security/ChangePassphraseDialog.h"
#include "security/NewRecoveryKeyDialog.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {
const QString kOld = QString::fromLatin1(test::TemporaryWorkspace::kPassphrase);
const QString kNew = QStringLiteral("an entirely new passphrase");

struct App {
    test::TemporaryWorkspace tw;
    QString dir;
    QByteArray recoveryKey;
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    AppController controller{keyStore, settings};

    bool valid = false;

    App() {
        valid = tw.isValid();
        dir = tw.directory();
        recoveryKey = tw.recoveryKey();
        tw.close();
    }
    bool unlock(const QString& passphrase) {
        controller.start(dir);
        if (!QTest::qWaitFor([this] { return controller.unlockDialog() != nullptr; }))
            return false;
        UnlockDialog* dialog = controller.unlockDialog();
        typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"), passphrase);
        click(child<QAbstractButton>(dialog, "unlockButton"));
        return QTest::qWaitFor([this] { return controller.workspace() != nullptr; });
    }
    void trigger(const char* action) {
        controller.mainWindow()->findChild<QAction*>(QString::fromLatin1(action))->trigger();
    }
    template <typename T> T* dialog() const { return controller.mainWindow()->findChild<T*>(); }
};
} // namespace

class TestKeyDialogs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void changePassphrase() {
        App app;
        QVERIFY(app.valid);
        QVERIFY(app.unlock(kOld));
        app.trigger("changePassphraseAction");
        auto* dialog = app.dialog<ChangePassphraseDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QAbstractButton* change = child<QAbstractButton>(dialog, "changePassphraseButton");

        typeInto(child<QLineEdit>(dialog, "currentPassphraseLineEdit"),
                 QStringLiteral("wrong one"));
        typeInto(child<QLineEdit>(dialog, "newPassphraseLineEdit"), kNew);
        QVERIFY(!change->isEnabled()); // not repeated yet
        typeInto(child<QLineEdit>(dialog, "repeatPassphraseLineEdit"), kNew);
        QVERIFY(change->isEnabled());
        click(change);
        QLabel* error = child<QLabel>(dialog, "changePassphraseErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("not correct")));
        QVERIFY(dialog->isVisible());

        typeInto(child<QLineEdit>(dialog, "currentPassphraseLineEdit"), kOld);
        click(change);
        QTRY_VERIFY(!dialog->isVisible());

        app.controller.lock();
        QVERIFY(
            !Workspace::unlockWithPassphrase(app.dir, test::secretOf(kOld.toUtf8().constData())));
        QVERIFY(
            Workspace::unlockWithPassphrase(app.dir, test::secretOf(kNew.toUtf8().constData())));
    }

    void newRecoveryKeyUpdatesTheRememberedKey() {
        App app;
        QVERIFY(app.valid);
        // Remembered on this computer.
        auto oldKey = RecoveryKey::parse(app.recoveryKey);
        QVERIFY(oldKey);
        const QString id = Workspace::readSidecar(app.dir)->workspaceId;
        QVERIFY(app.keyStore.writeKeyBlocking(id, oldKey.value()));
        app.controller.start(app.dir);
        QTRY_VERIFY(app.controller.workspace());
        QVERIFY(app.controller.isRemembered());

        app.trigger("newRecoveryKeyAction");
        auto* dialog = app.dialog<NewRecoveryKeyDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"), QStringLiteral("not it"));
        click(child<QAbstractButton>(dialog, "okButton"));
        QVERIFY(child<QLabel>(dialog, "newRecoveryKeyErrorLabel")->isVisible());

        typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"), kOld);
        click(child<QAbstractButton>(dialog, "okButton"));
        QLabel* keyLabel = child<QLabel>(dialog, "recoveryKeyLabel");
        QTRY_VERIFY(keyLabel->isVisible());
        QString newRecovery = keyLabel->text();
        newRecovery.remove(QLatin1Char('\n'));
        QVERIFY(newRecovery.size() == 79);
        QVERIFY(newRecovery.toLatin1() != app.recoveryKey);

        // Cannot be closed before the new key is confirmed.
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QAbstractButton>(dialog, "okButton")->isEnabled());
        click(child<QCheckBox>(dialog, "recoveryKeyConfirmCheckBox"));
        click(child<QAbstractButton>(dialog, "okButton"));
        QTRY_VERIFY(!app.controller.mainWindow()->findChild<NewRecoveryKeyDialog*>() ||
                    !dialog->isVisible());

        // The keychain holds the new key; the old recovery key is void.
        auto remembered = app.keyStore.readKeyBlocking(id);
        QVERIFY(remembered);
        QVERIFY(RecoveryKey::parse(newRecovery.toLatin1())->equals(remembered.value()));
        app.controller.lock();
        QVERIFY(!Workspace::unlockWithRecoveryKey(app.dir,
                                                  test::secretOf(app.recoveryKey.constData())));
        QVERIFY(Workspace::unlockWithKey(app.dir, std::move(remembered.value())));
    }

    void recoveryKeyUnlockOffersANewPassphrase() {
        App app;
        QVERIFY(app.valid);
        app.controller.start(app.dir);
        QTRY_VERIFY(app.controller.unlockDialog());
        UnlockDialog* unlock = app.controller.unlockDialog();
        click(child<QAbstractButton>(unlock, "useRecoveryKeyButton"));
        // Typed as from paper: lower case, spaces instead of dashes.
        typeInto(child<QLineEdit>(unlock, "recoveryKeyLineEdit"),
                 QString::fromLatin1(app.recoveryKey)
                     .toLower()
                     .replace(QLatin1Char('-'), QLatin1Char(' ')));
        click(child<QAbstractButton>(unlock, "unlockButton"));
        QTRY_VERIFY(app.controller.workspace());

        auto* dialog = app.dialog<ChangePassphraseDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), ChangePassphraseDialog::Mode::RecoveryKey);
        // The key just typed is reused: it is not asked for a second time.
        QVERIFY(!child<QLineEdit>(dialog, "currentPassphraseLineEdit")->isVisible());
        QVERIFY(!child<QAbstractButton>(dialog, "useRecoveryKeyButton")->isVisible());
        QVERIFY(child<QLineEdit>(unlock, "recoveryKeyLineEdit")->text().isEmpty());
        typeInto(child<QLineEdit>(dialog, "newPassphraseLineEdit"), kNew);
        typeInto(child<QLineEdit>(dialog, "repeatPassphraseLineEdit"), kNew);
        click(child<QAbstractButton>(dialog, "changePassphraseButton"));
        QTRY_VERIFY(!dialog->isVisible());
        app.controller.lock();
        QVERIFY(
            Workspace::unlockWithPassphrase(app.dir, test::secretOf(kNew.toUtf8().constData())));
    }

    void wrongRecoveryKeyStaysInItsField() {
        App app;
        QVERIFY(app.valid);
        app.controller.start(app.dir);
        QTRY_VERIFY(app.controller.unlockDialog());
        UnlockDialog* unlock = app.controller.unlockDialog();
        QTRY_VERIFY(unlock->isVisible());
        click(child<QAbstractButton>(unlock, "useRecoveryKeyButton"));
        QString wrong = QString::fromLatin1(app.recoveryKey);
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QLineEdit* field = child<QLineEdit>(unlock, "recoveryKeyLineEdit");
        typeInto(field, wrong);
        click(child<QAbstractButton>(unlock, "unlockButton"));
        QVERIFY(!app.controller.workspace());
        QVERIFY(unlock->isVisible());
        QVERIFY(child<QLabel>(unlock, "unlockErrorLabel")->isVisible());
        // Kept for correcting one group, not typing all sixteen again.
        QCOMPARE(field->text(), wrong);
    }

    void useRecoveryKeyLooksLikeALink() {
        App app;
        QVERIFY(app.valid);
        app.controller.start(app.dir);
        QTRY_VERIFY(app.controller.unlockDialog());
        UnlockDialog* unlock = app.controller.unlockDialog();
        auto* button = child<QPushButton>(unlock, "useRecoveryKeyButton");
        QVERIFY(button);
        QVERIFY(button->font().underline());
        QCOMPARE(button->cursor().shape(), Qt::PointingHandCursor);
        QCOMPARE(button->palette().color(QPalette::ButtonText),
                 button->palette().color(QPalette::Link));
        QVERIFY(button->focusPolicy() & Qt::TabFocus); // still a button for the keyboard
    }

    void lockClosesDialogsShowingSecrets() {
        App app;
        QVERIFY(app.valid);
        QVERIFY(app.unlock(kOld));
        app.trigger("newRecoveryKeyAction");
        auto* dialog = app.dialog<NewRecoveryKeyDialog>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"), kOld);
        click(child<QAbstractButton>(dialog, "okButton"));
        QLabel* keyLabel = child<QLabel>(dialog, "recoveryKeyLabel");
        QTRY_VERIFY(!keyLabel->text().isEmpty());

        const QPointer<NewRecoveryKeyDialog> guard(dialog);
        app.controller.lock();
        QVERIFY(!guard || !guard->isVisible());
        QVERIFY(!guard || child<QLabel>(guard, "recoveryKeyLabel")->text().isEmpty());
        QTRY_VERIFY(!guard);
        QTRY_VERIFY(app.controller.unlockDialog() && app.controller.unlockDialog()->isVisible());
    }
};

QTEST_MAIN(TestKeyDialogs)
#include "tst_keydialogs.moc"
