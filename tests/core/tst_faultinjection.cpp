// The fault-injection harness, driven through the real driver: a write or an
// fsync that fails and a full disk (FaultyVfs, below SQLite and SQLCipher),
// and a step error at row N (FaultInjection, a damaged page in the middle of
// a result). Whatever fails, a write is never reported as done, a read never
// passes part of its rows for all of them, and what is on disk afterwards is
// the state before the failed unit of work.

#include "FaultyVfs.h"
#include "TemporaryWorkspace.h"

#include "common/FaultInjection.h"
#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace md;
using test::FaultyVfs;
using test::ScopedVfsFault;

namespace {

const QRegularExpression kSelectNotes(QStringLiteral("^SELECT body FROM scratch_notes"));

Status createNotes(Database& database, int count) {
    return database.transaction([&]() -> Status {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS scratch_notes (id INTEGER PRIMARY KEY, body TEXT)")))
            return Database::queryError(query, QStringLiteral("create"));
        for (int i = 0; i < count; ++i) {
            query.prepare(QStringLiteral("INSERT INTO scratch_notes (body) VALUES (?)"));
            query.addBindValue(QStringLiteral("note %1 ").arg(i) + QString(200, QLatin1Char('x')));
            if (!query.exec())
                return Database::queryError(query, QStringLiteral("Could not save the note"));
        }
        return {};
    });
}

// The notes as a read use case does it, step errors checked.
Result<QStringList> readNotes(Database& database) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT body FROM scratch_notes ORDER BY id")))
        return Database::queryError(query, QStringLiteral("Could not read the notes"));
    QStringList notes;
    while (query.next())
        notes.append(query.value(0).toString());
    if (query.lastError().isValid())
        return Database::queryError(query, QStringLiteral("Could not read the notes"));
    return notes;
}

int noteCount(Database& database) {
    auto notes = readNotes(database);
    return notes ? int(notes->size()) : -1;
}

} // namespace

