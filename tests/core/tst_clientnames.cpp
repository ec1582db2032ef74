// The one rule for a client's name in a list (domain/ClientName.h), the
// practice rule that chooses it, and its SQL twin (storage/ClientSql.h): the
// names the read models return from SQL are the rule's names, for both
// choices, and a change of the choice is announced so every view reads again.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "domain/ClientName.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "search/SearchService.h"
#include "settings/SettingsService.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace md;

namespace {

struct Person {
    QString fullName;
    QString preferredName;
};

const QList<Person> kPeople = {
    {QStringLiteral("Ana Mueller"), QStringLiteral("Ana")},
    {QStringLiteral("Bruno Costa"), QString()},
    {QStringLiteral("Chiara Rossi"), QStringLiteral("Chiara Rossi")},
};

void setStyle(test::TemporaryWorkspace& ws, ClientNameStyle style) {
    Result<PracticeRules> rules = ws->settings().practiceRules();
    QVERIFY2(rules, qPrintable(rules.message()));
    rules->clientNames = style;
    const Status saved = ws->settings().savePracticeRules(*rules);
    QVERIFY2(saved, qPrintable(saved.message()));
}

} // namespace

class TestClientNames final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theRule_data() {
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("preferredName");
        QTest::addColumn<ClientNameStyle>("style");
        QTest::addColumn<QString>("shown");
        const QString full = QStringLiteral("Ana Mueller");
        const QString preferred = QStringLiteral("Ana");
        QTest::newRow("preferred") << full << preferred << ClientNameStyle::Preferred << preferred;
        QTest::newRow("preferred, none given")
            << full << QString() << ClientNameStyle::Preferred << full;
        QTest::newRow("full") << full << preferred << ClientNameStyle::Full << full;
        QTest::newRow("full, none given") << full << QString() << ClientNameStyle::Full << full;
    }
    void theRule() {
        QFETCH(QString, fullName);
        QFETCH(QString, preferredName);
        QFETCH(ClientNameStyle, style);
        QFETCH(QString, shown);
        QCOMPARE(clientListName(fullName, preferredName, style), shown);
    }

    void keysRoundTrip() {
        for (ClientNameStyle style : {ClientNameStyle::Preferred, ClientNameStyle::Full})
            QCOMPARE(clientNameStyleFromKey(clientNameStyleKey(style)), style);
        QCOMPARE(clientNameStyleFromKey(QStringLiteral("nickname")), std::nullopt);
    }

    void theChoiceIsAPracticeRule() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QCOMPARE(ws->settings().practiceRules()->clientNames, ClientNameStyle::Preferred);
        QCOMPARE(ws->clients().listNameStyle(), ClientNameStyle::Preferred);

        QSignalSpy changed(&ws->changes(), &ChangeNotifier::changed);
        setStyle(ws, ClientNameStyle::Full);
        QCOMPARE(changed.count(), 1);
        // Every list shows names: the change reads as one made elsewhere.
        QVERIFY(changed.at(0).at(0).value<ChangeSet>().external());
        QVERIFY(ws.reopen());
        QCOMPARE(ws->settings().practiceRules()->clientNames, ClientNameStyle::Full);
        QCOMPARE(ws->clients().listNameStyle(), ClientNameStyle::Full);

        // The other rules alone: nothing to read again.
        QSignalSpy again(&ws->changes(), &ChangeNotifier::changed);
        PracticeRules rules = *ws->settings().practiceRules();
        rules.reminderMinutes = 30;
        QVERIFY(ws->settings().savePracticeRules(rules));
        QCOMPARE(again.count(), 1);
        QVERIFY(!again.at(0).at(0).value<ChangeSet>().external());
    }

    void anUnknownStoredValueMeansTheDefault() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QSqlQuery query(ws->database().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO workspace_settings (key, value) "
                                          "VALUES ('practice.client_names', 'nickname')")));
        QCOMPARE(ws->settings().practiceRules()->clientNames, ClientNameStyle::Preferred);
    }

    // The names of the board, the calendar's sessions, the agendas, the
    // dashboard's upcoming panel and the search come from SQL: for each
    // choice they are the rule's.
    void theSqlTwinAgreesWithTheRule() {
        test::TemporaryWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        ws.clock().set(now);
        QHash<qint64, Person> byClient;
        QHash<qint64, qint64> clientOf; // engagement -> client
        for (const Person& person : kPeople) {
            Client client;
            client.fullName = person.fullName;
            client.preferredName = person.preferredName;
            const Result<Client> added = ws->clients().add(client);
            QVERIFY2(added, qPrintable(added.message()));
            byClient.insert(added->id, person);
            Engagement engagement;
            engagement.clientId = added->id;
            engagement.title = QStringLiteral("Career change");
            engagement.startDate = now.date();
            const auto started = ws->engagements().addEngagement(engagement);
            QVERIFY2(started, qPrintable(started.message()));
            clientOf.insert(started->id, added->id);
            Session session;
            session.engagementId = started->id;
            session.start = now.addDays(1);
            session.durationMinutes = 60;
            QVERIFY(ws->scheduling().addSession(session));
        }

        for (ClientNameStyle style : {ClientNameStyle::Preferred, ClientNameStyle::Full}) {
            setStyle(ws, style);
            auto expected = [&](qint64 clientId) {
                const Person& p = byClient.value(clientId);
                return clientListName(p.fullName, p.preferredName, style);
            };
            const auto board = ws->engagements().board();
            QVERIFY2(board, qPrintable(board.message()));
            QCOMPARE(board->size(), kPeople.size());
            for (const EngagementCard& card : *board)
                QCOMPARE(card.clientName, expected(card.clientId));

            const auto upcoming = ws->scheduling().upcoming(now, now.addDays(7), 100);
            QVERIFY2(upcoming, qPrintable(upcoming.message()));
            QCOMPARE(upcoming->sessions.size(), kPeople.size());
            for (const SessionRow& row : upcoming->sessions)
                QCOMPARE(row.clientName, expected(clientOf.value(row.engagementId)));

            int visited = 0;
            const Status listed =
                ws->scheduling().forEachSession({}, [&](const ClientSession& row) {
                    ++visited;
                    [&] {
                        QCOMPARE(row.clientName,
                                 expected(clientOf.value(row.session.engagementId)));
                    }();
                    return true;
                });
            QVERIFY2(listed, qPrintable(listed.message()));
            QCOMPARE(visited, kPeople.size());

            const auto hits = ws->search().search(QStringLiteral("Mueller"));
            QVERIFY2(hits, qPrintable(hits.message()));
            QVERIFY(!hits->isEmpty());
            for (const SearchHit& hit : *hits)
                QCOMPARE(hit.clientName, expected(hit.clientId));
        }
    }
};

QTEST_MAIN(TestClientNames)
#include "tst_clientnames.moc"
