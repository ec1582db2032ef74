// The real first-run wizard, driven through the AppController as on a fresh
// machine: passphrase rules, workspace creation, the recovery key shown and
// confirmed, "remember on this computer", and the result opens with both the
// passphrase and the recovery key.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "clients/ClientsPage.h"
#include "security/FirstRunWizard.h"
#include "security/NewPassphraseWidget.h"
#include "security/RecoveryKeyView.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {
const QString kPassphrase = QStringLiteral("a long enough passphrase");

// The button that moves the wizard forward on the current page.
QAbstractButton* forwardButton(QWizard* wizard) {
    for (QWizard::WizardButton which :
         {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton* button = wizard->button(which);
        if (button && button->isVisible())
            return button;
    }
    return nullptr;
}
} // namespace

class TestFirstRunWizard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void createsWorkspaceStepByStep() {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("workspace"));
        Settings settings(temp.filePath(QStringLiteral("settings.ini")));
        test::FakeKeyStore keyStore;
        AppController controller(keyStore, settings);
        controller.start(dir);

        FirstRunWizard* wizard = controller.firstRunWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::WelcomePageId));
        QVERIFY(child<QLabel>(wizard, "workspaceDirectoryLabel")->text().contains(dir));
        click(forwardButton(wizard));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PassphrasePageId));

        // Passphrase rules: at least 10 characters, typed twice the same.
        QLineEdit* first = child<QLineEdit>(wizard, "newPassphraseLineEdit");
        QLineEdit* repeat = child<QLineEdit>(wizard, "repeatPassphraseLineEdit");
        QLabel* strength = child<QLabel>(wizard, "passphraseStrengthLabel");
        QVERIFY(first && repeat && strength);
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        typeInto(first, QStringLiteral("short"));
        typeInto(repeat, QStringLiteral("short"));
        QVERIFY(strength->text().contains(QStringLiteral("10")));
        QVERIFY(!forwardButton(wizard)->isEnabled());
        typeInto(first, kPassphrase);
        typeInto(repeat, kPassphrase + QLatin1Char('x'));
        QVERIFY(child<QLabel>(wizard, "passphraseMatchLabel")->isVisible());
        QVERIFY(!forwardButton(wizard)->isEnabled());
        QVERIFY(!Workspace::exists(dir));
        typeInto(repeat, kPassphrase);
        QVERIFY(strength->text().startsWith(QStringLiteral("Strength")));
        QVERIFY(forwardButton(wizard)->isEnabled());
        click(forwardButton(wizard)); // "Create Workspace"

        // Created: the files exist, the fields are empty, no way back or out.
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::RecoveryKeyPageId));
        QVERIFY(Workspace::exists(dir));
        QVERIFY(QFile::exists(Workspace::databasePath(dir)));
        QVERIFY(QFile::exists(Workspace::sidecarPath(dir)));
        QVERIFY(first->text().isEmpty() && repeat->text().isEmpty());
        QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() ||
                !wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());

        // The recovery key: 16 groups of 4 hex digits, selectable, required.
        QLabel* keyLabel = child<QLabel>(wizard, "recoveryKeyLabel");
        QVERIFY(keyLabel);
        QString recoveryKey = keyLabel->text();
        recoveryKey.remove(QLatin1Char('\n'));
        static const QRegularExpression format(QStringLiteral("^([0-9A-F]{4}-){15}[0-9A-F]{4}$"));
        QVERIFY2(format.match(recoveryKey).hasMatch(), qPrintable(recoveryKey));
        QVERIFY(keyLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(child<QAbstractButton>(wizard, "printRecoveryKeyButton")->isEnabled());
        auto* view = wizard->findChild<RecoveryKeyView*>();
        QVERIFY(view->printableHtml().contains(recoveryKey.left(14)));
        QTemporaryDir pdfDir;
        {
            // Printing without the dialog: render to a PDF.
            QPdfWriter pdf(pdfDir.filePath(QStringLiteral("key.pdf")));
            QVERIFY(view->printTo(&pdf).ok());
        }
        QVERIFY(QFileInfo(pdfDir.filePath(QStringLiteral("key.pdf"))).size() > 1000);
        QVERIFY(!forwardButton(wizard)->isEnabled());
        click(child<QCheckBox>(wizard, "recoveryKeyConfirmCheckBox"));
        QVERIFY(forwardButton(wizard)->isEnabled());
        click(forwardButton(wizard));

        // Remember on this computer, then finish.
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::RememberPageId));
        QVERIFY(keyLabel->text().isEmpty()); // the key is off the screen now
        click(child<QCheckBox>(wizard, "rememberCheckBox"));
        QVERIFY(child<QCheckBox>(wizard, "rememberCheckBox")->isChecked());
        click(forwardButton(wizard));

        QTRY_VERIFY(controller.workspace());
        QVERIFY(controller.mainWindow()->isShowingWorkspace());
        QCOMPARE(settings.lastWorkspace(), dir);
        const QString id = controller.workspace()->id();
        QTRY_VERIFY(keyStore.contains(id));
        QVERIFY(controller.isRemembered());

        // The workspace opens with the passphrase and with the recovery key.
        controller.lock();
        QVERIFY(!controller.workspace());
        auto byPassphrase =
            Workspace::unlockWithPassphrase(dir, test::secretOf(kPassphrase.toUtf8().constData()));
        QVERIFY2(byPassphrase, qPrintable(byPassphrase.message()));
        byPassphrase.value().reset();
        auto byRecovery = Workspace::unlockWithRecoveryKey(
            dir, test::secretOf(recoveryKey.toLatin1().constData()));
        QVERIFY2(byRecovery, qPrintable(byRecovery.message()));
        // The remembered key opens it too.
        byRecovery.value().reset();
        auto stored = keyStore.readKeyBlocking(id);
        QVERIFY(stored);
        QVERIFY(Workspace::unlockWithKey(dir, std::move(stored.value())));
    }

    void passphraseFieldsStayPutWhileTyping() {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("workspace"));
        Settings settings(temp.filePath(QStringLiteral("settings.ini")));
        test::FakeKeyStore keyStore;
        AppController controller(keyStore, settings);
        controller.start(dir);
        FirstRunWizard* wizard = controller.firstRunWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        click(forwardButton(wizard));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PassphrasePageId));

        QLineEdit* first = child<QLineEdit>(wizard, "newPassphraseLineEdit");
        QLineEdit* repeat = child<QLineEdit>(wizard, "repeatPassphraseLineEdit");
        auto* fields = wizard->findChild<NewPassphraseWidget*>();
        QVERIFY(first && repeat && fields);
        // The repeat field and the block of fields, in wizard coordinates:
        // nothing may move or grow while the hints change.
        const auto geometry = [&] {
            QTest::qWait(20); // let posted layout requests run
            return QList<QRect>{QRect(repeat->mapTo(wizard, QPoint()), repeat->size()),
                                QRect(fields->mapTo(wizard, QPoint()), fields->size())};
        };
        const QList<QRect> before = geometry();
        typeInto(first, QStringLiteral("short"));
        QCOMPARE(geometry(), before);
        typeInto(repeat, QStringLiteral("sh"));
        QVERIFY(!child<QLabel>(wizard, "passphraseMatchLabel")->text().isEmpty());
        QCOMPARE(geometry(), before);
        typeInto(first, kPassphrase);
        typeInto(repeat, kPassphrase);
        QVERIFY(child<QLabel>(wizard, "passphraseMatchLabel")->text().isEmpty());
        QCOMPARE(geometry(), before);
        wizard->reject();
    }

    void cancellingBeforeCreationCreatesNothing() {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("workspace"));
        Settings settings(temp.filePath(QStringLiteral("settings.ini")));
        test::FakeKeyStore keyStore;
        AppController controller(keyStore, settings);
        controller.start(dir);
        FirstRunWizard* wizard = controller.firstRunWizard();
        QVERIFY(wizard);
        click(forwardButton(wizard));
        typeInto(child<QLineEdit>(wizard, "newPassphraseLineEdit"), kPassphrase);
        click(wizard->button(QWizard::CancelButton));
        QTRY_VERIFY(!controller.firstRunWizard());
        QVERIFY(!Workspace::exists(dir));
        QVERIFY(!controller.workspace());
        QVERIFY(!controller.mainWindow()->isShowingWorkspace());
        QCOMPARE(keyStore.writeCount(), 0);
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
