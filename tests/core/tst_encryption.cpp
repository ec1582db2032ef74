// Proves that nothing about a client is readable on disk without the key.
#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace md;

namespace {
QByteArray hashOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestEncryption final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noClientDataOnDisk() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QStringList names;
        const Status saved = ws->database().transaction([&]() -> Status {
            for (int i = 0; i < 1000; ++i) {
                Client client;
                client.fullName =
                    QStringLiteral("Mentee%1Xq7Surname").arg(i, 4, 10, QLatin1Char('0'));
                client.email = QStringLiteral("person%1@example.org").arg(i);
                client.aspirations = QStringLiteral("Become head of design %1").arg(i);
                auto added = ws->clients().add(client);
                if (!added)
                    return added.error();
                names.append(client.fullName);
            }
            return {};
        });
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(ws->clients().count().value(), 1000);

        // Look while the workspace is still open (the WAL holds recent pages)…
        const auto scan = [&](const QString& when) {
            const QDir dir(ws.directory());
            const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
            QVERIFY(files.contains(QStringLiteral("mentordesk.db")));
            QVERIFY(files.contains(QStringLiteral("workspace.json")));
            for (const QString& fileName : files) {
                QFile file(dir.filePath(fileName));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                QVERIFY2(!bytes.startsWith("SQLite format 3"),
                         qPrintable(fileName + QStringLiteral(" is a plaintext database")));
                for (const QString& name : std::as_const(names)) {
                    if (bytes.contains(name.toUtf8()))
                        QFAIL(qPrintable(
                            QStringLiteral("%1 found in %2 (%3)").arg(name, fileName, when)));
                }
                QVERIFY(!bytes.contains("example.org"));
                QVERIFY(!bytes.contains("head of design"));
            }
        };
        scan(QStringLiteral("open"));
        QVERIFY(QFile::exists(ws.directory() + QStringLiteral("/mentordesk.db-wal")));
        // …and after closing it, as at a lock.
        ws.close();
        scan(QStringLiteral("closed"));
    }

    void wrongKeyLeavesFileUnchanged() {
        test::TemporaryWorkspace ws;
        QVERIFY(ws.isValid());
        Client client;
        client.fullName = QStringLiteral("Kept Safe");
        QVERIFY(ws->clients().add(client).ok());
        ws.close();
        const QString dbPath = Workspace::databasePath(ws.directory());
        const QByteArray before = hashOf(dbPath);
        const QByteArray sidecarBefore = hashOf(Workspace::sidecarPath(ws.directory()));

        auto wrongPassphrase = Workspace::unlockWithPassphrase(
            ws.directory(), test::TemporaryWorkspace::secret("not the passphrase"));
        QVERIFY(!wrongPassphrase.ok());
        QCOMPARE(wrongPassphrase.code(), ErrorCode::WrongKey);
        QVERIFY(wrongPassphrase.message().contains(QStringLiteral("passphrase")));

        auto wrongKey =
            Database::open(dbPath, SecureBytes::random(32), Database::OpenMode::MustExist);
        QVERIFY(!wrongKey.ok());
        QCOMPARE(wrongKey.code(), ErrorCode::WrongKey);

        auto wrongRecovery = Workspace::unlockWithRecoveryKey(
            ws.directory(),
            test::TemporaryWorkspace::secret(
                "0000-1111-2222-3333-4444-5555-6666-7777-8888-9999-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
        QCOMPARE(wrongRecovery.code(), ErrorCode::WrongKey);

        QCOMPARE(hashOf(dbPath), before);
        QCOMPARE(hashOf(Workspace::sidecarPath(ws.directory())), sidecarBefore);
        QVERIFY(!QFile::exists(dbPath + QStringLiteral("-wal")) ||
                QFile(dbPath + QStringLiteral("-wal")).size() == 0);

        QVERIFY2(ws.reopen(), qPrintable(ws.error()));
        QCOMPARE(ws->clients().list()->first().fullName, QStringLiteral("Kept Safe"));
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