class TestFaultInjection final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(FaultyVfs::install());
        setDefaultKdfStrength(KdfStrength::Fast);
    }
    void cleanup() {
        FaultyVfs::reset();
        FaultInjection::disarm();
    }

    // A damaged page at row N: the rows before it come, then the read ends
    // as an error (SQLITE_CORRUPT), never as the end of the rows.
    void stepErrorAtRowEndsTheReadAsAnError() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(createNotes(ws->database(), 10).ok());

        QSqlQuery query(ws->database().connection());
        query.setForwardOnly(true);
        int rows = 0;
        {
            ScopedStepFault fault(kSelectNotes, 4);
            QVERIFY(query.exec(QStringLiteral("SELECT body FROM scratch_notes ORDER BY id")));
            while (query.next())
                ++rows;
            QVERIFY(FaultInjection::fired());
        }
        QCOMPARE(rows, 4);
        QVERIFY(query.lastError().isValid());
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("11"));
        const Error error = Database::queryError(query, QStringLiteral("Could not read the notes"));
        QCOMPARE(error.code, ErrorCode::Corrupted);
        QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));

        // Row 0 fails exec() itself; a read without the fault is complete.
        {
            ScopedStepFault fault(kSelectNotes, 0);
            QCOMPARE(readNotes(ws->database()).code(), ErrorCode::Corrupted);
        }
        QCOMPARE(noteCount(ws->database()), 10);
    }

    // The integrity check is a read too: a damaged page in its result is an
    // error, never "healthy".
    void integrityCheckStepErrorIsNotHealthy() {
        test::TemporaryWorkspace ws;
        ScopedStepFault fault(QRegularExpression(QStringLiteral("^PRAGMA integrity_check")), 0);
        auto problems = ws->database().integrityCheck();
        QVERIFY(!problems.ok());
        QCOMPARE(problems.code(), ErrorCode::Corrupted);
    }

    // A write that fails (EIO in the WAL): the unit of work fails, nothing of
    // it is kept, and the workspace goes on working.
    void failedWriteFailsTheUnitOfWork() {
        test::TemporaryWorkspace ws;
        QVERIFY(createNotes(ws->database(), 3).ok());
        Status added;
        {
            ScopedVfsFault guard;
            FaultyVfs::failWrites(FaultyVfs::Target::Wal);
            added = createNotes(ws->database(), 5);
            QVERIFY(FaultyVfs::failures() > 0);
        }
        QVERIFY(!added.ok());
        QCOMPARE(noteCount(ws->database()), 3);
        QVERIFY(createNotes(ws->database(), 1).ok());
        QCOMPARE(noteCount(ws->database()), 4);
        QVERIFY(ws.reopen());
        QCOMPARE(noteCount(ws->database()), 4);
        QCOMPARE(ws->verify().value(), QStringList());
    }

    // An fsync that fails at commit is never reported as a successful save.
    // SQLite may already have written the commit record, so afterwards the
    // unit is there or not, whole, and the file is sound.
    void failedSyncIsNeverSuccess() {
        test::TemporaryWorkspace ws;
        QVERIFY(createNotes(ws->database(), 3).ok());
        Status added;
        {
            ScopedVfsFault guard;
            FaultyVfs::failSyncs(FaultyVfs::Target::AnyFile);
            added = createNotes(ws->database(), 5);
            QVERIFY(FaultyVfs::failures() > 0);
        }
        QVERIFY(!added.ok());
        QVERIFY2(added.message().contains(QStringLiteral("Could not save")),
                 qPrintable(added.message()));
        QVERIFY(ws.reopen());
        const int count = noteCount(ws->database());
        QVERIFY2(count == 3 || count == 8, qPrintable(QString::number(count)));
        QCOMPARE(ws->verify().value(), QStringList());
    }

    // A full disk (SQLITE_FULL) in the middle of a large unit of work: the
    // error says so, nothing of the unit is kept.
    void fullDiskFailsTheUnitAndSaysSo() {
        test::TemporaryWorkspace ws;
        QVERIFY(createNotes(ws->database(), 3).ok());
        Status added;
        {
            ScopedVfsFault guard;
            FaultyVfs::fillDisk(20 * 1024);
            added = createNotes(ws->database(), 2000);
            QVERIFY(FaultyVfs::failures() > 0);
        }
        QVERIFY(!added.ok());
        QVERIFY2(added.message().contains(QStringLiteral("disk is full")),
                 qPrintable(added.message()));
        QCOMPARE(noteCount(ws->database()), 3);
        QVERIFY(ws.reopen());
        QCOMPARE(noteCount(ws->database()), 3);
        QCOMPARE(ws->verify().value(), QStringList());
    }

    // Moving the WAL into the database file fails: reported, and every
    // committed row is still there after reopening.
    void failedCheckpointLosesNothing() {
        test::TemporaryWorkspace ws;
        QVERIFY(createNotes(ws->database(), 7).ok());
        Status flushed;
        {
            ScopedVfsFault guard;
            FaultyVfs::failWrites(FaultyVfs::Target::MainDatabase);
            flushed = ws->database().checkpoint();
        }
        QVERIFY(!flushed.ok());
        QCOMPARE(flushed.code(), ErrorCode::Io);
        QVERIFY(ws.reopen());
        QCOMPARE(noteCount(ws->database()), 7);
        QCOMPARE(ws->verify().value(), QStringList());
    }

    // The driver's own metadata reads (for the Qt SQL models) are all or
    // nothing too: a damaged page gives no columns, never fewer columns.
    void driverMetadataIsAllOrNothing() {
        test::TemporaryWorkspace ws;
        QVERIFY(createNotes(ws->database(), 1).ok());
        QSqlDriver* driver = ws->database().connection().driver();
        QCOMPARE(driver->record(QStringLiteral("scratch_notes")).count(), 2);
        {
            ScopedStepFault fault(QRegularExpression(QStringLiteral("^PRAGMA table_info")), 1);
            QCOMPARE(driver->record(QStringLiteral("scratch_notes")).count(), 0);
            QVERIFY(FaultInjection::fired());
        }
        {
            ScopedStepFault fault(
                QRegularExpression(QStringLiteral("^SELECT name FROM sqlite_master")), 1);
            QVERIFY(driver->tables(QSql::Tables).isEmpty());
        }
        QVERIFY(driver->tables(QSql::Tables).contains(QStringLiteral("scratch_notes")));
    }

    // Nothing is armed unless a test arms it.
    void disarmedByDefault() {
        QCOMPARE(FaultInjection::statementFault("SELECT 1"), 0);
        QCOMPARE(FaultInjection::stepFault("SELECT 1", 0), 0);
        QCOMPARE(FaultInjection::fileWriteAllowance(100), qint64(100));
        QCOMPARE(FaultyVfs::failures(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
