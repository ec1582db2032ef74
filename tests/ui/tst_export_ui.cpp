// Exports through the real window: File > Export Workspace writes every
// client into a new, owner-only folder; the client page's Export writes one
// client and nobody else, without the private notes when the mentor says so;
// and the dashboard's backup panel says when the last verified backup was
// made and makes one on request.

#include "AppController.h"
#include "FakeClock.h"
#include "FakeKeyStore.h"
#include "MainWindow.h"
#include "ModalScript.h"
#include "TemporaryWorkspace.h"
#include "UiTestHelpers.h"
#include "backup/BackupController.h"
#include "backup/BackupService.h"
#include "clients/ClientsPage.h"
#include "pipeline/DashboardPage.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "security/UnlockDialog.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

using namespace md;
using test::child;
using test::click;
using test::ModalScript;
using test::typeInto;

namespace {

const QString kPassphrase = QString::fromLatin1(test::TemporaryWorkspace::kPassphrase);
const QString kPrivateNote = QStringLiteral("Worried the reorg will sink her promotion");
const QString kSharedNote = QStringLiteral("Agreed to draft the portfolio review outline");

ModalScript::Answer chooseFolder(const QString& folder) {
    return [folder](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        QVERIFY2(dialog, modal->metaObject()->className());
        test::choosePath(dialog, folder);
    };
}

ModalScript::Answer acknowledge(const char* objectName, QString* text = nullptr) {
    return [objectName, text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY2(box && box->objectName() == QLatin1String(objectName),
                 qPrintable(modal->objectName()));
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->accept();
    };
}

// Every byte under `dir`, as text.
QString everything(const QString& dir) {
    QString text;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

struct App {
    QTemporaryDir root;
    QString dir;
    test::FakeClock clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    Settings settings{root.filePath(QStringLiteral("settings.ini"))};
    test::FakeKeyStore keyStore;
    std::unique_ptr<AppController> controller;
    qint64 adaId = 0;

    App() {
        dir = root.filePath(QStringLiteral("workspace"));
        {
            test::TemporaryWorkspace tw;
            Client ada;
            ada.fullName = QStringLiteral("Ada Lovelace");
            ada.email = QStringLiteral("ada@example.org");
            adaId = tw->clients().add(ada)->id;
            Client grace;
            grace.fullName = QStringLiteral("Grace Hopper");
            grace.email = QStringLiteral("grace@example.org");
            (void)tw->clients().add(grace);
            Engagement engagement;
            engagement.clientId = adaId;
            engagement.title = QStringLiteral("Into product management");
            engagement.startDate = QDate(2026, 11, 2);
            const qint64 engagementId = tw->engagements().addEngagement(engagement)->id;
            Session session;
            session.engagementId = engagementId;
            session.start =
                ZonedTime::make(QDate(2026, 11, 10), QTime(10, 0), QTimeZone("Europe/Berlin"));
            session.durationMinutes = 60;
            session.privateNotes = kPrivateNote;
            session.shareableNotes = kSharedNote;
            const auto added = tw->scheduling().addSession(session);
            QVERIFY2(added.ok(), qPrintable(added.message()));
            tw.close();
            QDir().rename(tw.directory(), dir);
        }
        controller = std::make_unique<AppController>(keyStore, settings, nullptr, clock);
        controller->start(dir);
        QTRY_VERIFY(controller->unlockDialog());
        typeInto(child<QLineEdit>(controller->unlockDialog(), "passphraseLineEdit"), kPassphrase);
        click(child<QAbstractButton>(controller->unlockDialog(), "unlockButton"));
        QTRY_VERIFY(controller->workspace());
    }
    MainWindow* window() const { return controller->mainWindow(); }
};

} // namespace

class TestExportUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        setDefaultKdfStrength(KdfStrength::Fast);
        // A fresh account, as on a new machine: a home without a Documents folder.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
    }

    // On a fresh account without a Documents folder, the folder dialog opens
    // in one that exists, and choosing it right away exports there. Started
    // in the missing Documents folder, it offered "Documents" and refused it.
    void choosingTheFolderTheDialogOffersExportsThere() {
        App app;
        QString started;
        ModalScript script({[&started](QWidget* modal) {
                                auto* dialog = qobject_cast<QFileDialog*>(modal);
                                QVERIFY(dialog);
                                QTest::qWait(300); // the dialog reads its folder meanwhile
                                started = dialog->directory().absolutePath();
                                static_cast<QDialog*>(dialog)->accept();
                            },
                            acknowledge("exportDoneMessageBox")});
        script.run([&] {
            app.window()->findChild<QAction*>(QStringLiteral("exportWorkspaceAction"))->trigger();
        });
        QCOMPARE(script.answered(), 2);
        QCOMPARE(started, QDir(m_home.path()).absolutePath());
        QVERIFY(
            QFileInfo(QDir(m_home.path()).filePath(QStringLiteral("MentorDesk export 2026-12-02")))
                .isDir());
    }

    void fileExportWritesTheWholeWorkspace() {
        App app;
        QTemporaryDir target;
        const QString earlier =
            QDir(target.path()).filePath(QStringLiteral("MentorDesk export 2026-12-02"));
        QVERIFY(QDir().mkpath(earlier));
        QString report;
        ModalScript script(
            {chooseFolder(target.path()), acknowledge("exportDoneMessageBox", &report)});
        script.run([&] {
            app.window()->findChild<QAction*>(QStringLiteral("exportWorkspaceAction"))->trigger();
        });
        QCOMPARE(script.answered(), 2);
        const QString folder = earlier + QStringLiteral(" (2)");
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(report));
        QVERIFY(report.contains(QDir::toNativeSeparators(folder)));
        QVERIFY(report.contains(QStringLiteral("NOT encrypted")));
        QCOMPARE(QFileInfo(folder).permissions() &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser | QFile::ReadOwner |
                       QFile::WriteOwner | QFile::ExeOwner),
                 QFileDevice::Permissions());
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("README.txt"))));
        const QString text = everything(folder);
        for (const QString& expected :
             {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"), kPrivateNote})
            QVERIFY2(text.contains(expected), qPrintable(expected));

        // An earlier export of the same day is left alone: this one went beside it.
        QVERIFY(QDir(earlier).isEmpty());
    }

    void cancellingTheFolderWritesNothing() {
        App app;
        QTemporaryDir target;
        ModalScript script({[](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            QVERIFY(dialog);
            dialog->reject();
        }});
        script.run([&] {
            app.window()->findChild<QAction*>(QStringLiteral("exportWorkspaceAction"))->trigger();
        });
        QCOMPARE(script.answered(), 1);
        QVERIFY(QDir(target.path()).isEmpty());
    }

    // The idle lock can strike while the folder dialog is open: the export
    // then writes nothing and touches no closed workspace.
    void lockingDuringTheFolderDialogWritesNothing() {
        App app;
        QTemporaryDir target;
        ModalScript script({[&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            QVERIFY(dialog);
            app.window()->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
            QTRY_VERIFY(!app.controller->workspace());
            if (QApplication::activeModalWidget() == dialog) {
                test::choosePath(dialog, target.path());
            }
        }});
        script.run([&] {
            app.window()->findChild<QAction*>(QStringLiteral("exportWorkspaceAction"))->trigger();
        });
        QCOMPARE(script.answered(), 1);
        QVERIFY(!app.controller->workspace());
        QVERIFY(QDir(target.path()).isEmpty());
    }

    void clientPageExportsOneClientWithoutPrivateNotes() {
        App app;
        ClientsPage* page = app.window()->clientsPage();
        app.window()->setCurrentArea(page);
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QVERIFY(page->selectClient(app.adaId));
        // In the client form's More menu.
        auto* exportAction = child<QAction>(page, "exportAction");
        QVERIFY(exportAction);
        QTRY_VERIFY(exportAction->isVisible());

        QTemporaryDir target;
        QString question;
        ModalScript script({
            [&question](QWidget* modal) {
                auto* box = qobject_cast<QMessageBox*>(modal);
                QVERIFY2(box && box->objectName() == QLatin1String("exportClientMessageBox"),
                         qPrintable(modal->objectName()));
                question = box->text() + QLatin1Char('\n') + box->informativeText();
                auto* notes =
                    box->findChild<QCheckBox*>(QStringLiteral("includePrivateNotesCheckBox"));
                QVERIFY(notes && notes->isChecked());
                notes->setChecked(false);
                click(box->findChild<QPushButton*>(QStringLiteral("chooseExportFolderButton")));
            },
            chooseFolder(target.path()),
            acknowledge("exportDoneMessageBox"),
        });
        script.run([&] { exportAction->trigger(); });
        QCOMPARE(script.answered(), 3);
        QVERIFY(question.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(question.contains(QStringLiteral("not encrypted")));

        const QStringList written =
            QDir(target.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(written,
                 QStringList{QStringLiteral("Ada Lovelace – MentorDesk export 2026-12-02")});
        const QString text = everything(QDir(target.path()).filePath(written.first()));
        QVERIFY(text.contains(QStringLiteral("ada@example.org")));
        QVERIFY(text.contains(kSharedNote));
        QVERIFY2(!text.contains(kPrivateNote), "the private note was exported");
        QVERIFY2(!text.contains(QStringLiteral("Grace Hopper")), "another client was exported");
        QVERIFY(!text.contains(QStringLiteral("grace@example.org")));
    }

    void dashboardShowsTheLastBackupAndMakesOne() {
        App app;
        auto* dashboard = app.window()->findChild<DashboardPage*>();
        QVERIFY(dashboard);
        auto* status = child<QLabel>(dashboard, "dashboardBackupStatusLabel");
        QCOMPARE(status->text(), QStringLiteral("No backup yet"));
        QVERIFY(BackupService::list(BackupService::defaultFolder(app.dir))->isEmpty());

        click(child<QPushButton>(dashboard, "dashboardBackUpNowButton"));
        const QList<BackupInfo> made =
            BackupService::list(BackupService::defaultFolder(app.dir)).value();
        QCOMPARE(made.size(), 1);
        QVERIFY2(status->text().startsWith(QStringLiteral("Backed up today at")),
                 qPrintable(status->text()));
        QVERIFY(child<QLabel>(dashboard, "dashboardBackupDetailsLabel")
                    ->text()
                    .contains(QDir::toNativeSeparators(made.first().path)));
        const QColor normal = status->palette().color(QPalette::WindowText);

        // Eight days later without another one: the panel warns, like the status bar.
        app.clock.advanceDays(8);
        app.controller->backups()->setWorkspace(app.controller->workspace());
        QVERIFY2(status->text().startsWith(QStringLiteral("No backup for 8 day")),
                 qPrintable(status->text()));
        QCOMPARE(status->text(), child<QLabel>(app.window(), "backupStatusLabel")->text());
        QVERIFY(status->palette().color(QPalette::WindowText) != normal);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
