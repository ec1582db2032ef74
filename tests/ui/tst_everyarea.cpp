// Every area of the real window, walked as a mentor would on a workspace
// with some years of invented data: looking never writes (the database and
// its -wal are byte for byte the same afterwards, first show and repeat
// show), and locking while every area, tab and detail is open leaves no
// client's name anywhere in the window; unlocking brings the data back.

#include "AppController.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientListModel.h"
#include "clients/ClientService.h"
#include "clients/ClientsPage.h"
#include "demo/DemoGenerator.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCryptographicHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {

// The SHA-256 of the database file and of its -wal.
QPair<QByteArray, QByteArray> fingerprint(const QString& workspaceDir) {
    const auto hash = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray("<none>");
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QString db = Workspace::databasePath(workspaceDir);
    return {hash(db), hash(db + QStringLiteral("-wal"))};
}

void settle() {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// Opens every tab of the current page and selects the first row of every
// list in it, so each detail pane shows something.
void openEverythingIn(QWidget* page) {
    for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            for (QAbstractItemView* view : tabs->widget(i)->findChildren<QAbstractItemView*>()) {
                if (!view->isVisible() || !view->model() || !view->selectionModel() ||
                    view->model()->rowCount() == 0)
                    continue;
                view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
                settle();
            }
        }
    }
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model() || !view->selectionModel() ||
            view->model()->rowCount() == 0)
            continue;
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        settle();
    }
}

// Every place in `root` where one of `names` is shown: labels, text fields and
// the first rows of every item model.
QStringList placesShowing(const QWidget* root, const QStringList& names) {
    QStringList found;
    const auto check = [&](const QString& where, const QString& text) {
        for (const QString& name : names) {
            if (text.contains(name))
                found << QStringLiteral("%1 shows %2").arg(where, name);
        }
    };
    for (const QLabel* label : root->findChildren<QLabel*>())
        check(label->objectName(), label->text());
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>())
        check(edit->objectName(), edit->text());
    for (const QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        check(edit->objectName(), edit->toPlainText());
    for (const QTextEdit* edit : root->findChildren<QTextEdit*>())
        check(edit->objectName(), edit->toPlainText());
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                check(view->objectName(), model->index(row, column).data().toString());
        }
    }
    return found;
}

} // namespace

class TestEveryArea final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void lookingWritesNothingAndLockingLeavesNothingShown() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        DemoSize size;
        size.clients = 8;
        size.sessions = 160;
        size.invoices = 16;
        const Result<DemoReport> demo = generateDemo(tw.workspace(), size);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        QStringList names;
        const auto clients = tw->clients().list(ClientFilter{true});
        QVERIFY2(clients.ok(), qPrintable(clients.message()));
        for (const Client& client : *clients)
            names << client.fullName;
        QCOMPARE(names.size(), size.clients);
        const QString dir = tw.directory();
        tw.close();

        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        test::FakeKeyStore keyStore;
        AppController controller(keyStore, settings);
        controller.start(dir);
        QTRY_VERIFY(controller.unlockDialog());
        typeInto(child<QLineEdit>(controller.unlockDialog(), "passphraseLineEdit"),
                 QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
        click(child<QAbstractButton>(controller.unlockDialog(), "unlockButton"));
        QTRY_VERIFY(controller.workspace());
        MainWindow* window = controller.mainWindow();
        window->resize(1366, 800);
        settle();
        // Whatever unlocking itself writes (nothing, ideally) is not looking.
        const QPair<QByteArray, QByteArray> before = fingerprint(dir);

        auto* areas = child<QListWidget>(window, "areaListWidget");
        QVERIFY(areas);
        QVERIFY(areas->count() >= 5);
        for (int pass = 0; pass < 2; ++pass) { // first show, then shown again
            for (int row = 0; row < areas->count(); ++row) {
                areas->setCurrentRow(row);
                settle();
                QWidget* page = window->currentArea();
                QVERIFY(page);
                openEverythingIn(page);
            }
        }
        // The client list's filter, typed as a user types.
        areas->setCurrentRow(0);
        settle();
        if (auto* filter = child<QLineEdit>(window, "clientFilterLineEdit"))
            QTest::keyClicks(filter, names.first().left(3));
        settle();
        QCOMPARE(fingerprint(dir), before);

        // Locking with all of it open: nothing of any client stays in view.
        controller.lock();
        QTRY_VERIFY(!controller.workspace());
        settle();
        const QStringList shown = placesShowing(window, names);
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
        // (Closing writes the WAL back into the file: the bytes move, as they should.)

        // Unlocking again (locking asks for the passphrase) shows the data again.
        QTRY_VERIFY(controller.unlockDialog());
        typeInto(child<QLineEdit>(controller.unlockDialog(), "passphraseLineEdit"),
                 QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
        click(child<QAbstractButton>(controller.unlockDialog(), "unlockButton"));
        QTRY_VERIFY(controller.workspace());
        areas->setCurrentRow(0);
        settle();
        if (auto* filter = child<QLineEdit>(window, "clientFilterLineEdit"))
            filter->clear();
        settle();
        const QStringList again = placesShowing(window, names);
        QVERIFY2(!again.isEmpty(), "no client is shown after unlocking again");
    }
};

QTEST_MAIN(TestEveryArea)
#include "tst_everyarea.moc"
