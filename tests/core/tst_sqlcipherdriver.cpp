#include "crypto/SecureBytes.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteInclude.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace md;

namespace {

SecureBytes keyOf(unsigned char fill) {
    SecureBytes key(32);
    std::fill(key.data(), key.data() + key.size(), fill);
    return key;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Opens a connection with its own driver instance, as Database does.
QSqlDatabase openConnection(const QString& name, const QString& path, SecureBytes key) {
    auto* driver = new SqlCipherDriver;
    driver->setKey(std::move(key));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

} // namespace

class TestSqlCipherDriver final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("test.db"));
    }
    void cleanup() {
        for (const QString& name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void boundValuesRoundTrip() {
        QSqlDatabase db = openConnection(QStringLiteral("a"), m_path, keyOf(1));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, r REAL, b BLOB)")));
        QVERIFY(query.prepare(
            QStringLiteral("INSERT INTO t (name, n, r, b) VALUES (:name, :n, :r, :b)")));
        const QString name = QStringLiteral("Zoë Ångström — 東京 🚀");
        const QByteArray blob("\x00\x01\xff binary", 10);
        query.bindValue(QStringLiteral(":name"), name);
        query.bindValue(QStringLiteral(":n"), qint64(1) << 40);
        query.bindValue(QStringLiteral(":r"), 2.5);
        query.bindValue(QStringLiteral(":b"), blob);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.lastInsertId().toLongLong(), 1);
        QCOMPARE(query.numRowsAffected(), 1);

        query.prepare(QStringLiteral("INSERT INTO t (name, n, r, b) VALUES (?, ?, ?, ?)"));
        query.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(QVariant());
        query.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        QVERIFY(query.exec(QStringLiteral("SELECT name, n, r, b FROM t ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), name);
        QCOMPARE(query.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(query.value(2).toDouble(), 2.5);
        QCOMPARE(query.value(3).toByteArray(), blob);
        QVERIFY(query.next());
        for (int i = 0; i < 4; ++i)
            QVERIFY(query.isNull(i));
        QVERIFY(!query.next());
        QCOMPARE(query.record().fieldName(0), QStringLiteral("name"));
    }

    void seekingBackwardsAndForwardOnly() {
        QSqlDatabase db = openConnection(QStringLiteral("b"), m_path, keyOf(2));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE n (v INTEGER)")));
        QVERIFY(db.transaction());
        query.prepare(QStringLiteral("INSERT INTO n VALUES (?)"));
        for (int i = 0; i < 50; ++i) {
            query.addBindValue(i);
            QVERIFY(query.exec());
        }
        QVERIFY(db.commit());
        QVERIFY(query.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
        QVERIFY(query.seek(40));
        QCOMPARE(query.value(0).toInt(), 40);
        QVERIFY(query.seek(3));
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(query.last());
        QCOMPARE(query.value(0).toInt(), 49);
        QCOMPARE(query.at(), 49);

        QSqlQuery forward(db);
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
        int count = 0;
        while (forward.next())
            QCOMPARE(forward.value(0).toInt(), count++);
        QCOMPARE(count, 50);
    }

    // Sized for the working set (SqlCipherDriver::kPageCacheKiB), on every
    // connection.
    void pageCacheIsSizedForTheWorkingSet() {
        QSqlDatabase db = openConnection(QStringLiteral("cache"), m_path, keyOf(1));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), -SqlCipherDriver::kPageCacheKiB);
        QVERIFY(SqlCipherDriver::kPageCacheKiB > 2000); // SQLite's default
    }

    void transactionsRollBack() {
        QSqlDatabase db = openConnection(QStringLiteral("c"), m_path, keyOf(3));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept?')")));
        QVERIFY(db.rollback());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
        QVERIFY(db.commit());
        QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    }

    void errorsAreSqlErrors() {
        QSqlDatabase db = openConnection(QStringLiteral("d"), m_path, keyOf(4));
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("SELEC nonsense")));
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("syntax")));

        QVERIFY(query.exec(QStringLiteral("CREATE TABLE u (v TEXT NOT NULL UNIQUE)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO u VALUES ('x')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO u VALUES ('x')")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("19")); // SQLITE_CONSTRAINT
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO u VALUES (NULL)")));
        QVERIFY(query.lastError().isValid());
    }

    void tableModelWorks() {
        QSqlDatabase db = openConnection(QStringLiteral("e"), m_path, keyOf(5));
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO people (name) VALUES ('Ana'), ('Bo')")));
        QVERIFY(db.tables().contains(QStringLiteral("people")));
        QCOMPARE(db.primaryIndex(QStringLiteral("people")).fieldName(0), QStringLiteral("id"));

        QSqlTableModel model(nullptr, db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(QStringLiteral("people"));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("Bo"));
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("Anaïs")));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM people WHERE id = 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Anaïs"));
    }

    void wrongKeyFailsAndChangesNothing() {
        {
            QSqlDatabase db = openConnection(QStringLiteral("f"), m_path, keyOf(6));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE secret (v TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO secret VALUES ('confidential')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        cleanup();
        const QByteArray before = fileHash(m_path);
        QSqlDatabase wrong = openConnection(QStringLiteral("g"), m_path, keyOf(7));
        QVERIFY(!wrong.isOpen());
        QCOMPARE(wrong.lastError().nativeErrorCode(), QStringLiteral("26")); // SQLITE_NOTADB
        cleanup();
        QCOMPARE(fileHash(m_path), before);

        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));
    }

    void refusesPlaintextDatabase() {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        file.close();
        QSqlDatabase db = openConnection(QStringLiteral("h"), m_path, keyOf(8));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().nativeErrorCode().toInt(), SqlCipherDriver::kPlaintextDatabase);
    }

    void refusesMissingFileWhenAskedTo() {
        auto* driver = new SqlCipherDriver;
        driver->setKey(keyOf(9));
        driver->setCreateIfMissing(false);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("i"));
        db.setDatabaseName(m_path);
        QVERIFY(!db.open());
        QVERIFY(!QFile::exists(m_path));
    }

    // Defect 6: the busy timeout is set before the first statement, so an
    // open under another program's exclusive lock waits for it instead of
    // failing with "database is locked".
    void openWaitsForAnotherWriter() {
        {
            QSqlDatabase db = openConnection(QStringLiteral("j"), m_path, keyOf(10));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        }
        cleanup();

        // Another program: exclusive locking mode holds the file for 700 ms,
        // so that even reading it must wait.
        std::atomic<int> state{0}; // 1: holding the lock, 2: released, -1: failed
        const QByteArray path = QFile::encodeName(m_path);
        std::thread writer([&state, path] {
            sqlite3* db = nullptr;
            const char* script =
                "PRAGMA key = "
                "\"x'0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a'\";"
                "PRAGMA cipher_page_size = 4096;"
                "PRAGMA locking_mode = EXCLUSIVE;"
                "BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);";
            if (sqlite3_open(path.constData(), &db) != SQLITE_OK ||
                sqlite3_exec(db, script, nullptr, nullptr, nullptr) != SQLITE_OK) {
                state = -1;
                sqlite3_close(db);
                return;
            }
            state = 1;
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr);
            sqlite3_close(db);
            state = 2;
        });
        while (state == 0)
            std::this_thread::yield();
        QElapsedTimer waited;
        waited.start();
        QSqlDatabase db = openConnection(QStringLiteral("k"), m_path, keyOf(10));
        const qint64 elapsed = waited.elapsed();
        const int writerState = state;
        writer.join();
        QCOMPARE(writerState == -1 ? -1 : 1, 1);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY2(elapsed >= 300, qPrintable(QString::number(elapsed)));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // A database this program creates is the owner's alone, whatever the umask.
    void newDatabaseIsOwnerOnly() {
#ifdef Q_OS_UNIX
        QSqlDatabase db = openConnection(QStringLiteral("l"), m_path, keyOf(11));
        QVERIFY(db.isOpen());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(m_path) & others, QFileDevice::Permissions());
#endif
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
