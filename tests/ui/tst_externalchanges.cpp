// A change committed by another process (the CLI, a second MentorDesk) shows
// in the open window without a restart.

#include "AppController.h"
#include "CliProcess.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

class TestExternalChanges final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void aClientAddedByTheCliAppearsInTheList() {
        test::TemporaryWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
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
        ClientListModel* model = controller.mainWindow()->clientsPage()->model();
        QCOMPARE(model->rowCount(), 0);

        QTemporaryDir cliHome;
        const test::CliRun added = test::runCli(
            qEnvironmentVariable("MENTORDESK_CLI"),
            {QStringLiteral("--workspace"), dir, QStringLiteral("client"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("Katherine Johnson")},
            QByteArray(test::TemporaryWorkspace::kPassphrase) + '\n',
            test::isolatedCliEnvironment(cliHome.path()));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(model->rowCount(), 0); // not yet looked

        controller.checkForExternalChanges();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ClientListModel::NameColumn).data().toString(),
                 QStringLiteral("Katherine Johnson"));
        // Nothing new: nothing reloads.
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        controller.checkForExternalChanges();
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
