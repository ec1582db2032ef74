// Backups of an open workspace: a verified copy of every committed row, under
// the same key (the recovery key opens it in the stock sqlcipher tool too),
// restored into a new folder with identical checksums; never listed when the
// check fails or the backup was interrupted; generations kept by retention.

#include "TemporaryWorkspace.h"

#include "backup/BackupService.h"
#include "clients/ClientService.h"
#include "common/FaultInjection.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

void addClients(Workspace& workspace, int count, const QString& prefix) {
    for (int i = 0; i < count; ++i) {
        Client client;
        client.fullName = QStringLiteral("%1 %2").arg(prefix).arg(i);
        client.background = QStringLiteral("Background of %1 %2").arg(prefix).arg(i);
        QVERIFY(workspace.clients().add(client).ok());
    }
}

BackupInfo backupAt(const QDateTime& created) {
    BackupInfo info;
    info.createdUtc = created;
    info.path = created.toString(Qt::ISODate);
    return info;
}

} // namespace

class TestBackup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setDefaultKdfStrength(KdfStrength::Fast); }

    void backupIsVerifiedAndRestoresIdentically() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        addClients(ws.workspace(), 25, QStringLiteral("Client"));
        QTemporaryDir folder;
        const Result<BackupInfo> made = ws->backups().create(folder.path());
        QVERIFY2(made.ok(), qPrintable(made.message()));
        QVERIFY(made->verifiedUtc.isValid());
        QVERIFY(QFileInfo(made->path)
                    .fileName()
                    .startsWith(QStringLiteral("mentordesk-backup-20260302-")));
        const auto clients =
            std::find_if(made->tables.cbegin(), made->tables.cend(),
                         [](const TableDigest& t) { return t.table == QLatin1String("clients"); });
        QVERIFY(clients != made->tables.cend());
        QCOMPARE(clients->rows, 25);

        // Listed, with what the manifest says.
        const Result<QList<BackupInfo>> listed = BackupService::list(folder.path());
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().tables, made->tables);
        QCOMPARE(BackupService::newest(folder.path(), ws->id())->path, made->path);

        // Encrypted: the copy's first bytes are not SQLite's header, and no
        // client name is readable in it.
        QFile copy(QDir(made->path).filePath(QStringLiteral("mentordesk.db")));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray bytes = copy.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Client 7"));

        // Restored into a new folder and opened with the passphrase it had.
        QTemporaryDir restoreRoot;
        const QString target = QDir(restoreRoot.path()).filePath(QStringLiteral("restored"));
        QVERIFY(BackupService::copyInto(*made, target).ok());
        Result<std::unique_ptr<Workspace>> restored = Workspace::unlockWithPassphrase(
            target, test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase),
            ws.clock());
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        const Result<QStringList> problems = BackupService::compare(**restored, *made);
        QVERIFY2(problems.ok(), qPrintable(problems.message()));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QCOMPARE((*restored)->clients().count().value(), 25);
        QCOMPARE((*restored)->id(), ws->id());

        // Never over an existing workspace.
        QCOMPARE(BackupService::copyInto(*made, target).code(), ErrorCode::AlreadyExists);
        QCOMPARE(BackupService::copyInto(*made, ws.directory()).code(), ErrorCode::AlreadyExists);
    }

    void includesWhatIsStillInTheWal() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        addClients(ws.workspace(), 3, QStringLiteral("Committed"));
        // Nothing checkpointed: the rows are in mentordesk.db-wal only.
        QVERIFY(QFileInfo(ws.directory() + QStringLiteral("/mentordesk.db-wal")).size() > 0);
        QTemporaryDir folder;
        const Result<BackupInfo> made = ws->backups().create(folder.path());
        QVERIFY2(made.ok(), qPrintable(made.message()));
        QVERIFY(!QFile::exists(QDir(made->path).filePath(QStringLiteral("mentordesk.db-wal"))));
        QTemporaryDir restoreRoot;
        const QString target = restoreRoot.filePath(QStringLiteral("r"));
        QVERIFY(BackupService::copyInto(*made, target).ok());
        Result<std::unique_ptr<Workspace>> restored = Workspace::unlockWithPassphrase(
            target, test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase),
            ws.clock());
        QVERIFY(restored.ok());
        QCOMPARE((*restored)->clients().count().value(), 3);
    }

    void recoveryKeyOpensTheBackupInTheStockTool() {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (tool.isEmpty())
            QFAIL("the sqlcipher tool is missing (scripts/deps.sh installs it)");
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        addClients(ws.workspace(), 2, QStringLiteral("Readable"));
        QTemporaryDir folder;
        const Result<BackupInfo> made = ws->backups().create(folder.path());
        QVERIFY(made.ok());
        QByteArray hex = ws.recoveryKey();
        hex.replace('-', "");
        QProcess sqlcipher;
        sqlcipher.start(tool, {QDir(made->path).filePath(QStringLiteral("mentordesk.db"))});
        QVERIFY(sqlcipher.waitForStarted());
        sqlcipher.write("PRAGMA key = \"x'" + hex.toLower() +
                        "'\";\nPRAGMA cipher_page_size = 4096;\n"
                        "SELECT full_name FROM clients ORDER BY id;\n");
        sqlcipher.closeWriteChannel();
        QVERIFY(sqlcipher.waitForFinished(30000));
        const QString out = QString::fromUtf8(sqlcipher.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Readable 0")) &&
                     out.contains(QStringLiteral("Readable 1")),
                 qPrintable(out + QString::fromUtf8(sqlcipher.readAllStandardError())));
    }

    void aFailedBackupIsDeletedAndNeverListed() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        addClients(ws.workspace(), 3, QStringLiteral("Client"));
        QTemporaryDir folder;
        Result<BackupInfo> made = makeError(ErrorCode::Io, {});
        {
            ScopedStatementFault fault(QRegularExpression(QStringLiteral("sqlcipher_export")));
            made = ws->backups().create(folder.path());
        }
        QVERIFY(!made.ok());
        QVERIFY(!made.message().isEmpty());
        QCOMPARE(BackupService::list(folder.path())->size(), 0);
        QCOMPARE(QDir(folder.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .size(),
                 0);
        // The workspace goes on as before, and the next backup works.
        QCOMPARE(ws->clients().count().value(), 3);
        QVERIFY(ws->backups().create(folder.path()).ok());
    }

    void anInterruptedBackupIsNotListedAndIsCleanedUp() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QTemporaryDir folder;
        QVERIFY(ws->backups().create(folder.path()).ok());
        // What a kill -9 in the middle leaves: a partial folder with a copy.
        const QString partial =
            QDir(folder.path()).filePath(QStringLiteral(".partial-mentordesk-backup-x"));
        QVERIFY(QDir().mkpath(partial));
        QFile half(QDir(partial).filePath(QStringLiteral("mentordesk.db")));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(4096, '\x5a'));
        half.close();
        QCOMPARE(BackupService::list(folder.path())->size(), 1);
        const Result<QStringList> removed = ws->backups().prune(folder.path(), BackupRetention{});
        QVERIFY(removed.ok());
        QVERIFY(removed->contains(partial));
        QVERIFY(!QFileInfo::exists(partial));
        QCOMPARE(BackupService::list(folder.path())->size(), 1);
    }

    void retentionKeepsGenerations() {
        // A backup every day at 18:00 for 500 days, newest first.
        QList<BackupInfo> backups;
        const QDateTime last(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
        for (int day = 0; day < 500; ++day)
            backups.append(backupAt(last.addDays(-day)));
        // And two on the last day: only the newer one of that day counts.
        backups.prepend(backupAt(last.addSecs(3600)));
        const QList<BackupInfo> kept = BackupService::kept(backups, BackupRetention{7, 4, 12});
        QStringList dates;
        for (const BackupInfo& info : kept)
            dates.append(info.createdUtc.date().toString(Qt::ISODate));
        // Days: Dec 1 (the newer of two) and Nov 30 to 25. Weeks (ISO) add
        // Nov 22 and 15; months add the last day of October back to January.
        const QStringList expected{QStringLiteral("2026-12-01"), QStringLiteral("2026-11-30"),
                                   QStringLiteral("2026-11-29"), QStringLiteral("2026-11-28"),
                                   QStringLiteral("2026-11-27"), QStringLiteral("2026-11-26"),
                                   QStringLiteral("2026-11-25"), QStringLiteral("2026-11-22"),
                                   QStringLiteral("2026-11-15"), QStringLiteral("2026-10-31"),
                                   QStringLiteral("2026-09-30"), QStringLiteral("2026-08-31"),
                                   QStringLiteral("2026-07-31"), QStringLiteral("2026-06-30"),
                                   QStringLiteral("2026-05-31"), QStringLiteral("2026-04-30"),
                                   QStringLiteral("2026-03-31"), QStringLiteral("2026-02-28"),
                                   QStringLiteral("2026-01-31")};
        QCOMPARE(dates, expected);
        QCOMPARE(kept.first().createdUtc, last.addSecs(3600));
    }

    void checksumsAreKeyedAndFollowANewKey() {
        test::TemporaryWorkspace first;
        test::TemporaryWorkspace second;
        QVERIFY(first.isValid() && second.isValid());
        QTemporaryDir folder;
        const Result<BackupInfo> a = first->backups().create(folder.filePath(QStringLiteral("a")));
        const Result<BackupInfo> b = second->backups().create(folder.filePath(QStringLiteral("b")));
        QVERIFY(a.ok() && b.ok());
        const auto settings = [](const BackupInfo& info) {
            return *std::find_if(info.tables.cbegin(), info.tables.cend(),
                                 [](const TableDigest& t) {
                                     return t.table == QLatin1String("schema_migrations") ||
                                            t.table == QLatin1String("clients");
                                 });
        };
        // Same (empty) content, different keys: nothing in common.
        QCOMPARE(settings(*a).rows, settings(*b).rows);
        QVERIFY(settings(*a).checksum != settings(*b).checksum);

        // After a new recovery key, a new backup still verifies when restored
        // with that key.
        Result<Workspace::FreshKey> fresh = first->regenerateRecoveryKey(
            test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase));
        QVERIFY2(fresh.ok(), qPrintable(fresh.message()));
        const Result<BackupInfo> after =
            first->backups().create(folder.filePath(QStringLiteral("c")));
        QVERIFY2(after.ok(), qPrintable(after.message()));
        const QString target = folder.filePath(QStringLiteral("restored"));
        QVERIFY(BackupService::copyInto(*after, target).ok());
        Result<std::unique_ptr<Workspace>> restored =
            Workspace::unlockWithRecoveryKey(target, std::move(fresh->recoveryKey), first.clock());
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QVERIFY(BackupService::compare(**restored, *after)->isEmpty());
    }

    void onlyAutomaticBackupsArePruned() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QTemporaryDir folder;
        QVERIFY(ws->backups().create(folder.path(), BackupService::Kind::OnRequest).ok());
        for (int day = 0; day < 3; ++day) {
            ws.clock().advanceDays(1);
            QVERIFY(ws->backups().create(folder.path(), BackupService::Kind::Automatic).ok());
        }
        const Result<QStringList> removed =
            ws->backups().prune(folder.path(), BackupRetention{1, 0, 0});
        QVERIFY(removed.ok());
        QCOMPARE(removed->size(), 2);
        const QList<BackupInfo> left = BackupService::list(folder.path()).value();
        QCOMPARE(left.size(), 2);
        QVERIFY(left.first().automatic); // the newest automatic one
        QVERIFY(!left.last().automatic); // the one made on request stays
    }

    void defaultFolderIsBesideTheWorkspace() {
        QCOMPARE(BackupService::defaultFolder(
                     QStringLiteral("/home/jane/.local/share/MentorDesk/MentorDesk")),
                 QStringLiteral("/home/jane/.local/share/MentorDesk/MentorDesk-backups"));
    }

    void anUnwritableFolderIsAClearError() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QTemporaryDir parent;
        QFile blocker(parent.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Result<BackupInfo> made =
            ws->backups().create(parent.filePath(QStringLiteral("not-a-folder/backups")));
        QVERIFY(!made.ok());
        QVERIFY2(made.message().contains(QStringLiteral("Preferences")),
                 qPrintable(made.message()));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
