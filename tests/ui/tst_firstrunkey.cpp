// The first run's recovery key as a mentor keeps it, driven through the real
// wizard: copied (and taken off the clipboard after its time, only if it is
// still there), saved as an owner-only PDF sheet; "remember on this
// computer" offered only when a keychain answers; keychain failures said
// once, in a plain sentence; a mistyped recovery key names the wrong group.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "ModalScript.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "security/FirstRunWizard.h"
#include "security/RecoveryKeyView.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {

const QString kPassphrase = QStringLiteral("a long enough passphrase");
const QString kWorkspaceName = QStringLiteral("Practice Berlin");

QAbstractButton* forwardButton(QWizard* wizard) {
    for (QWizard::WizardButton which :
         {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton* button = wizard->button(which);
        if (button && button->isVisible())
            return button;
    }
    return nullptr;
}

// A fresh machine: the wizard on an empty folder, brought to the page that
// shows the recovery key.
struct FirstRun {
    QTemporaryDir temp;
    QString dir = temp.filePath(kWorkspaceName);
    Settings settings{temp.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    std::unique_ptr<AppController> controller;
    FirstRunWizard* wizard = nullptr;

    explicit FirstRun(test::FakeKeyStore::Mode mode = test::FakeKeyStore::Mode::Working) {
        keyStore.setMode(mode);
        controller = std::make_unique<AppController>(keyStore, settings);
        controller->start(dir);
        wizard = controller->firstRunWizard();
    }

    bool reachRecoveryKey() {
        if (!wizard)
            return false;
        click(forwardButton(wizard));
        typeInto(child<QLineEdit>(wizard, "newPassphraseLineEdit"), kPassphrase);
        typeInto(child<QLineEdit>(wizard, "repeatPassphraseLineEdit"), kPassphrase);
        click(forwardButton(wizard));
        return wizard->currentId() == FirstRunWizard::RecoveryKeyPageId;
    }

    bool reachRemember() {
        if (!reachRecoveryKey())
            return false;
        click(child<QCheckBox>(wizard, "recoveryKeyConfirmCheckBox"));
        click(forwardButton(wizard));
        return wizard->currentId() == FirstRunWizard::RememberPageId;
    }

    // The key as shown, on one line.
    QString shownKey() const {
        return child<QLabel>(wizard, "recoveryKeyLabel")->text().remove(QLatin1Char('\n'));
    }
};

// A closed workspace, and the app started on it.
struct Existing {
    test::TemporaryWorkspace tw;
    QString dir = tw.directory();
    QByteArray recoveryKey = tw.recoveryKey();
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    std::unique_ptr<AppController> controller;

    explicit Existing(test::FakeKeyStore::Mode mode) {
        tw.close();
        keyStore.setMode(mode);
        controller = std::make_unique<AppController>(keyStore, settings);
        controller->start(dir);
    }
};

// A sentence ends once, at the end.
bool isOneSentence(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.endsWith(QLatin1Char('.')) && trimmed.count(QLatin1Char('.')) == 1 &&
           !trimmed.contains(QLatin1Char(':')) && !trimmed.contains(QLatin1Char('\n'));
}

QString pdfText(const QString& path) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestFirstRunKey final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void copiedKeyLeavesTheClipboardAfterItsTime() {
        FirstRun run;
        QVERIFY(run.reachRecoveryKey());
        auto* view = run.wizard->findChild<RecoveryKeyView*>();
        QVERIFY(view);
        view->setClipboardLifetime(std::chrono::milliseconds(300));
        const QString key = run.shownKey();
        QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("something from before"));

        click(child<QAbstractButton>(run.wizard, "copyRecoveryKeyButton"));
        QCOMPARE(clipboard->text(), key);
        // Clipboard managers are told not to keep it.
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(!child<QLabel>(run.wizard, "recoveryKeyNoteLabel")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

        // Whatever the user copied since stays.
        click(child<QAbstractButton>(run.wizard, "copyRecoveryKeyButton"));
        QCOMPARE(clipboard->text(), key);
        clipboard->setText(QStringLiteral("a note copied later"));
        QTest::qWait(800);
        QCOMPARE(clipboard->text(), QStringLiteral("a note copied later"));
        clipboard->clear();
    }

    void savesTheSheetAsAnOwnerOnlyPdf() {
#ifdef Q_OS_UNIX
        // A permissive umask, so only the writer can make the file private.
        const mode_t previous = umask(022);
#endif
        FirstRun run;
        QVERIFY(run.reachRecoveryKey());
        const QString key = run.shownKey();
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("recovery key.pdf"));

        click(child<QAbstractButton>(run.wizard, "saveRecoveryKeyPdfButton"));
        auto* dialog =
            run.wizard->findChild<QFileDialog*>(QStringLiteral("saveRecoveryKeyFileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        test::choosePath(dialog, path);
        QTRY_VERIFY(QFileInfo::exists(path));
#ifdef Q_OS_UNIX
        umask(previous);
        struct stat info {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
#endif
        // Nothing else was left beside it (no temporary copy).
        QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("recovery key.pdf")});
        QVERIFY(child<QLabel>(run.wizard, "recoveryKeyNoteLabel")->text().contains(path));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        // The key (four groups a line), the workspace, the date, how to use it.
        for (const QString& line : {key.left(19), key.mid(20, 19), key.right(19)})
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n") + text));
        QVERIFY2(text.contains(QStringLiteral("Workspace: ") + kWorkspaceName), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Made on: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Use recovery key instead")), qPrintable(text));
    }

    void rememberIsOfferedWhenAKeychainAnswers() {
        FirstRun run;
        QVERIFY(run.reachRemember());
        QTRY_VERIFY(run.wizard->canRemember());
        QCheckBox* remember = child<QCheckBox>(run.wizard, "rememberCheckBox");
        QVERIFY(remember->isVisible());
        QVERIFY(!child<QLabel>(run.wizard, "noKeychainLabel")->isVisible());
        click(remember);
        click(forwardButton(run.wizard));
        QTRY_VERIFY(run.controller->workspace());
        QTRY_VERIFY(run.keyStore.contains(run.controller->workspace()->id()));
    }

    void noKeychainIsSaidInsteadOfTheOffer() {
        FirstRun run(test::FakeKeyStore::Mode::NoBackend);
        QVERIFY(run.reachRemember());
        QLabel* none = child<QLabel>(run.wizard, "noKeychainLabel");
        QTRY_VERIFY(none->isVisible());
        QVERIFY(!run.wizard->canRemember());
        QVERIFY(!child<QCheckBox>(run.wizard, "rememberCheckBox")->isVisible());
        QVERIFY2(isOneSentence(none->text()), qPrintable(none->text()));
        click(forwardButton(run.wizard));
        QTRY_VERIFY(run.controller->workspace());
        QTest::qWait(50);
        QCOMPARE(run.keyStore.writeCount(), 0);
        QVERIFY(!run.controller->mainWindow()->findChild<QMessageBox*>(
            QStringLiteral("rememberFailedMessageBox")));
    }

    void keychainFailureAtUnlockIsOnePlainSentence() {
        Existing app(test::FakeKeyStore::Mode::NoBackend);
        QTRY_VERIFY(app.controller->unlockDialog() && app.controller->unlockDialog()->isVisible());
        QLabel* notice = child<QLabel>(app.controller->unlockDialog(), "unlockNoticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(isOneSentence(notice->text()), qPrintable(notice->text()));
        // The store's own reason is not said again after ours.
        QVERIFY2(!notice->text().contains(QStringLiteral("No keychain service")),
                 qPrintable(notice->text()));
        // No offer to remember, and no second sentence saying why.
        UnlockDialog* dialog = app.controller->unlockDialog();
        QTRY_VERIFY(!child<QCheckBox>(dialog, "rememberCheckBox")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "noKeychainLabel")->isVisible());

        // Unlocked and locked again: no notice now, so the one sentence is said.
        typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"),
                 QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
        click(child<QAbstractButton>(dialog, "unlockButton"));
        QTRY_VERIFY(app.controller->workspace());
        app.controller->lock();
        QTRY_VERIFY(app.controller->unlockDialog() && app.controller->unlockDialog()->isVisible());
        dialog = app.controller->unlockDialog();
        QVERIFY(!child<QLabel>(dialog, "unlockNoticeLabel")->isVisible());
        QLabel* none = child<QLabel>(dialog, "noKeychainLabel");
        QTRY_VERIFY(none->isVisible());
        QVERIFY(!child<QCheckBox>(dialog, "rememberCheckBox")->isVisible());
        QVERIFY2(isOneSentence(none->text()), qPrintable(none->text()));
    }

    void rememberIsOfferedAtUnlockWhenAKeychainAnswers() {
        Existing app(test::FakeKeyStore::Mode::EntryNotFound);
        QTRY_VERIFY(app.controller->unlockDialog() && app.controller->unlockDialog()->isVisible());
        UnlockDialog* dialog = app.controller->unlockDialog();
        QTest::qWait(50); // the keychain's answer
        QVERIFY(child<QCheckBox>(dialog, "rememberCheckBox")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "noKeychainLabel")->isVisible());
    }

    void failureToRememberIsOnePlainSentence() {
        // A locked keyring: reads look like "nothing stored", writes fail.
        Existing app(test::FakeKeyStore::Mode::Locked);
        QTRY_VERIFY(app.controller->unlockDialog() && app.controller->unlockDialog()->isVisible());
        UnlockDialog* dialog = app.controller->unlockDialog();
        child<QCheckBox>(dialog, "rememberCheckBox")->setChecked(true);
        typeInto(child<QLineEdit>(dialog, "passphraseLineEdit"),
                 QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
        click(child<QAbstractButton>(dialog, "unlockButton"));
        QTRY_VERIFY(app.controller->workspace());
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = app.controller->mainWindow()->findChild<QMessageBox*>(
                         QStringLiteral("rememberFailedMessageBox"))));
        QVERIFY2(box->informativeText().isEmpty(), qPrintable(box->informativeText()));
        QVERIFY(!box->text().contains(QStringLiteral("The keyring is locked")));
        box->close();
    }

    void wrongRecoveryKeyNamesTheGroup_data() {
        QTest::addColumn<int>("group");
        QTest::addColumn<bool>("dropCharacter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a wrong digit") << 5 << false << QStringLiteral("Group 5 ");
        QTest::newRow("the last group") << 16 << false << QStringLiteral("Group 16 ");
        QTest::newRow("a group too short") << 3 << true << QStringLiteral("Group 3 ");
    }

    void wrongRecoveryKeyNamesTheGroup() {
        QFETCH(int, group);
        QFETCH(bool, dropCharacter);
        QFETCH(QString, expected);
        Existing app(test::FakeKeyStore::Mode::EntryNotFound);
        QTRY_VERIFY(app.controller->unlockDialog() && app.controller->unlockDialog()->isVisible());
        UnlockDialog* dialog = app.controller->unlockDialog();
        click(child<QAbstractButton>(dialog, "useRecoveryKeyButton"));

        QString wrong = QString::fromLatin1(app.recoveryKey);
        const int at = (group - 1) * 5 + 2; // the third digit of the group
        if (dropCharacter)
            wrong.remove(at, 1);
        else
            wrong[at] = wrong[at] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        typeInto(child<QLineEdit>(dialog, "recoveryKeyLineEdit"), wrong);
        click(child<QAbstractButton>(dialog, "unlockButton"));
        QVERIFY(!app.controller->workspace());
        const QString error = child<QLabel>(dialog, "unlockErrorLabel")->text();
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        // Never the key's digits in the message.
        QVERIFY(!error.contains(wrong.mid((group - 1) * 5, 4)));
    }
};

QTEST_MAIN(TestFirstRunKey)
#include "tst_firstrunkey.moc"
