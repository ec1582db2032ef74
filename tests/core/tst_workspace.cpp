#include "FakeKeyStore.h"
#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using test::TemporaryWorkspace;

namespace {

QByteArray hashOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void addClient(Workspace& workspace, const QString& name) {
    Client client;
    client.fullName = name;
    QVERIFY(workspace.clients().add(client).ok());
}

QStringList clientNames(Workspace& workspace) {
    QStringList names;
    for (const Client& client : workspace.clients().list(ClientFilter{true}).value())
        names.append(client.fullName);
    return names;
}

} // namespace

class TestWorkspace final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void createWritesEncryptedDatabaseAndSidecar() {
        TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(Workspace::exists(ws.directory()));
        auto sidecar = Workspace::readSidecar(ws.directory());
        QVERIFY(sidecar.ok());
        QCOMPARE(sidecar->cipherPageSize, 4096);
        QCOMPARE(sidecar->passphraseSlots.size(), 1);
        QVERIFY(!sidecar->workspaceId.isEmpty());
        QCOMPARE(ws->database().schemaVersion(), Migrator::latestVersion());
        QFile sidecarFile(Workspace::sidecarPath(ws.directory()));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        QVERIFY(!sidecarFile.readAll().contains(ws.recoveryKey().replace('-', "").toLower()));
    }

    // The folder made for a new workspace is the owner's alone (0700).
    void createRestrictsTheFolderToItsOwner() {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("new/workspace"));
        auto created = Workspace::create(dir, TemporaryWorkspace::secret("a long passphrase"));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(dir).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(dir).permissions() & QFileDevice::ExeOwner);
