// md::SystemKeyStore against a real gnome-keyring, and the fail-safe unlock:
// whatever the keychain does (no D-Bus, a locked keyring, a missing entry), a
// workspace falls back to the passphrase and nothing is created or changed.
//
// Run only through run-with-keyring.sh, which gives every run a throwaway HOME
// and its own D-Bus session and sets MENTORDESK_KEYCHAIN_MODE:
//   unlocked       gnome-keyring started with --unlock (the working case)
//   prepare-locked first half of "locked": stores a key for a workspace in HOME
//   locked         the same keyring, daemon restarted without --unlock
//   no-bus         no session bus at all (DBUS_SESSION_BUS_ADDRESS points nowhere)

#include "TemporaryWorkspace.h"

#include "clients/ClientService.h"
#include "crypto/PassphraseSlot.h"
#include "crypto/RecoveryKey.h"
#include "domain/Client.h"
#include "keys/KeyStore.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <optional>

using namespace md;

namespace {

const QString kSecretsService = QStringLiteral("org.freedesktop.secrets");
const QString kClientName = QStringLiteral("Zoë Keychain-Ødegård");

QString mode() {
    return qEnvironmentVariable("MENTORDESK_KEYCHAIN_MODE");
}

// The workspace shared by the two halves of the "locked" run lives in the
// wrapper's throwaway HOME.
QString lockedWorkspaceDir() {
    return QDir::home().filePath(QStringLiteral("locked-workspace"));
}

// Every file in the folder (hidden ones too) with a hash of its bytes.
QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        files.insert(QDir(dir).relativeFilePath(path),
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return files;
}

// File names without SQLite's transient companions (-wal, -shm, -journal).
QStringList lastingFiles(const QMap<QString, QByteArray>& files) {
    QStringList names;
    for (const QString& name : files.keys()) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")) &&
            !name.endsWith(QLatin1String("-journal")))
            names << name;
    }
    return names;
}

