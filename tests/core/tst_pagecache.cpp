// The page cache a connection reads with: the window's on open, another
// size for a command that reads every page once.

#include "TemporaryWorkspace.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace md;

namespace {

int cacheSize(Database& database) {
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace

class TestPageCache final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aConnectionCanReadWithASmallerCache() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        Database& database = ws->database();
        QCOMPARE(cacheSize(database), -SqlCipherDriver::kPageCacheKiB);
        QVERIFY(database.setPageCacheKiB(2000).ok());
        QCOMPARE(cacheSize(database), -2000);
        // The rows still read with it.
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
