// A workspace that meets a full disk, a damaged page, a damaged or altered
// workspace.json: every write that fails says so and keeps the old file,
// damage is named as damage (never a wrong passphrase), and the recovery key
// still opens what can be opened, keeping what it replaces.

#include "ScopedTmpfs.h"
#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/FaultInjection.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace md;
using test::TemporaryWorkspace;

namespace {

const QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;

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

SecureBytes passphrase() {
    return TemporaryWorkspace::secret(TemporaryWorkspace::kPassphrase);
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

class TestWorkspaceDamage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

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

    // Defect 1 on a real full disk: a 2 MiB tmpfs filled to the last byte
    // after the workspace was opened.
    void passphraseChangeOnARealFullDisk() {
        test::ScopedTmpfs disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a 2 MiB tmpfs here (%1); the injected "
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
                QStringLiteral("cannot mount a 2 MiB tmpfs here (%1)").arg(disk.error())));
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
};

QTEST_GUILESS_MAIN(TestWorkspaceDamage)
#include "tst_workspacedamage.moc"