SecureBytes randomKey() {
    return SecureBytes::random(32);
}

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// mentordesk-cli --workspace DIR --keychain client list, with `stdinText` on
// standard input (where the CLI reads the passphrase when the keychain fails).
CliRun runCli(const QString& dir, const QByteArray& stdinText) {
    CliRun run;
    const QString cli = qEnvironmentVariable("MENTORDESK_CLI");
    if (cli.isEmpty() || !QFile::exists(cli)) {
        run.err = QStringLiteral("MENTORDESK_CLI does not name the built mentordesk-cli");
        return run;
    }
    QProcess process;
    process.start(cli, {QStringLiteral("--workspace"), dir, QStringLiteral("--keychain"),
                        QStringLiteral("client"), QStringLiteral("list")});
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("mentordesk-cli did not finish within 60 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The default collection of the Secret Service ("login" in gnome-keyring).
QString defaultCollectionPath() {
    QDBusInterface service(kSecretsService, QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    QDBusReply<QDBusObjectPath> alias =
        service.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
    if (alias.isValid() && alias.value().path() != QLatin1String("/"))
        return alias.value().path();
    return QStringLiteral("/org/freedesktop/secrets/collection/login");
}

bool collectionLocked(const QString& path) {
    QDBusInterface collection(kSecretsService, path,
                              QStringLiteral("org.freedesktop.Secret.Collection"));
    return collection.property("Locked").toBool();
}

} // namespace

// Each test function belongs to one mode; in the others it is skipped. A macro,
// because QSKIP must return from the test function itself.
#define REQUIRE_MODE(wanted)                                                                       \
    do {                                                                                           \
        if (mode() != QLatin1String(wanted))                                                       \
            QSKIP("runs in another keychain mode (" wanted ")");                                   \
    } while (false)

class TestSystemKeyStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    // mode "unlocked"
    void storesAndReadsBack();
    void overwritesAnEntry();
    void removesAnEntry();
    void cliUnlocksWithTheRememberedKey();
    void lockedCollectionFallsBackAndCreatesNothing(); // locks the keyring: keep last

    // mode "prepare-locked", then "locked"
    void prepareLockedKeyring();
    void keyringLockedAtLoginFallsBackAndCreatesNothing();

    // mode "no-bus"
    void noSessionBusFallsBackAndCreatesNothing();

    // Every mode.
    void availabilityIsAnsweredInTheBackground();

private:
    // The checks shared by every failing keychain: the read fails with an
    // error (never an empty key), writing fails, the CLI falls back to the
    // passphrase, and the workspace folder is left exactly as it was.
    void checkFallback(const QString& dir, const QString& workspaceId);
};

void TestSystemKeyStore::initTestCase() {
    const QString current = mode();
    if (current.isEmpty())
        QFAIL("Run this test through tests/keychain/run-with-keyring.sh (ctest does): it needs a "
              "throwaway HOME and a private D-Bus session with gnome-keyring, and must never "
              "touch your real keyring.");
    qInfo("keychain mode: %s", qPrintable(current));
    setDefaultKdfStrength(KdfStrength::Fast);

    if (current == QLatin1String("no-bus")) {
        QVERIFY2(!QDBusConnection::sessionBus().isConnected(),
                 "no-bus mode, but a session bus is reachable");
        return;
    }
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no D-Bus session bus: run-with-keyring.sh should have started one");
    // gnome-keyring-daemon forks before it has claimed its name: wait a little.
    QElapsedTimer waited;
    waited.start();
    auto* bus = QDBusConnection::sessionBus().interface();
    while (!bus->isServiceRegistered(kSecretsService).value() && waited.elapsed() < 10000)
        QThread::msleep(50);
    QVERIFY2(bus->isServiceRegistered(kSecretsService).value(),
             "org.freedesktop.secrets is not on the session bus: gnome-keyring-daemon did not "
             "start");

    const bool locked = collectionLocked(defaultCollectionPath());
    if (current == QLatin1String("locked"))
        QVERIFY2(locked, "locked mode, but the login keyring is unlocked");
    else
        QVERIFY2(!locked, "the login keyring should have been unlocked by the wrapper");
}

void TestSystemKeyStore::storesAndReadsBack() {
    REQUIRE_MODE("unlocked");
    SystemKeyStore store;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecureBytes key = randomKey();
    const Status written = store.writeKeyBlocking(id, key);
    QVERIFY2(written.ok(), qPrintable(written.message()));

    Result<SecureBytes> read = store.readKeyBlocking(id);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QVERIFY(read->equals(key));

    // Another workspace's entry is separate.
    Result<SecureBytes> other = store.readKeyBlocking(QUuid::createUuid().toString());
    QVERIFY(!other.ok());
    QCOMPARE(other.code(), ErrorCode::NotFound);
}

void TestSystemKeyStore::overwritesAnEntry() {
    REQUIRE_MODE("unlocked");
    SystemKeyStore store;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecureBytes first = randomKey();
    const SecureBytes second = randomKey();
    QVERIFY(store.writeKeyBlocking(id, first).ok());
    QVERIFY(store.writeKeyBlocking(id, second).ok());
    Result<SecureBytes> read = store.readKeyBlocking(id);
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QVERIFY(read->equals(second));
}

void TestSystemKeyStore::removesAnEntry() {
    REQUIRE_MODE("unlocked");
    SystemKeyStore store;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(store.writeKeyBlocking(id, randomKey()).ok());
    const Status removed = store.removeKeyBlocking(id);
    QVERIFY2(removed.ok(), qPrintable(removed.message()));

    Result<SecureBytes> read = store.readKeyBlocking(id);
    QVERIFY(!read.ok());
    QCOMPARE(read.code(), ErrorCode::NotFound);
    // Removing what is not there is not an error ("forget" twice is fine).
    QVERIFY(store.removeKeyBlocking(id).ok());
}

void TestSystemKeyStore::cliUnlocksWithTheRememberedKey() {
    REQUIRE_MODE("unlocked");
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Client client;
    client.fullName = kClientName;
    QVERIFY(ws->clients().add(client).ok());
    Result<SecureBytes> key = RecoveryKey::parse(ws.recoveryKey());
    QVERIFY2(key.ok(), qPrintable(key.message()));
    const QString id = ws->id();
    ws.close();

    SystemKeyStore store;
    QVERIFY(store.writeKeyBlocking(id, key.value()).ok());
    // Nothing on standard input: the key can only have come from the keychain.
    const CliRun run = runCli(ws.directory(), {});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(kClientName), qPrintable(run.out));
}

void TestSystemKeyStore::lockedCollectionFallsBackAndCreatesNothing() {
    REQUIRE_MODE("unlocked");
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Client client;
    client.fullName = kClientName;
    QVERIFY(ws->clients().add(client).ok());
    Result<SecureBytes> key = RecoveryKey::parse(ws.recoveryKey());
    QVERIFY2(key.ok(), qPrintable(key.message()));
    const QString id = ws->id();
    ws.close();

    SystemKeyStore store;
    QVERIFY(store.writeKeyBlocking(id, key.value()).ok());
    QVERIFY(store.readKeyBlocking(id).ok());

    // Lock the keyring with the key in it, as a screen locker or a login
    // without PAM unlocking would leave it.
    const QString collection = defaultCollectionPath();
    QDBusInterface service(kSecretsService, QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"));
    const QDBusMessage reply =
        service.call(QStringLiteral("Lock"),
                     QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)}));
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QVERIFY2(collectionLocked(collection), "the login keyring did not lock");

    checkFallback(ws.directory(), id);
}