#endif
    }

    void createRefusesExistingWorkspace() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Existing"));
        ws.close();
        const QByteArray before = hashOf(Workspace::databasePath(ws.directory()));
        auto again = Workspace::create(ws.directory(), TemporaryWorkspace::secret("another one"));
        QCOMPARE(again.code(), ErrorCode::AlreadyExists);
        QCOMPARE(hashOf(Workspace::databasePath(ws.directory())), before);
        QVERIFY(ws.reopen());
        QCOMPARE(clientNames(ws.workspace()), QStringList{QStringLiteral("Existing")});
    }

    void unlockWithRecoveryKey() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Recovered"));
        ws.close();
        const QByteArray recovery = ws.recoveryKey();
        auto opened =
            Workspace::unlockWithRecoveryKey(ws.directory(), TemporaryWorkspace::secret(recovery));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(clientNames(**opened), QStringList{QStringLiteral("Recovered")});

        // The forgotten-passphrase path: a new passphrase set with the recovery key.
        QVERIFY((*opened)
                    ->resetPassphrase(TemporaryWorkspace::secret(recovery),
                                      TemporaryWorkspace::secret("brand new passphrase"))
                    .ok());
        opened->reset();
        QCOMPARE(Workspace::unlockWithPassphrase(
                     ws.directory(), TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase))
                     .code(),
                 ErrorCode::WrongKey);
        QVERIFY(Workspace::unlockWithPassphrase(ws.directory(),
                                                TemporaryWorkspace::secret("brand new passphrase"))
                    .ok());
    }

    void unlockWithRememberedKey() {
        TemporaryWorkspace ws;
        test::FakeKeyStore store;
        auto created = Workspace::create(ws.directory() + QStringLiteral("/second"),
                                         TemporaryWorkspace::secret("remember me please"));
        QVERIFY(created.ok());
        const QString dir = created->workspace->directory();
        const QString id = created->workspace->id();
        QVERIFY(store.writeKeyBlocking(id, created->key.dataKey).ok());
        created->workspace.reset();

        auto key = store.readKeyBlocking(id);
        QVERIFY(key.ok());
        auto opened = Workspace::unlockWithKey(dir, std::move(key.value()));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));

        // A key of another workspace is refused before touching the database.
        opened->reset();
        auto other = Workspace::unlockWithKey(dir, SecureBytes::random(32));
        QCOMPARE(other.code(), ErrorCode::WrongKey);
    }

    void keychainFailuresCreateNothing_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("entry missing") << int(test::FakeKeyStore::Mode::EntryNotFound);
        QTest::newRow("keyring locked") << int(test::FakeKeyStore::Mode::Locked);
        QTest::newRow("no keychain service") << int(test::FakeKeyStore::Mode::NoBackend);
    }
    void keychainFailuresCreateNothing() {
        QFETCH(int, mode);
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Still here"));
        const QString id = ws->id();
        ws.close();
        const QStringList filesBefore = QDir(ws.directory()).entryList(QDir::Files);
        const QByteArray dbBefore = hashOf(Workspace::databasePath(ws.directory()));

        test::FakeKeyStore store;
        store.setMode(test::FakeKeyStore::Mode(mode));
        auto key = store.readKeyBlocking(id);
        QVERIFY(!key.ok());
        // The only thing the caller may do now is ask for the passphrase:
        // the workspace still exists, so nothing is ever created.
        QVERIFY(Workspace::exists(ws.directory()));
        QCOMPARE(Workspace::create(ws.directory(), TemporaryWorkspace::secret("x")).code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(QDir(ws.directory()).entryList(QDir::Files), filesBefore);
        QCOMPARE(hashOf(Workspace::databasePath(ws.directory())), dbBefore);
        QCOMPARE(store.writeCount(), 0);
        QVERIFY(ws.reopen());
        QCOMPARE(clientNames(ws.workspace()), QStringList{QStringLiteral("Still here")});
    }

    void changePassphrase() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Same data"));
        QCOMPARE(ws->changePassphrase(TemporaryWorkspace::secret("wrong"),
                                      TemporaryWorkspace::secret("new passphrase 42"))
                     .code(),
                 ErrorCode::WrongKey);
        QVERIFY(ws->changePassphrase(TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase),
                                     TemporaryWorkspace::secret("new passphrase 42"))
                    .ok());
        ws.close();
        QCOMPARE(Workspace::unlockWithPassphrase(
                     ws.directory(), TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase))
                     .code(),
                 ErrorCode::WrongKey);
        auto opened = Workspace::unlockWithPassphrase(
            ws.directory(), TemporaryWorkspace::secret("new passphrase 42"));
        QVERIFY(opened.ok());
        QCOMPARE(clientNames(**opened), QStringList{QStringLiteral("Same data")});
        opened->reset();
        // The recovery key is the data key: unchanged by a new passphrase.
        QVERIFY(Workspace::unlockWithRecoveryKey(ws.directory(),
                                                 TemporaryWorkspace::secret(ws.recoveryKey()))
                    .ok());
    }

    void regenerateRecoveryKeyRekeys() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Through the re-key"));
        const QByteArray oldRecovery = ws.recoveryKey();
        auto fresh =
            ws->regenerateRecoveryKey(TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase));
        QVERIFY2(fresh.ok(), qPrintable(fresh.message()));
        const QByteArray newRecovery = fresh->recoveryKey.view().toByteArray();
        QVERIFY(newRecovery != oldRecovery);
        ws.close();

        QCOMPARE(Workspace::unlockWithRecoveryKey(ws.directory(),
                                                  TemporaryWorkspace::secret(oldRecovery))
                     .code(),
                 ErrorCode::WrongKey);
        // The old key really no longer decrypts the file.
        auto oldKey = RecoveryKey::parse(oldRecovery);
        QCOMPARE(Database::open(Workspace::databasePath(ws.directory()), std::move(oldKey.value()),
                                Database::OpenMode::MustExist)
                     .code(),
                 ErrorCode::WrongKey);
        auto byRecovery = Workspace::unlockWithRecoveryKey(ws.directory(),
                                                           TemporaryWorkspace::secret(newRecovery));
        QVERIFY2(byRecovery.ok(), qPrintable(byRecovery.message()));
        QCOMPARE(clientNames(**byRecovery), QStringList{QStringLiteral("Through the re-key")});
        byRecovery->reset();
        QVERIFY(ws.reopen());
    }

    void interruptedRekeyStillOpens() {
        // Simulate a crash right after the sidecar recorded the pending key but
        // before (a) or after (b) the database was re-encrypted.
        for (const bool rekeyHappened : {false, true}) {
            TemporaryWorkspace ws;
            addClient(ws.workspace(), QStringLiteral("Crash survivor"));
            SecureBytes newKey = SecureBytes::random(32);
            Sidecar sidecar = ws->sidecar();
            auto pending =
                wrapKey(newKey, TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase),
                        KdfStrength::Fast);
            QVERIFY(pending.ok());
            pending->pending = true;
            sidecar.passphraseSlots.append(pending.value());
            sidecar.pendingKeyFingerprint = keyFingerprint(newKey);
            QVERIFY(sidecar.write(Workspace::sidecarPath(ws.directory())).ok());
            if (rekeyHappened)
                QVERIFY(ws->database().rekey(newKey).ok());
            QVERIFY2(ws.reopen(), qPrintable(ws.error()));
            QCOMPARE(clientNames(ws.workspace()), QStringList{QStringLiteral("Crash survivor")});
            auto settled = Workspace::readSidecar(ws.directory());
            QCOMPARE(settled->passphraseSlots.size(), 1);
            QVERIFY(settled->pendingKeyFingerprint.isEmpty());
            QCOMPARE(settled->keyFingerprint,
                     rekeyHappened ? keyFingerprint(newKey) : ws->sidecar().keyFingerprint);
        }
    }

    void lostSidecarRecoversWithRecoveryKey() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Sidecar lost"));
        const QString id = ws->id();
        ws.close();
        QVERIFY(QFile::remove(Workspace::sidecarPath(ws.directory())));
        auto byPassphrase = Workspace::unlockWithPassphrase(
            ws.directory(), TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase));
        QCOMPARE(byPassphrase.code(), ErrorCode::NotFound);

        auto opened = Workspace::unlockWithRecoveryKey(
            ws.directory(), TemporaryWorkspace::secret(ws.recoveryKey()));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->id(), id);
        QVERIFY((*opened)->needsNewPassphrase());
        QCOMPARE(clientNames(**opened), QStringList{QStringLiteral("Sidecar lost")});
        QVERIFY((*opened)
                    ->resetPassphrase(TemporaryWorkspace::secret(ws.recoveryKey()),
                                      TemporaryWorkspace::secret("after the loss"))
                    .ok());
        opened->reset();
        QVERIFY(Workspace::unlockWithPassphrase(ws.directory(),
                                                TemporaryWorkspace::secret("after the loss"))
                    .ok());
    }

    void newerWorkspaceRefusedUntouched() {
        TemporaryWorkspace ws;
        {
            QSqlQuery query(ws->database().connection());
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
        }
        ws.close();
        const QByteArray before = hashOf(Workspace::databasePath(ws.directory()));
        QVERIFY(!ws.reopen());
        QVERIFY(ws.error().contains(QStringLiteral("newer version")));
        QCOMPARE(hashOf(Workspace::databasePath(ws.directory())), before);
    }

    void verifyReportsHealthyDatabase() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Healthy"));
        auto problems = ws->verify();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
