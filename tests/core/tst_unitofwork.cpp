// Units of work: Database::transaction nests through SAVEPOINTs, a failure
// anywhere rolls back everything of its level, and change notifications are
// published once, after the outermost commit, never in between.

#include "TemporaryWorkspace.h"

#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "common/FaultInjection.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace md;

namespace {

Client person(const QString& name) {
    Client client;
    client.fullName = name;
    return client;
}

int clientRows(Database& database) {
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM clients")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestUnitOfWork final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nestedWorkCommitsAsOneAndPublishesOnce() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QSignalSpy published(&ws->changes(), &ChangeNotifier::changed);
        qint64 first = 0;
        qint64 second = 0;
        const Status status = ws->database().transaction([&]() -> Status {
            Result<Client> a = ws->clients().add(person(QStringLiteral("Ada Lovelace")));
            if (!a)
                return a.error();
            first = a->id;
            Result<Client> b = ws->clients().add(person(QStringLiteral("Grace Hopper")));
            if (!b)
                return b.error();
            second = b->id;
            // Nothing is announced while the unit of work is open.
            if (published.count() != 0)
                return makeError(ErrorCode::Database, QStringLiteral("published too early"));
            return {};
        });
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(published.count(), 1);
        const ChangeSet changes = published.at(0).at(0).value<ChangeSet>();
        QCOMPARE(changes.ids(RecordKind::Client, ChangeOp::Added), (QSet<qint64>{first, second}));
        QCOMPARE(clientRows(ws->database()), 2);
    }

    void failedInnerStepRollsBackOnlyItsSavepoint() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QSignalSpy published(&ws->changes(), &ChangeNotifier::changed);
        const Status status = ws->database().transaction([&]() -> Status {
            if (Result<Client> kept = ws->clients().add(person(QStringLiteral("Kept"))); !kept)
                return kept.error();
            const Status inner = ws->database().transaction([&]() -> Status {
                (void)ws->clients().add(person(QStringLiteral("Dropped")));
                return makeError(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
            });
            if (inner.ok())
                return makeError(ErrorCode::Database, QStringLiteral("inner step succeeded"));
            return {}; // the outer unit carries on without the inner step
        });
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(clientRows(ws->database()), 1);
        QCOMPARE(ws->clients().list()->first().fullName, QStringLiteral("Kept"));
        QCOMPARE(published.count(), 1);
        QCOMPARE(published.at(0).at(0).value<ChangeSet>().changes().size(), 1);
    }

    void failureHalfWayLeavesNothing() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QSignalSpy published(&ws->changes(), &ChangeNotifier::changed);
        // The second insert fails as if the disk had failed at that moment.
        ScopedStatementFault fault(QRegularExpression(QStringLiteral("^INSERT INTO clients")), 1);
        const Status status = ws->database().transaction([&]() -> Status {
            for (const QString& name : {QStringLiteral("One"), QStringLiteral("Two")}) {
                if (Result<Client> added = ws->clients().add(person(name)); !added)
                    return added.error();
            }
            return {};
        });
        QVERIFY(FaultInjection::fired());
        QVERIFY(!status.ok());
        QCOMPARE(clientRows(ws->database()), 0);
        QCOMPARE(published.count(), 0);
        // The connection is usable afterwards: the next unit of work commits.
        QVERIFY(ws->clients().add(person(QStringLiteral("Three"))).ok());
        QCOMPARE(clientRows(ws->database()), 1);
    }

    void writeOutsideATransactionIsPublishedAtOnce() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QSignalSpy published(&ws->changes(), &ChangeNotifier::changed);
        ws->database().noteChange(RecordKind::Session, ChangeOp::Updated, 7);
        QCOMPARE(published.count(), 1);
        QCOMPARE(published.at(0).at(0).value<ChangeSet>().ids(RecordKind::Session),
                 QSet<qint64>{7});
    }

    void changesFromAnotherConnectionAreSeen() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(!ws->checkForExternalChanges());
        QVERIFY(ws->clients().add(person(QStringLiteral("Own write"))).ok());
        QVERIFY(!ws->checkForExternalChanges()); // our own commits do not count

        Result<std::unique_ptr<Workspace>> other = Workspace::unlockWithPassphrase(
            ws.directory(), test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase),
            ws.clock());
        QVERIFY2(other.ok(), qPrintable(other.message()));
        QVERIFY((*other)->clients().add(person(QStringLiteral("From the CLI"))).ok());

        QSignalSpy published(&ws->changes(), &ChangeNotifier::changed);
        QVERIFY(ws->checkForExternalChanges());
        QCOMPARE(published.count(), 1);
        QVERIFY(published.at(0).at(0).value<ChangeSet>().external());
        QVERIFY(!ws->checkForExternalChanges());
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"
