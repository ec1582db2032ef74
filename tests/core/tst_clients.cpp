#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "domain/ClientValidator.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace md;

class TestClients final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validation_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("failingField");
        QTest::newRow("valid minimal") << "fullName"
                                       << "Ada Lovelace"
                                       << "";
        QTest::newRow("name required") << "fullName"
                                       << "   "
                                       << "fullName";
        QTest::newRow("name too long")
            << "fullName" << QString(201, QLatin1Char('a')) << "fullName";
        QTest::newRow("email ok") << "email"
                                  << "ada@example.co.uk"
                                  << "";
        QTest::newRow("email without at") << "email"
                                          << "ada.example.com"
                                          << "email";
        QTest::newRow("email without domain dot") << "email"
                                                  << "ada@localhost"
                                                  << "email";
        QTest::newRow("email with space") << "email"
                                          << "ada @example.com"
                                          << "email";
        QTest::newRow("phone ok") << "phone"
                                  << "+49 (30) 123-4567"
                                  << "";
        QTest::newRow("phone letters") << "phone"
                                       << "call me"
                                       << "phone";
        QTest::newRow("phone too few digits") << "phone"
                                              << "+1 2"
                                              << "phone";
        QTest::newRow("zone ok") << "timeZone"
                                 << "Europe/Berlin"
                                 << "";
        QTest::newRow("zone unknown") << "timeZone"
                                      << "Mars/Olympus"
                                      << "timeZone";
    }
    void validation() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, failingField);
        Client client;
        client.fullName = QStringLiteral("Ada Lovelace");
        if (field == QLatin1String("fullName"))
            client.fullName = value;
        else if (field == QLatin1String("email"))
            client.email = value;
        else if (field == QLatin1String("phone"))
            client.phone = value;
        else if (field == QLatin1String("timeZone"))
            client.timeZone = value;
        const QList<FieldError> errors = ClientValidator::validate(client);
        if (failingField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, failingField);
            QVERIFY(!errors.first().message.isEmpty());
        }
    }

    void normalisesTags() {
        Client client;
        client.fullName = QStringLiteral("  Grace Hopper ");
        client.tags = {QStringLiteral(" leadership"), QStringLiteral("Leadership"),
                       QStringLiteral(""), QStringLiteral("promotion ")};
        const Client normal = ClientValidator::normalised(client);
        QCOMPARE(normal.fullName, QStringLiteral("Grace Hopper"));
        QCOMPARE(normal.tags,
                 (QStringList{QStringLiteral("leadership"), QStringLiteral("promotion")}));
    }

    void repositoryRoundTrip() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        ClientService& clients = ws->clients();
        QSignalSpy added(&ws->changes(), &ChangeNotifier::changed);

        Client client;
        client.fullName = QStringLiteral("Zoë Ångström");
        client.preferredName = QStringLiteral("Zoë");
        client.email = QStringLiteral("zoe@example.se");
        client.phone = QStringLiteral("+46 8 123 456");
        client.organisation = QStringLiteral("Nordlys AB");
        client.role = QStringLiteral("Senior engineer");
        client.timeZone = QStringLiteral("Europe/Stockholm");
        client.referralSource = QStringLiteral("Conference talk");
        client.background = QStringLiteral("Ten years in embedded systems.");
        client.strengths = QStringLiteral("Deep technical judgement");
        client.weaknesses = QStringLiteral("Avoids conflict");
        client.aspirations = QStringLiteral("Lead a platform team");
        client.keepDoing = QStringLiteral("Mentoring juniors");
        client.startDoing = QStringLiteral("Speaking up in planning");
        client.stopDoing = QStringLiteral("Working weekends");
        client.tags = {QStringLiteral("leadership"), QStringLiteral("promotion")};
        client.status = ClientStatus::Active;

        auto saved = clients.add(client);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->createdUtc, ws.clock().nowUtc());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<ChangeSet>().ids(RecordKind::Client, ChangeOp::Added),
                 QSet<qint64>{saved->id});

        ws.clock().advanceDays(1);
        QVERIFY(ws.reopen());
        ClientService& reopened = ws->clients();
        auto loaded = reopened.get(saved->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->fullName, client.fullName);
        QCOMPARE(loaded->email, client.email);
        QCOMPARE(loaded->timeZone, client.timeZone);
        QCOMPARE(loaded->stopDoing, client.stopDoing);
        QCOMPARE(loaded->tags, client.tags);
        QCOMPARE(loaded->status, ClientStatus::Active);

        Client edited = loaded.value();
        edited.role = QStringLiteral("Engineering manager");
        QSignalSpy changedAfter(&ws->changes(), &ChangeNotifier::changed);
        auto updated = reopened.update(edited);
        QVERIFY(updated.ok());
        QCOMPARE(updated->updatedUtc, ws.clock().nowUtc());
        QCOMPARE(updated->createdUtc, saved->createdUtc);
        QCOMPARE(changedAfter.count(), 1);
        QCOMPARE(
            changedAfter.at(0).at(0).value<ChangeSet>().ids(RecordKind::Client, ChangeOp::Updated),
            QSet<qint64>{saved->id});

        QVERIFY(reopened.setArchived(saved->id, true).ok());
        QCOMPARE(reopened.list()->size(), 0);
        QCOMPARE(reopened.list(ClientFilter{true})->size(), 1);

        QSignalSpy removedAfter(&ws->changes(), &ChangeNotifier::changed);
        QVERIFY(reopened.remove(saved->id).ok());
        QCOMPARE(removedAfter.count(), 1);
        QVERIFY(removedAfter.at(0).at(0).value<ChangeSet>().removed(RecordKind::Client, saved->id));
        QCOMPARE(reopened.get(saved->id).code(), ErrorCode::NotFound);
        QCOMPARE(reopened.remove(saved->id).code(), ErrorCode::NotFound);
    }

    void repositoryRefusesInvalidClient() {
        test::TemporaryWorkspace ws;
        Client client;
        client.fullName = QStringLiteral("Bad Mail");
        client.email = QStringLiteral("not-an-email");
        auto saved = ws->clients().add(client);
        QCOMPARE(saved.code(), ErrorCode::InvalidInput);
        QVERIFY(saved.message().contains(QStringLiteral("email")));
        QCOMPARE(ws->clients().count().value(), 0);
    }

    void listIsSortedByName() {
        test::TemporaryWorkspace ws;
        for (const char* name : {"charlie", "Alice", "bob"}) {
            Client client;
            client.fullName = QString::fromLatin1(name);
            QVERIFY(ws->clients().add(client).ok());
        }
        QStringList names;
        for (const Client& c : ws->clients().list().value())
            names.append(c.fullName);
        QCOMPARE(names, (QStringList{QStringLiteral("Alice"), QStringLiteral("bob"),
                                     QStringLiteral("charlie")}));
    }

    // The list's rows are the clients of list(), field for field and in the
    // same order, read from the covering index clients_list without a
    // profile text.
    void listRowsAreTheListFromItsIndex() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        for (int i = 0; i < 12; ++i) {
            Client client;
            client.fullName = QStringLiteral("%1 Client %2").arg(QChar(u'a' + (i * 7) % 12)).arg(i);
            client.preferredName = i % 3 == 0 ? QStringLiteral("Pref %1").arg(i) : QString();
            client.email = QStringLiteral("c%1@example.org").arg(i);
            client.organisation = QStringLiteral("Org %1").arg(i % 4);
            client.role = i % 2 ? QStringLiteral("Engineer") : QString();
            client.tags = i % 2 ? QStringList{QStringLiteral("x"), QStringLiteral("y %1").arg(i)}
                                : QStringList{};
            client.background = QString(3000, QLatin1Char('b'));
            client.status = ClientStatus(i % 4);
            Result<Client> saved = ws->clients().add(client);
            QVERIFY2(saved, qPrintable(saved.message()));
            ws.clock().advanceDays(1);
            if (i % 5 == 0)
                QVERIFY(ws->clients().setArchived(saved->id, true).ok());
        }
        for (const bool archived : {false, true}) {
            const QList<Client> clients = ws->clients().list(ClientFilter{archived}).value();
            const QList<ClientListRow> rows =
                ws->clients().listRows(ClientFilter{archived}).value();
            QCOMPARE(rows.size(), clients.size());
            QCOMPARE(rows.size(), archived ? 12 : 9);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const Client& c = clients.at(i);
                const ClientListRow& r = rows.at(i);
                QCOMPARE(r.id, c.id);
                QCOMPARE(r.fullName, c.fullName);
                QCOMPARE(r.preferredName, c.preferredName);
                QCOMPARE(r.email, c.email);
                QCOMPARE(r.organisation, c.organisation);
                QCOMPARE(r.role, c.role);
                QCOMPARE(r.tags, c.tags);
                QCOMPARE(r.status, c.status);
                QCOMPARE(r.archived, c.archived);
                QCOMPARE(r.updatedUtc, c.updatedUtc);
                // The name a list shows, read from the names' index alone.
                QCOMPARE(ws->clients().listName(c.id).value(), ws->clients().listName(c));
                const ClientListRow one = ws->clients().listRow(c.id).value();
                QCOMPARE(one.fullName, c.fullName);
                QCOMPARE(one.updatedUtc, c.updatedUtc);
            }
            QSqlQuery plan(ws->database().connection());
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                              ClientRepository::listRowsSql(ClientFilter{archived})));
            QStringList details;
            while (plan.next())
                details << plan.value(plan.record().count() - 1).toString();
            QCOMPARE(details.join(QLatin1Char('\n')),
                     QStringLiteral("SCAN TABLE clients USING COVERING INDEX clients_list"));
        }
        QCOMPARE(ws->clients().listRow(9999).code(), ErrorCode::NotFound);
        QCOMPARE(ws->clients().listName(9999).code(), ErrorCode::NotFound);
    }

    void databaseEnforcesStatusKeys() {
        test::TemporaryWorkspace ws;
        QSqlQuery query(ws->database().connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO clients (full_name, status, created_utc, updated_utc) "
                           "VALUES ('X', 'vip', '2026-01-01', '2026-01-01')")));
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