void TestSystemKeyStore::prepareLockedKeyring() {
    REQUIRE_MODE("prepare-locked");
    const QString dir = lockedWorkspaceDir();
    auto created = Workspace::create(
        dir, test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    Client client;
    client.fullName = kClientName;
    QVERIFY(created->workspace->clients().add(client).ok());
    const QString id = created->workspace->id();
    created->workspace.reset();

    SystemKeyStore store;
    const Status written = store.writeKeyBlocking(id, created->key.dataKey);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QVERIFY(store.readKeyBlocking(id).ok());
}

void TestSystemKeyStore::keyringLockedAtLoginFallsBackAndCreatesNothing() {
    REQUIRE_MODE("locked");
    const QString dir = lockedWorkspaceDir();
    Result<Sidecar> sidecar = Workspace::readSidecar(dir);
    QVERIFY2(sidecar.ok(), qPrintable(QStringLiteral("the prepare-locked run left no workspace: ") +
                                      sidecar.message()));
    checkFallback(dir, sidecar->workspaceId);
}

void TestSystemKeyStore::noSessionBusFallsBackAndCreatesNothing() {
    REQUIRE_MODE("no-bus");
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Client client;
    client.fullName = kClientName;
    QVERIFY(ws->clients().add(client).ok());
    const QString id = ws->id();
    ws.close();
    checkFallback(ws.directory(), id);
}

void TestSystemKeyStore::checkFallback(const QString& dir, const QString& workspaceId) {
    const QMap<QString, QByteArray> before = snapshot(dir);
    QVERIFY2(!before.isEmpty(), "the workspace folder is empty");
    QVERIFY(Workspace::exists(dir));

    SystemKeyStore store;
    Result<SecureBytes> read = store.readKeyBlocking(workspaceId);
    QVERIFY2(!read.ok(), "the keychain handed out a key although it should be unusable");
    qInfo("read failed as expected: %s", qPrintable(read.message()));
    QVERIFY2(read.code() == ErrorCode::NotFound || read.code() == ErrorCode::KeychainUnavailable,
             qPrintable(read.message()));
    QVERIFY(!read.message().isEmpty());

    const Status written = store.writeKeyBlocking(workspaceId, randomKey());
    QVERIFY2(!written.ok(), "writing into an unusable keychain succeeded");
    qInfo("write failed as expected: %s", qPrintable(written.message()));
    QCOMPARE(written.code(), ErrorCode::KeychainUnavailable);
    // Plain words, not the D-Bus text beneath.
    for (const char* raw : {"D-Bus", "DBus", "org.freedesktop", "autolaunch"}) {
        QVERIFY2(!read.message().contains(QLatin1String(raw)), qPrintable(read.message()));
        QVERIFY2(!written.message().contains(QLatin1String(raw)), qPrintable(written.message()));
    }
    QCOMPARE(snapshot(dir), before);

    // A workspace is there, so nothing may make a new one in its place.
    auto replaced = Workspace::create(dir, test::TemporaryWorkspace::secret("another passphrase"));
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.code(), ErrorCode::AlreadyExists);
    QCOMPARE(snapshot(dir), before);

    // The real program: the keychain fails, the CLI falls back to the
    // passphrase on standard input. A wrong one is an error and every byte in
    // the folder stays as it was.
    const CliRun wrong = runCli(dir, "not the passphrase\n");
    QVERIFY2(
        wrong.exitCode > 0,
        qPrintable(QStringLiteral("exit %1: %2 %3").arg(wrong.exitCode).arg(wrong.out, wrong.err)));
    QCOMPARE(snapshot(dir), before);

    // The right passphrase opens it; still no new key, database or sidecar.
    const CliRun right =
        runCli(dir, QByteArray(test::TemporaryWorkspace::kPassphrase) + QByteArray("\n"));
    QVERIFY2(right.exitCode == 0, qPrintable(right.err));
    QVERIFY2(right.out.contains(kClientName), qPrintable(right.out));
    const QMap<QString, QByteArray> after = snapshot(dir);
    QCOMPARE(lastingFiles(after), lastingFiles(before));
    const QString sidecarName = QDir(dir).relativeFilePath(Workspace::sidecarPath(dir));
    QCOMPARE(after.value(sidecarName), before.value(sidecarName));
    Result<Sidecar> sidecar = Workspace::readSidecar(dir);
    QVERIFY(sidecar.ok());
    QCOMPARE(sidecar->workspaceId, workspaceId);
}

// "Remember on this computer" is offered only when this says yes: a keychain
// that answers (even locked: it would ask to be unlocked) is one, no session
// bus is none. The question never blocks: the answer comes later.
void TestSystemKeyStore::availabilityIsAnsweredInTheBackground() {
    SystemKeyStore store;
    std::optional<Status> answer;
    QElapsedTimer timer;
    timer.start();
    store.checkAvailable([&](Status status) { answer = status; });
    QVERIFY(!answer);
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    if (mode() == QLatin1String("no-bus")) {
        QVERIFY(!answer->ok());
        QVERIFY2(!answer->message().contains(QLatin1String("D-Bus")),
                 qPrintable(answer->message()));
    } else {
        QVERIFY2(answer->ok(), qPrintable(answer->message()));
    }
    // Asked once: a second question gets the first answer.
    std::optional<Status> again;
    store.checkAvailable([&](Status status) { again = status; });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(again->ok(), answer->ok());
}

QTEST_GUILESS_MAIN(TestSystemKeyStore)
#include "tst_systemkeystore.moc"
