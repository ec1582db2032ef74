// The Clients area with its real widgets: fill the client form, save, find the
// client in the list and through the filter; inline validation; archive;
// delete after confirmation; empty states.

#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientFilterProxyModel.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

class TestClientsPage final : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TemporaryWorkspace tw;
        ClientsPage page;
        Fixture() {
            page.resize(1100, 700);
            page.show();
            page.setWorkspace(&tw.workspace());
        }
        template <typename T> T* find(const char* name) const { return child<T>(&page, name); }
    };

    static int rowFor(const QAbstractItemModel* model, const QString& name) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ClientListModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void emptyStateTellsWhatToDo() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        QLabel* empty = f.find<QLabel>("clientsEmptyStateLabel");
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(f.find<QPushButton>("addFirstClientButton")->isVisible());
        QVERIFY(!f.find<QTableView>("clientTableView")->isVisible());
    }

    void fillFormSaveAndFindInList() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        click(f.find<QPushButton>("addFirstClientButton"));
        QLineEdit* fullName = f.find<QLineEdit>("fullNameLineEdit");
        QVERIFY(fullName && fullName->isVisible());
        QPushButton* save = f.find<QPushButton>("saveButton");
        QVERIFY(!save->isEnabled()); // nothing typed yet

        typeInto(fullName, QStringLiteral("Grace Hopper"));
        typeInto(f.find<QLineEdit>("preferredNameLineEdit"), QStringLiteral("Grace"));
        typeInto(f.find<QLineEdit>("emailLineEdit"), QStringLiteral("grace@navy.example"));
        typeInto(f.find<QLineEdit>("phoneLineEdit"), QStringLiteral("+1 555 0100"));
        typeInto(f.find<QLineEdit>("organisationLineEdit"), QStringLiteral("US Navy"));
        typeInto(f.find<QLineEdit>("roleLineEdit"), QStringLiteral("Rear Admiral"));
        typeInto(f.find<QComboBox>("timeZoneComboBox")->lineEdit(),
                 QStringLiteral("America/New_York"));
        typeInto(f.find<QLineEdit>("referralSourceLineEdit"), QStringLiteral("A conference"));
        typeInto(f.find<QLineEdit>("tagsLineEdit"), QStringLiteral("compilers, leadership"));
        QComboBox* status = f.find<QComboBox>("statusComboBox");
        status->setCurrentIndex(status->findData(int(ClientStatus::Active)));
        QPlainTextEdit* background = f.find<QPlainTextEdit>("backgroundTextEdit");
        background->setFocus();
        QTest::keyClicks(background, QStringLiteral("Mathematician turned programmer."));
        QPlainTextEdit* keep = f.find<QPlainTextEdit>("keepDoingTextEdit");
        keep->setFocus();
        QTest::keyClicks(keep, QStringLiteral("Teaching by example"));

        QVERIFY(save->isEnabled());
        click(save);

        // In the list, selected, and stored with every field.
        QTableView* view = f.find<QTableView>("clientTableView");
        QVERIFY(view->isVisible());
        // Under the preferred name: the lists' default rule (domain/ClientName.h).
        const int row = rowFor(view->model(), QStringLiteral("Grace"));
        QVERIFY(row >= 0);
        QCOMPARE(view->currentIndex().row(), row);
        QVERIFY(!save->isEnabled()); // clean after saving
        Result<QList<Client>> stored = f.tw->clients().list();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const Client& grace = stored->first();
        QCOMPARE(grace.email, QStringLiteral("grace@navy.example"));
        QCOMPARE(grace.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(grace.tags,
                 (QStringList{QStringLiteral("compilers"), QStringLiteral("leadership")}));
        QCOMPARE(grace.status, ClientStatus::Active);
        QCOMPARE(grace.background, QStringLiteral("Mathematician turned programmer."));
        QCOMPARE(grace.keepDoing, QStringLiteral("Teaching by example"));
        QCOMPARE(grace.role, QStringLiteral("Rear Admiral"));

        // Through the filter: by tag, and a miss shows the no-match state.
        QLineEdit* filter = f.find<QLineEdit>("clientFilterLineEdit");
        typeInto(filter, QStringLiteral("compil"));
        QCOMPARE(view->model()->rowCount(), 1);
        typeInto(filter, QStringLiteral("nobody-by-this-name"));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(f.find<QLabel>("clientsEmptyStateLabel")->isVisible());
        QVERIFY(f.find<QLabel>("clientsEmptyStateLabel")
                    ->text()
                    .contains(QStringLiteral("nobody-by-this-name")));
        typeInto(filter, QStringLiteral("hopper"));
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void invalidEmailBlocksSave() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        f.page.newClient();
        typeInto(f.find<QLineEdit>("fullNameLineEdit"), QStringLiteral("Alan Turing"));
        QPushButton* save = f.find<QPushButton>("saveButton");
        QVERIFY(save->isEnabled());

        QLineEdit* email = f.find<QLineEdit>("emailLineEdit");
        typeInto(email, QStringLiteral("alan at bletchley"));
        QLabel* error = f.find<QLabel>("emailErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("email")));
        QVERIFY(!save->isEnabled());
        QTest::keySequence(&f.page, QKeySequence::Save); // the shortcut is blocked too
        QCOMPARE(f.tw->clients().count().value(), 0);

        typeInto(email, QStringLiteral("alan@bletchley.example"));
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());

        // Clearing the required name shows its message and blocks again.
        typeInto(f.find<QLineEdit>("fullNameLineEdit"), QString());
        QVERIFY(f.find<QLabel>("fullNameErrorLabel")->isVisible());
        QVERIFY(!save->isEnabled());
    }

    void archiveAndDelete() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        Client client;
        client.fullName = QStringLiteral("Katherine Johnson");
        Result<Client> stored = f.tw->clients().add(client);
        QVERIFY(stored);
        QVERIFY(f.page.selectClient(stored->id));

        QTableView* view = f.find<QTableView>("clientTableView");
        QCOMPARE(view->model()->rowCount(), 1);
        f.find<QAction>("archiveAction")->trigger();
        QVERIFY(f.tw->clients().get(stored->id)->archived);
        QCOMPARE(view->model()->rowCount(), 0); // hidden while "show archived" is off
        QVERIFY(f.find<QLabel>("clientsEmptyStateLabel")
                    ->text()
                    .contains(QStringLiteral("Show archived")));
        f.find<QCheckBox>("showArchivedCheckBox")->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);

        // The form still shows the client, now with Unarchive and Delete.
        QVERIFY(f.page.selectClient(stored->id));
        click(f.find<QPushButton>("deleteButton"));
        auto* box = f.page.findChild<QMessageBox*>(QStringLiteral("deleteConfirmMessageBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        // Cancel keeps the client.
        click(box->button(QMessageBox::Cancel));
        QTRY_VERIFY(!f.page.findChild<QMessageBox*>(QStringLiteral("deleteConfirmMessageBox")) ||
                    !box->isVisible());
        QVERIFY(f.tw->clients().get(stored->id));

        click(f.find<QPushButton>("deleteButton"));
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY(
            (confirm = f.page.findChild<QMessageBox*>(QStringLiteral("deleteConfirmMessageBox"))) &&
            confirm->isVisible());
        click(child<QPushButton>(confirm, "confirmDeleteButton"));
        QTRY_COMPARE(f.tw->clients().count().value(), 0);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(
            f.find<QLabel>("clientsEmptyStateLabel")->text().contains(QStringLiteral("Ctrl+N")));
    }

    // Archive, export and erase wait in the More menu beside Delete, Revert
    // and Save; each is reached with the keyboard: Alt+M opens the menu, and
    // the Alt+letter each had as a button still works from anywhere in the form.
    void rarelyUsedActionsWaitInTheMoreMenu() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        Client client;
        client.fullName = QStringLiteral("Mary Jackson");
        Result<Client> stored = f.tw->clients().add(client);
        QVERIFY(stored);
        QVERIFY(f.page.selectClient(stored->id));
        f.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.page));

        auto* more = f.find<QPushButton>("moreButton");
        QVERIFY(more && more->isVisible());
        QMenu* menu = more->menu();
        QVERIFY(menu);
        QList<QAction*> actions;
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator())
                actions << action;
        }
        QCOMPARE(actions,
                 (QList<QAction*>{f.find<QAction>("archiveAction"), f.find<QAction>("exportAction"),
                                  f.find<QAction>("eraseAction")}));
        for (QAction* action : actions) {
            QVERIFY(action->isVisible() && action->isEnabled());
            QCOMPARE(action->shortcut(), QKeySequence::mnemonic(action->text()));
            QVERIFY(!action->shortcut().isEmpty());
        }
        for (const char* name : {"archiveButton", "exportButton", "eraseButton"})
            QVERIFY2(!f.find<QPushButton>(name), name);

        // The shortcut alone archives, from any field of the form.
        QAction* archive = f.find<QAction>("archiveAction");
        f.find<QLineEdit>("emailLineEdit")->setFocus();
        QTest::keySequence(&f.page, archive->shortcut());
        QTRY_VERIFY(f.tw->clients().get(stored->id)->archived);
        QCOMPARE(archive->shortcut(), QKeySequence::mnemonic(archive->text())); // Unarchive

        // Alt+M from the name field opens the menu; its "c" brings the client back.
        f.find<QLineEdit>("fullNameLineEdit")->setFocus();
        bool menuShown = false;
        QTimer::singleShot(0, menu, [menu, &menuShown] {
            menuShown = menu->isVisible();
            QTest::keyClick(menu, Qt::Key_C);
            if (menu->isVisible())
                menu->hide(); // never leave the test waiting on it
        });
        QTest::keySequence(&f.page, QKeySequence(Qt::ALT | Qt::Key_M));
        QVERIFY(menuShown);
        QTRY_VERIFY(!f.tw->clients().get(stored->id)->archived);
    }

    // Erasing says what goes and what the law keeps, then leaves only the
    // anonymous label, hidden with the archived clients.
    void eraseAfterConfirming() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        Client client;
        client.fullName = QStringLiteral("Dorothy Vaughan");
        client.aspirations = QStringLiteral("Lead the computing section");
        Result<Client> stored = f.tw->clients().add(client);
        QVERIFY(stored);
        QVERIFY(f.page.selectClient(stored->id));
        QTableView* view = f.find<QTableView>("clientTableView");
        QCOMPARE(view->model()->rowCount(), 1);

        f.find<QAction>("eraseAction")->trigger();
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY(
            (confirm = f.page.findChild<QMessageBox*>(QStringLiteral("eraseConfirmMessageBox"))) &&
            confirm->isVisible());
        QVERIFY2(confirm->informativeText().contains(QStringLiteral("No invoice has to be kept")),
                 qPrintable(confirm->informativeText()));
        click(confirm->button(QMessageBox::Cancel));
        QCOMPARE(f.tw->clients().get(stored->id)->fullName, client.fullName);

        f.find<QAction>("eraseAction")->trigger();
        QTRY_VERIFY(
            (confirm = f.page.findChild<QMessageBox*>(QStringLiteral("eraseConfirmMessageBox"))) &&
            confirm->isVisible());
        click(child<QPushButton>(confirm, "confirmEraseButton"));
        QMessageBox* done = nullptr;
        QTRY_VERIFY((done = f.page.findChild<QMessageBox*>(QStringLiteral("erasedMessageBox"))) &&
                    done->isVisible());
        QVERIFY(done->text().contains(QStringLiteral("was erased for good")));

        const Result<Client> left = f.tw->clients().get(stored->id);
        QVERIFY(left);
        QVERIFY(left->isErased());
        QCOMPARE(left->fullName, QStringLiteral("Erased client %1").arg(stored->id));
        QVERIFY(left->aspirations.isEmpty());
        QCOMPARE(view->model()->rowCount(), 0);
        f.find<QCheckBox>("showArchivedCheckBox")->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), left->fullName);
        // The label can be looked at, not erased twice or edited.
        QVERIFY(f.page.selectClient(stored->id));
        QVERIFY(!f.find<QAction>("eraseAction")->isVisible());
        QVERIFY(!f.find<QPushButton>("moreButton")->isVisible());
    }

    void unsavedChangesAreNotLostSilently() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        Client a;
        a.fullName = QStringLiteral("First Client");
        Client b;
        b.fullName = QStringLiteral("Second Client");
        Result<Client> first = f.tw->clients().add(a);
        Result<Client> second = f.tw->clients().add(b);
        QVERIFY(first && second);
        QVERIFY(f.page.selectClient(first->id));
        typeInto(f.find<QLineEdit>("roleLineEdit"), QStringLiteral("Engineer"));

        f.page.selectClient(second->id); // asks first
        QMessageBox* box = nullptr;
        QTRY_VERIFY(
            (box = f.page.findChild<QMessageBox*>(QStringLiteral("unsavedChangesMessageBox"))) &&
            box->isVisible());
        click(box->button(QMessageBox::Save));
        QTRY_COMPARE(f.tw->clients().get(first->id)->role, QStringLiteral("Engineer"));
        QCOMPARE(f.find<QLineEdit>("fullNameLineEdit")->text(), QStringLiteral("Second Client"));
    }

    // A change made elsewhere (another window, the CLI) reaches the profile on
    // screen; the mentor's own unsaved edits are never overwritten.
    void profileFollowsChangesMadeElsewhere() {
        Fixture f;
        QVERIFY(f.tw.isValid());
        Client ada;
        ada.fullName = QStringLiteral("Ada Lovelace");
        Result<Client> stored = f.tw->clients().add(ada);
        QVERIFY(stored);
        QVERIFY(f.page.selectClient(stored->id));

        Client renamed = *stored;
        renamed.role = QStringLiteral("Analyst");
        QVERIFY(f.tw->clients().update(renamed));
        QCOMPARE(f.find<QLineEdit>("roleLineEdit")->text(), QStringLiteral("Analyst"));
        const int row = rowFor(f.page.proxyModel(), QStringLiteral("Ada Lovelace"));
        QVERIFY(row >= 0);

        // Now the mentor is typing: a change elsewhere does not overwrite it.
        typeInto(f.find<QLineEdit>("organisationLineEdit"), QStringLiteral("Typed here"));
        renamed.role = QStringLiteral("Engineer");
        QVERIFY(f.tw->clients().update(renamed));
        QCOMPARE(f.find<QLineEdit>("organisationLineEdit")->text(), QStringLiteral("Typed here"));
        QCOMPARE(f.find<QLineEdit>("roleLineEdit")->text(), QStringLiteral("Analyst"));

        // Deleted elsewhere while not edited: the profile goes away.
        Client other;
        other.fullName = QStringLiteral("Blaise Pascal");
        Result<Client> second = f.tw->clients().add(other);
        QVERIFY(second);
        f.page.selectClient(second->id); // asks about the unsaved edits
        QMessageBox* box = nullptr;
        QTRY_VERIFY(
            (box = f.page.findChild<QMessageBox*>(QStringLiteral("unsavedChangesMessageBox"))) &&
            box->isVisible());
        click(box->button(QMessageBox::Discard));
        QTRY_COMPARE(f.find<QLineEdit>("fullNameLineEdit")->text(),
                     QStringLiteral("Blaise Pascal"));
        QVERIFY(f.tw->clients().remove(second->id));
        QVERIFY(f.find<QLineEdit>("fullNameLineEdit")->text() != QStringLiteral("Blaise Pascal") ||
                !f.find<QLineEdit>("fullNameLineEdit")->isVisible());
        QCOMPARE(rowFor(f.page.proxyModel(), QStringLiteral("Blaise Pascal")), -1);
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
