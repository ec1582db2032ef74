#include "FakeKeyStore.h"
#include "ScopedTmpfs.h"
#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/FaultInjection.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Flips one byte of a file in place.
bool flipByte(const QString& path, qint64 offset) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x5a));
}

const QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;

SecureBytes passphrase() {
    return TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase);
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

    // Defect 1 (injected): the sidecar is written with every write checked.
    // A full disk fails the change, says so and keeps the old file.
    void passphraseChangeOnFullDiskKeepsTheOldSidecar() {
        TemporaryWorkspace ws;
        const QString path = Workspace::sidecarPath(ws.directory());
        const QByteArray before = contents(path);
        Status changed;
        {
            ScopedFileWriteFault full(0);
            changed =
                ws->changePassphrase(passphrase(), TemporaryWorkspace::secret("a new passphrase"));
        }
        QVERIFY(!changed.ok());
        QCOMPARE(changed.code(), ErrorCode::Io);
        QVERIFY2(changed.message().contains(QStringLiteral("disk is full")),
                 qPrintable(changed.message()));
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(ws.directory()).entryList({QStringLiteral("workspace.json*")}, QDir::Files),
                 QStringList{QStringLiteral("workspace.json")});
        ws.close();
        QVERIFY(Workspace::unlockWithPassphrase(ws.directory(), passphrase()).ok());
        QCOMPARE(Workspace::unlockWithPassphrase(ws.directory(),
                                                 TemporaryWorkspace::secret("a new passphrase"))
                     .code(),
                 ErrorCode::WrongKey);
    }

    // Defect 1 on a real full disk: a 1 MiB tmpfs filled to the last byte
    // after the workspace was opened.
    void passphraseChangeOnARealFullDisk() {
        test::ScopedTmpfs disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a 1 MiB tmpfs here (%1); the injected "
                                            "full disk of "
                                            "passphraseChangeOnFullDiskKeepsTheOldSidecar still "
                                            "ran")
                                 .arg(disk.error())));
        const QString dir = disk.path() + QStringLiteral("/ws");
        test::FakeClock clock;
        auto created = Workspace::create(dir, passphrase(), clock);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        addClient(*created->workspace, QStringLiteral("On a small disk"));
        const QByteArray before = contents(Workspace::sidecarPath(dir));
        QVERIFY(disk.fill());
        const Status changed = created->workspace->changePassphrase(
            passphrase(), TemporaryWorkspace::secret("a new passphrase"));
        QVERIFY(!changed.ok());
        QVERIFY2(changed.message().contains(QStringLiteral("disk is full")),
                 qPrintable(changed.message()));
        QCOMPARE(contents(Workspace::sidecarPath(dir)), before);
        created->workspace.reset();
        QVERIFY(disk.release(512 * 1024));
        auto reopened = Workspace::unlockWithPassphrase(dir, passphrase(), clock);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(clientNames(**reopened), QStringList{QStringLiteral("On a small disk")});
    }

    // Defect 10: a full disk at open says so and leaves no -wal/-shm behind.
    void openOnAFullDiskSaysSoAndLeavesNothing() {
        test::ScopedTmpfs disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(
                QStringLiteral("cannot mount a 1 MiB tmpfs here (%1)").arg(disk.error())));
        const QString dir = disk.path() + QStringLiteral("/ws");
        test::FakeClock clock;
        {
            auto created = Workspace::create(dir, passphrase(), clock);
            QVERIFY2(created.ok(), qPrintable(created.message()));
        }
        const QStringList filesBefore = QDir(dir).entryList(QDir::Files);
        QVERIFY(disk.fill());
        auto opened = Workspace::unlockWithPassphrase(dir, passphrase(), clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::Io);
        QVERIFY2(opened.message().contains(QStringLiteral("disk is full")),
                 qPrintable(opened.message()));
        QVERIFY2(!opened.message().contains(QStringLiteral("I/O")), qPrintable(opened.message()));
        QCOMPARE(QDir(dir).entryList(QDir::Files), filesBefore);
    }

    // Defect 3: the right passphrase on a database whose first page is
    // damaged is reported as damage, never as a wrong passphrase.
    void damagedFirstPageIsNotAWrongPassphrase() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Behind a damaged page"));
        ws.close();
        const QString db = Workspace::databasePath(ws.directory());
        for (const qint64 offset : {qint64(3), qint64(40), qint64(1000), qint64(4000)}) {
            QTemporaryDir copy;
            QVERIFY(QFile::copy(db, Workspace::databasePath(copy.path())));
            QVERIFY(QFile::copy(Workspace::sidecarPath(ws.directory()),
                                Workspace::sidecarPath(copy.path())));
            QVERIFY(flipByte(Workspace::databasePath(copy.path()), offset));

            for (int way = 0; way < 2; ++way) {
                auto opened = way == 0
                                  ? Workspace::unlockWithPassphrase(copy.path(), passphrase())
                                  : Workspace::unlockWithRecoveryKey(
                                        copy.path(), TemporaryWorkspace::secret(ws.recoveryKey()));
                QVERIFY(!opened.ok());
                QCOMPARE(opened.code(), ErrorCode::Corrupted);
                QVERIFY2(opened.message().contains(QStringLiteral("damaged")),
                         qPrintable(opened.message()));
                QVERIFY2(opened.message().contains(QStringLiteral("verify")),
                         qPrintable(opened.message()));
                QVERIFY2(!opened.message().contains(QStringLiteral("Caps Lock")),
                         qPrintable(opened.message()));
            }
            // A wrong passphrase is still a wrong passphrase.
            QCOMPARE(Workspace::unlockWithPassphrase(copy.path(),
                                                     TemporaryWorkspace::secret("not the one"))
                         .code(),
                     ErrorCode::WrongKey);
        }
    }

    // Defect 4: a recovery-key unlock with a damaged workspace.json keeps the
    // damaged file beside the rebuilt one, dated by the workspace's clock,
    // and the passphrase then says why it no longer works.
    void damagedSidecarIsKeptWhenTheRecoveryKeyRebuildsIt() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Still readable"));
        const QString id = ws->id();
        ws.close();
        const QString path = Workspace::sidecarPath(ws.directory());
        QByteArray damaged = contents(path);
        damaged.truncate(damaged.size() / 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();

        // A wrong recovery key touches nothing.
        const QByteArray otherKey =
            RecoveryKey::format(SecureBytes::random(32)).view().toByteArray();
        QCOMPARE(Workspace::unlockWithRecoveryKey(ws.directory(),
                                                  TemporaryWorkspace::secret(otherKey), ws.clock())
                     .code(),
                 ErrorCode::WrongKey);
        QCOMPARE(contents(path), damaged);

        ws.clock().set(QDateTime(QDate(2026, 3, 4), QTime(17, 5, 9), Qt::UTC));
        auto opened = Workspace::unlockWithRecoveryKey(
            ws.directory(), TemporaryWorkspace::secret(ws.recoveryKey()), ws.clock());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE((*opened)->id(), id);
        QVERIFY((*opened)->needsNewPassphrase());
        const QString copy = path + QStringLiteral(".damaged-20260304-170509");
        QCOMPARE((*opened)->damagedSidecarCopy(), copy);
        QCOMPARE(contents(copy), damaged);
        QVERIFY(Workspace::readSidecar(ws.directory()).ok());
        QCOMPARE(clientNames(**opened), QStringList{QStringLiteral("Still readable")});
        opened->reset();

        auto byPassphrase = Workspace::unlockWithPassphrase(ws.directory(), passphrase());
        QCOMPARE(byPassphrase.code(), ErrorCode::NotFound);
        QVERIFY2(byPassphrase.message().contains(QStringLiteral("no passphrase yet")),
                 qPrintable(byPassphrase.message()));
        QVERIFY2(byPassphrase.message().contains(QStringLiteral("passwd --recovery-key")),
                 qPrintable(byPassphrase.message()));
    }

    // Defect 4: a damaged key fingerprint does not make the right recovery
    // key be refused; it is tried on the database, and the fingerprint is
    // set right (the damaged file kept).
    void damagedFingerprintStillTakesTheRightRecoveryKey() {
        TemporaryWorkspace ws;
        addClient(ws.workspace(), QStringLiteral("Fingerprint damaged"));
        const QByteArray rightFingerprint = ws->sidecar().keyFingerprint;
        ws.close();
        const QString path = Workspace::sidecarPath(ws.directory());
        QByteArray text = contents(path);
        QByteArray wrong = rightFingerprint;
        wrong[0] = wrong[0] == '0' ? '1' : '0';
        text.replace(rightFingerprint, wrong);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        QCOMPARE(Workspace::readSidecar(ws.directory())->keyFingerprint, wrong);

        const QByteArray otherKey =
            RecoveryKey::format(SecureBytes::random(32)).view().toByteArray();
        auto other =
            Workspace::unlockWithRecoveryKey(ws.directory(), TemporaryWorkspace::secret(otherKey));
        QCOMPARE(other.code(), ErrorCode::WrongKey);
        QCOMPARE(contents(path), text);

        auto opened = Workspace::unlockWithRecoveryKey(
            ws.directory(), TemporaryWorkspace::secret(ws.recoveryKey()), ws.clock());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(clientNames(**opened), QStringList{QStringLiteral("Fingerprint damaged")});
        QCOMPARE(Workspace::readSidecar(ws.directory())->keyFingerprint, rightFingerprint);
        QCOMPARE(contents((*opened)->damagedSidecarCopy()), text);
        // The passphrase entry survived: the passphrase still opens it.
        QVERIFY(!(*opened)->needsNewPassphrase());
        opened->reset();
        QVERIFY(Workspace::unlockWithPassphrase(ws.directory(), passphrase()).ok());
    }

    // Defect 7: Argon2 limits outside the accepted range are refused at
    // once, before any key derivation.
    void absurdKeyDerivationCostIsRefusedAtOnce_data() {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("huge opsLimit") << QByteArray("opsLimit") << QByteArray("4000000000");
        QTest::newRow("huge memLimit") << QByteArray("memLimit") << QByteArray("1099511627776");
        QTest::newRow("zero opsLimit") << QByteArray("opsLimit") << QByteArray("0");
        QTest::newRow("tiny memLimit") << QByteArray("memLimit") << QByteArray("1024");
    }
    void absurdKeyDerivationCostIsRefusedAtOnce() {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        TemporaryWorkspace ws;
        ws.close();
        const QString path = Workspace::sidecarPath(ws.directory());
        QByteArray text = contents(path);
        static const QRegularExpression number(QStringLiteral("\"%1\": \"\\d+\""));
        const QString pattern = number.pattern().arg(QString::fromLatin1(field));
        text = QString::fromUtf8(text)
                   .replace(QRegularExpression(pattern),
                            QStringLiteral("\"%1\": \"%2\"")
                                .arg(QString::fromLatin1(field), QString::fromLatin1(value)))
                   .toUtf8();
        QVERIFY(text.contains(value));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();

        QElapsedTimer timer;
        timer.start();
        auto opened = Workspace::unlockWithPassphrase(ws.directory(), passphrase());
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(opened.code(), ErrorCode::Corrupted);
        QVERIFY2(opened.message().contains(QStringLiteral("Argon2id")),
                 qPrintable(opened.message()));
        QVERIFY2(opened.message().contains(QStringLiteral("recovery key")),
                 qPrintable(opened.message()));
        // The recovery key still opens it (and rebuilds the file).
        auto byRecovery = Workspace::unlockWithRecoveryKey(
            ws.directory(), TemporaryWorkspace::secret(ws.recoveryKey()), ws.clock());
        QVERIFY2(byRecovery.ok(), qPrintable(byRecovery.message()));
        QVERIFY((*byRecovery)->needsNewPassphrase());
    }

    // Defect 9: every workspace file is the owner's alone, whatever the umask.
    void workspaceFilesAreOwnerOnly() {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        const mode_t previous = umask(022);
        TemporaryWorkspace ws;
        umask(previous);
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        addClient(ws.workspace(), QStringLiteral("Private"));
        const QString db = Workspace::databasePath(ws.directory());
        const QStringList files{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                Workspace::sidecarPath(ws.directory())};
        for (const QString& path : files) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QCOMPARE(QFileInfo(path).permissions() & kGroupOrOthers, QFileDevice::Permissions());
        }
#endif
    }

    void verifyCountsEveryProblemListed() {
        const QStringList rows{
            QStringLiteral("*** in database main ***\nPage 5 is never used\nPage 6 is never "
                           "used\nOn tree page 2 cell 0: invalid page number 99")};
        QCOMPARE(Database::integrityProblems(rows),
                 (QStringList{QStringLiteral("Page 5 is never used"),
                              QStringLiteral("Page 6 is never used"),
                              QStringLiteral("On tree page 2 cell 0: invalid page number 99")}));
        QCOMPARE(Database::integrityProblems({QStringLiteral("ok")}), QStringList());
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
