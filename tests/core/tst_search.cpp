#include "tst_engagement_fixture.h"

#include "billing/BillingService.h"
#include "scheduling/SchedulingService.h"
#include "scheduling/ZonedTime.h"
#include "search/SearchQuery.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SearchIndexSql.h"
#include "storage/SearchRepository.h"
#include "storage/SqlCipherDriver.h"
#include "storage/TableDump.h"

#include <QDirIterator>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace md;
using namespace md::test;

// The workspace search: every kind of record found by its own words, the
// matching rules, the index kept in step inside every unit of work (and
// rolled back with it), the migration of an existing workspace, and no
// indexed word readable in the files.
class TestSearch : public QObject, private PipelineFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { openPipeline(); }
    void cleanup() { closeFixture(); }

    void queriesBecomeSafeMatchExpressions();
    void eachKindIsFoundByAWordOnlyItHas();
    void accentsCasePrefixesPhrasesAndSeveralWords();
    void namesAndTitlesComeFirstThenNewerRecords();
    void privateNotesAreMarkedAndSharedTextShownFirst();
    void editingAndDeletingChangeTheResultsAtOnce();
    void aRolledBackUnitOfWorkLeavesTheIndexAsItWas();
    void renamingAClientFindsTheirAgreementsAndInvoicesByTheNewName();
    void archivedClientsAreFoundAndMarkedErasedOnesAreGone();
    void kindsAndLimitNarrowTheResults();
    void theMigrationIndexesAnExistingWorkspace();
    void theIndexIsNotPartOfExports();
    void noIndexedWordIsReadableInTheFiles();

private:
    SearchService& search() { return m_ws->workspace().search(); }
    QList<SearchHit> find(const QString& text, SearchService::Options options = {}) {
        auto hits = search().search(text, options);
        if (!hits) {
            qWarning("search failed: %s", qPrintable(hits.message()));
            return {};
        }
        return *hits;
    }
    // "kind:id" of each hit, in order.
    QStringList keys(const QList<SearchHit>& hits) {
        QStringList out;
        for (const SearchHit& hit : hits)
            out.append(searchKindKey(hit.kind) + QLatin1Char(':') + QString::number(hit.id));
        return out;
    }
    QString key(SearchKind kind, qint64 id) {
        return searchKindKey(kind) + QLatin1Char(':') + QString::number(id);
    }
    Session addSessionWith(qint64 engagementId, const QString& privateNotes,
                           const QString& shareable, QDate day = QDate(2026, 4, 7)) {
        Session session;
        session.engagementId = engagementId;
        session.start = ZonedTime::make(day, QTime(10, 0), QTimeZone("Europe/Berlin"));
        session.privateNotes = privateNotes;
        session.shareableNotes = shareable;
        auto added = m_ws->workspace().scheduling().addSession(session);
        if (!added)
            qWarning("session: %s", qPrintable(added.message()));
        return added ? *added : Session{};
    }
    void checkIndexIntegrity() {
        for (const QString& table : searchIndexTables()) {
            QSqlQuery query(m_ws->workspace().database().connection());
            QVERIFY2(
                query.exec(
                    QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(table)),
                qPrintable(table + QLatin1String(": ") + query.lastError().text()));
        }
    }
};

void TestSearch::queriesBecomeSafeMatchExpressions() {
    QCOMPARE(SearchQuery::parse(QStringLiteral("Port")).matchExpression(), QStringLiteral("port*"));
    QCOMPARE(SearchQuery::parse(QStringLiteral("  ")).isEmpty(), true);
    // FTS syntax typed by the mentor is only words.
    QCOMPARE(SearchQuery::parse(QStringLiteral("body:cv OR -salary NEAR/2 (x")).matchExpression(),
             QStringLiteral("body* cv* or* salary* near* 2 x"));
    QCOMPARE(SearchQuery::parse(QStringLiteral("\"portfolio review\" Ana")).matchExpression(),
             QStringLiteral("\"portfolio review\" ana*"));
    // While the closing quote is missing the last word is still being typed.
    QCOMPARE(SearchQuery::parse(QStringLiteral("\"portfolio rev")).matchExpression(),
             QStringLiteral("\"portfolio rev*\""));
    QCOMPARE(SearchQuery::parse(QStringLiteral("\"exact\"")).matchExpression(),
             QStringLiteral("exact"));
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many.append(QStringLiteral("w%1").arg(i));
    QCOMPARE(SearchQuery::parse(many.join(QLatin1Char(' '))).terms().size(),
             SearchQuery::kMaxTerms);
}

void TestSearch::eachKindIsFoundByAWordOnlyItHas() {
    Workspace& ws = m_ws->workspace();
    Client client = ws.clients().get(m_clientId).value();
    client.aspirations = QStringLiteral("Become a quokkaherder in a product team");
    QVERIFY(ws.clients().update(client));

    Engagement engagement = newEngagement();
    engagement.outcome = QStringLiteral("Left for a narwhalist company");
    QVERIFY(service().updateEngagement(engagement));

    Need need;
    need.engagementId = engagement.id;
    need.description = QStringLiteral("Speak up in axolotlian meetings");
    const qint64 needId = service().addNeed(need)->id;

    SmartGoal goal;
    goal.engagementId = engagement.id;
    goal.specific = QStringLiteral("Lead the pangolinish retrospective");
    goal.metric = QStringLiteral("Retrospectives led");
    goal.unit = QStringLiteral("meetings");
    goal.baseline = 0;
    goal.target = 3;
    goal.attainable = QStringLiteral("The team asked for it");
    goal.needIds = {needId};
    goal.dueDate = QDate(2026, 9, 30);
    auto addedGoal = service().addGoal(goal);
    QVERIFY2(addedGoal, qPrintable(addedGoal.message()));

    Action action;
    action.goalId = addedGoal->id;
    action.description = QStringLiteral("Draft the okapiform agenda");
    auto addedAction = service().addAction(action);
    QVERIFY2(addedAction, qPrintable(addedAction.message()));

    Evaluation evaluation;
    evaluation.goalId = addedGoal->id;
    evaluation.outcome = EvaluationOutcome::Achieved;
    evaluation.mentorAssessment = QStringLiteral("Handled the capybaric debate well");
    auto addedEvaluation = service().saveEvaluation(evaluation);
    QVERIFY2(addedEvaluation, qPrintable(addedEvaluation.message()));

    const Session session = addSessionWith(engagement.id, {}, QStringLiteral("Talked tapirology"));
    QVERIFY(session.id > 0);

    QVERIFY(ensureMentorProfile(ws).isEmpty());
    auto agreement = ws.agreements().createDraft(engagement.id);
    QVERIFY2(agreement, qPrintable(agreement.message()));

    InvoiceLine line;
    line.description = QStringLiteral("Wombatic workshop");
    line.unitPriceMinor = 12000;
    auto invoice = ws.billing().createInvoice(m_clientId, {line});
    QVERIFY2(invoice, qPrintable(invoice.message()));

    QCOMPARE(keys(find(QStringLiteral("quokkaherder"))),
             QStringList{key(SearchKind::Client, m_clientId)});
    QCOMPARE(keys(find(QStringLiteral("narwhalist"))),
             QStringList{key(SearchKind::Engagement, engagement.id)});
    QCOMPARE(keys(find(QStringLiteral("axolotlian"))), QStringList{key(SearchKind::Need, needId)});
    QCOMPARE(keys(find(QStringLiteral("pangolinish"))),
             QStringList{key(SearchKind::Goal, addedGoal->id)});
    QCOMPARE(keys(find(QStringLiteral("okapiform"))),
             QStringList{key(SearchKind::Action, addedAction->id)});
    QCOMPARE(keys(find(QStringLiteral("capybaric"))),
             QStringList{key(SearchKind::Evaluation, addedEvaluation->id)});
    QCOMPARE(keys(find(QStringLiteral("tapirology"))),
             QStringList{key(SearchKind::Session, session.id)});
    QCOMPARE(keys(find(QStringLiteral("wombatic"))),
             QStringList{key(SearchKind::Invoice, invoice->id)});
    const QString number = QStringLiteral("AGR-%1").arg(agreement->id, 5, 10, QLatin1Char('0'));
    QCOMPARE(keys(find(number)), QStringList{key(SearchKind::Agreement, agreement->id)});

    // Each result says whose it is and how to open it.
    const SearchHit action1 = find(QStringLiteral("okapiform")).value(0);
    QCOMPARE(action1.clientId, m_clientId);
    QCOMPARE(action1.clientName, QStringLiteral("Priya Raman"));
    QCOMPARE(action1.engagementId, engagement.id);
    QCOMPARE(action1.goalId, addedGoal->id);
    QCOMPARE(action1.snippetText(), QStringLiteral("Draft the okapiform agenda"));
    QCOMPARE(action1.snippetHtml(), QStringLiteral("Draft the <b>okapiform</b> agenda"));
    QCOMPARE(action1.snippetMatches(), (QList<std::pair<int, int>>{{10, 9}}));
    const SearchHit session1 = find(QStringLiteral("tapirology")).value(0);
    QCOMPARE(session1.when, session.start.toUTC());
    QCOMPARE(session1.title, engagement.title);
    // The client's name finds the client, the agreement and the invoice.
    const QStringList byName = keys(find(QStringLiteral("priya raman")));
    QVERIFY2(byName.contains(key(SearchKind::Client, m_clientId)), qPrintable(byName.join(',')));
    QVERIFY(byName.contains(key(SearchKind::Agreement, agreement->id)));
    QVERIFY(byName.contains(key(SearchKind::Invoice, invoice->id)));
    QCOMPARE(byName.first(), key(SearchKind::Client, m_clientId));
    checkIndexIntegrity();
}

void TestSearch::accentsCasePrefixesPhrasesAndSeveralWords() {
    Client client;
    client.fullName = QStringLiteral("Ana Müller");
    client.background = QStringLiteral("Grew up in São Paulo; wants a portfolio review.");
    const qint64 ana = m_ws->workspace().clients().add(client)->id;
    Client other;
    other.fullName = QStringLiteral("Ben Okafor");
    other.background = QStringLiteral("Needs a review of his CV, then his portfolio.");
    const qint64 ben = m_ws->workspace().clients().add(other)->id;

    const QStringList anaOnly{key(SearchKind::Client, ana)};
    QCOMPARE(keys(find(QStringLiteral("muller"))), anaOnly);
    QCOMPARE(keys(find(QStringLiteral("MÜLLER"))), anaOnly);
    QCOMPARE(keys(find(QStringLiteral("sao paulo"))), anaOnly);
    QCOMPARE(keys(find(QStringLiteral("SAO"))), anaOnly);
    // Prefixes while typing; every word must be there.
    QCOMPARE(find(QStringLiteral("port")).size(), 2);
    QCOMPARE(find(QStringLiteral("portfolio review")).size(), 2);
    QCOMPARE(keys(find(QStringLiteral("portfolio review muller"))), anaOnly);
    QCOMPARE(keys(find(QStringLiteral("port okafor"))), QStringList{key(SearchKind::Client, ben)});
    // A phrase is the words in that order.
    QCOMPARE(keys(find(QStringLiteral("\"portfolio review\""))), anaOnly);
    QCOMPARE(keys(find(QStringLiteral("\"review of his\""))),
             QStringList{key(SearchKind::Client, ben)});
    QCOMPARE(find(QStringLiteral("\"review portfolio\"")).size(), 0);
    // No words, nothing (not an error); FTS syntax is only words.
    QCOMPARE(find(QStringLiteral("  \"\" ")).size(), 0);
    QCOMPARE(find(QStringLiteral("muller OR okafor")).size(), 0);
    QCOMPARE(keys(find(QStringLiteral("-muller"))), anaOnly);
    // The snippet marks the words as stored, accents and all.
    const SearchHit hit = find(QStringLiteral("sao paulo")).value(0);
    QVERIFY2(hit.snippetHtml().contains(QStringLiteral("<b>São</b> <b>Paulo</b>")),
             qPrintable(hit.snippetHtml()));
}

void TestSearch::namesAndTitlesComeFirstThenNewerRecords() {
    Client older;
    older.fullName = QStringLiteral("Chris Baker");
    older.background = QStringLiteral("Worked with a mentor called Jordan before.");
    const qint64 olderId = m_ws->workspace().clients().add(older)->id;
    Client named;
    named.fullName = QStringLiteral("Jordan Lee");
    const qint64 jordan = m_ws->workspace().clients().add(named)->id;
    Client jordanMore;
    jordanMore.fullName = QStringLiteral("Jordan Lee-Smith");
    const qint64 jordanMoreId = m_ws->workspace().clients().add(jordanMore)->id;
    Client newer;
    newer.fullName = QStringLiteral("Dee Park");
    newer.background = QStringLiteral("Jordan, her manager, suggested mentoring.");
    const qint64 newerId = m_ws->workspace().clients().add(newer)->id;

    const QList<SearchHit> hits = find(QStringLiteral("jordan lee"));
    QCOMPARE(keys(hits),
             (QStringList{key(SearchKind::Client, jordan), key(SearchKind::Client, jordanMoreId)}));
    QCOMPARE(hits.at(0).tier, 0);
    QCOMPARE(hits.at(1).tier, 1);
    // The name first; then the texts, the newer record before the older.
    QCOMPARE(keys(find(QStringLiteral("jordan"))),
             (QStringList{key(SearchKind::Client, jordanMoreId), key(SearchKind::Client, jordan),
                          key(SearchKind::Client, newerId), key(SearchKind::Client, olderId)}));
}

void TestSearch::privateNotesAreMarkedAndSharedTextShownFirst() {
    const Engagement e = newEngagement();
    const Session onlyPrivate =
        addSessionWith(e.id, QStringLiteral("Worried about the salary talk"), QStringLiteral("CV"));
    const Session both =
        addSessionWith(e.id, QStringLiteral("salary is 50k"),
                       QStringLiteral("Plan for the salary negotiation"), QDate(2026, 4, 14));
    const QList<SearchHit> hits = find(QStringLiteral("salary"));
    QCOMPARE(keys(hits), (QStringList{key(SearchKind::Session, both.id),
                                      key(SearchKind::Session, onlyPrivate.id)}));
    QVERIFY(!hits.at(0).privateNote);
    QCOMPARE(hits.at(0).snippetText(), QStringLiteral("Plan for the salary negotiation"));
    QVERIFY(hits.at(1).privateNote);
    QCOMPARE(hits.at(1).snippetText(), QStringLiteral("Worried about the salary talk"));
}

void TestSearch::editingAndDeletingChangeTheResultsAtOnce() {
    Workspace& ws = m_ws->workspace();
    const Engagement e = newEngagement();
    Session session = addSessionWith(e.id, {}, QStringLiteral("Discussed the okra project"));
    QCOMPARE(find(QStringLiteral("okra")).size(), 1);
    session.shareableNotes = QStringLiteral("Discussed the quinoa project");
    QVERIFY(ws.scheduling().updateSession(session));
    QCOMPARE(find(QStringLiteral("okra")).size(), 0);
    QCOMPARE(keys(find(QStringLiteral("quinoa"))),
             QStringList{key(SearchKind::Session, session.id)});
    QVERIFY(ws.scheduling().removeSession(session.id));
    QCOMPARE(find(QStringLiteral("quinoa")).size(), 0);

    InvoiceLine line;
    line.description = QStringLiteral("Sorrel session");
    line.unitPriceMinor = 9000;
    Invoice draft = ws.billing().createInvoice(m_clientId, {line}).value();
    QCOMPARE(find(QStringLiteral("sorrel")).size(), 1);
    draft.lines.first().description = QStringLiteral("Fennel session");
    draft.lines.append(line);
    draft.lines.last().description = QStringLiteral("Chard follow-up");
    QVERIFY(ws.billing().updateDraft(draft));
    QCOMPARE(find(QStringLiteral("sorrel")).size(), 0);
    QCOMPARE(find(QStringLiteral("fennel")).size(), 1);
    QCOMPARE(find(QStringLiteral("chard")).size(), 1);
    QVERIFY(ws.billing().removeDraft(draft.id));
    QCOMPARE(find(QStringLiteral("fennel")).size(), 0);

    // Deleting an engagement takes its records out of the index with it.
    const Engagement doomed = newEngagement();
    Need need;
    need.engagementId = doomed.id;
    need.description = QStringLiteral("Parsnip planning");
    QVERIFY(service().addNeed(need));
    addSessionWith(doomed.id, QStringLiteral("parsnip private"), {});
    QCOMPARE(find(QStringLiteral("parsnip")).size(), 2);
    QVERIFY(service().removeEngagement(doomed.id));
    QCOMPARE(find(QStringLiteral("parsnip")).size(), 0);
    checkIndexIntegrity();
}

void TestSearch::aRolledBackUnitOfWorkLeavesTheIndexAsItWas() {
    Workspace& ws = m_ws->workspace();
    Client client = ws.clients().get(m_clientId).value();
    client.strengths = QStringLiteral("Patient listener");
    QVERIFY(ws.clients().update(client));
    client.strengths = QStringLiteral("Brilliant negotiator");
    const Status failed = ws.database().transaction([&]() -> Status {
        if (auto updated = ws.clients().update(client); !updated)
            return updated.error();
        // The change is visible inside the unit of work…
        if (find(QStringLiteral("negotiator")).size() != 1)
            return makeError(ErrorCode::Database, QStringLiteral("not indexed inside"));
        return makeError(ErrorCode::Refused, QStringLiteral("rolled back on purpose"));
    });
    QCOMPARE(failed.code(), ErrorCode::Refused);
    // …and gone with it.
    QCOMPARE(find(QStringLiteral("negotiator")).size(), 0);
    QCOMPARE(keys(find(QStringLiteral("patient listener"))),
             QStringList{key(SearchKind::Client, m_clientId)});
    checkIndexIntegrity();
}

void TestSearch::renamingAClientFindsTheirAgreementsAndInvoicesByTheNewName() {
    Workspace& ws = m_ws->workspace();
    const Engagement e = newEngagement();
    QVERIFY(ensureMentorProfile(ws).isEmpty());
    const qint64 agreementId = ws.agreements().createDraft(e.id)->id;
    InvoiceLine line;
    line.description = QStringLiteral("Session");
    line.unitPriceMinor = 9000;
    const qint64 invoiceId = ws.billing().createInvoice(m_clientId, {line})->id;

    Client client = ws.clients().get(m_clientId).value();
    client.fullName = QStringLiteral("Priya Okonkwo");
    QVERIFY(ws.clients().update(client));
    QCOMPARE(find(QStringLiteral("raman")).size(), 0);
    const QStringList found = keys(find(QStringLiteral("okonkwo")));
    QCOMPARE(found, (QStringList{key(SearchKind::Client, m_clientId),
                                 key(SearchKind::Agreement, agreementId),
                                 key(SearchKind::Invoice, invoiceId)}));
    checkIndexIntegrity();
}

void TestSearch::archivedClientsAreFoundAndMarkedErasedOnesAreGone() {
    Workspace& ws = m_ws->workspace();
    Client client;
    client.fullName = QStringLiteral("Mira Hollandt");
    client.background = QStringLiteral("Studied viticulture");
    const qint64 mira = ws.clients().add(client)->id;
    QVERIFY(ws.clients().setArchived(mira, true));
    const QList<SearchHit> hits = find(QStringLiteral("viticulture"));
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.at(0).clientArchived);

    Engagement e;
    e.clientId = mira;
    e.title = QStringLiteral("Viticulture career");
    e.startDate = QDate(2026, 3, 2);
    const qint64 engagementId = service().addEngagement(e)->id;
    addSessionWith(engagementId, QStringLiteral("Hollandt family vineyard"), {});
    QCOMPARE(find(QStringLiteral("hollandt")).size(), 2);
    QVERIFY(ws.clients().erase(mira));
    QCOMPARE(find(QStringLiteral("hollandt")).size(), 0);
    QCOMPARE(find(QStringLiteral("viticulture")).size(), 0);
    QCOMPARE(find(QStringLiteral("vineyard")).size(), 0);
    checkIndexIntegrity();
    // Merged away, not only hidden: no segment of the index holds the word.
    QSqlQuery terms(ws.database().connection());
    QVERIFY(terms.exec(QStringLiteral("SELECT count(*) FROM search_sessions_segments WHERE "
                                      "instr(block, 'vineyard') > 0")));
    QVERIFY(terms.next());
    QCOMPARE(terms.value(0).toInt(), 0);
    QVERIFY(terms.exec(QStringLiteral("SELECT count(*) FROM search_sessions_segdir WHERE "
                                      "instr(root, 'vineyard') > 0")));
    QVERIFY(terms.next());
    QCOMPARE(terms.value(0).toInt(), 0);
}

void TestSearch::kindsAndLimitNarrowTheResults() {
    const Engagement e = newEngagement(); // "First leadership role"
    for (int i = 0; i < 5; ++i)
        addSessionWith(e.id, {}, QStringLiteral("leadership practice %1").arg(i),
                       QDate(2026, 4, 1).addDays(7 * i));
    QCOMPARE(find(QStringLiteral("leadership")).size(), 6);
    SearchService::Options sessionsOnly;
    sessionsOnly.kinds = {SearchKind::Session};
    QCOMPARE(find(QStringLiteral("leadership"), sessionsOnly).size(), 5);
    SearchService::Options three;
    three.limit = 3;
    const QList<SearchHit> top = find(QStringLiteral("leadership"), three);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top.at(0).kind, SearchKind::Engagement); // its title
    SearchService::Options none;
    none.limit = 0;
    QCOMPARE(search().search(QStringLiteral("x"), none).code(), ErrorCode::InvalidInput);
}

void TestSearch::theMigrationIndexesAnExistingWorkspace() {
    Workspace& ws = m_ws->workspace();
    const Engagement e = newEngagement();
    addSessionWith(e.id, {}, QStringLiteral("Rutabaga strategy"));
    // The workspace as schema 9 left it: no index, no triggers. (Later
    // migrations stay applied, so the script of schema 10 is run by itself.)
    QSqlQuery query(ws.database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT type, name FROM sqlite_master WHERE name LIKE 'search\\_%' ESCAPE '\\' AND "
        "(type IN ('trigger', 'view') OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL%')) "
        "ORDER BY type = 'table'")));
    QList<std::pair<QString, QString>> objects;
    QHash<QString, int> perType;
    while (query.next()) {
        objects.append({query.value(0).toString(), query.value(1).toString()});
        ++perType[query.value(0).toString()];
    }
    QCOMPARE(perType.value(QStringLiteral("table")), 9);
    QCOMPARE(perType.value(QStringLiteral("view")), 9);
    QVERIFY(perType.value(QStringLiteral("trigger")) >= 4 * 9);
    for (const auto& [type, name] : objects) {
        QSqlQuery drop(ws.database().connection());
        const QString kind =
            type == QLatin1String("table") ? QStringLiteral("TABLE") : type.toUpper();
        QVERIFY2(drop.exec(QStringLiteral("DROP %1 %2").arg(kind, name)),
                 qPrintable(drop.lastError().text()));
    }
    Client later;
    later.fullName = QStringLiteral("Kohlrabi Jones");
    QVERIFY(ws.clients().add(later));
    QVERIFY(!search().search(QStringLiteral("rutabaga")).ok()); // no index
    const QList<Migrator::Migration> migrations = Migrator::migrations();
    const auto script = std::find_if(migrations.cbegin(), migrations.cend(),
                                     [](const Migrator::Migration& m) { return m.version == 10; });
    QVERIFY(script != migrations.cend());
    QCOMPARE(script->name, QStringLiteral("search"));
    auto* driver = static_cast<SqlCipherDriver*>(ws.database().connection().driver());
    QVERIFY(driver->beginTransaction());
    QVERIFY2(driver->executeScript(script->sql), qPrintable(driver->lastError().text()));
    QVERIFY(driver->commitTransaction());
    QVERIFY(m_ws->reopen());
    QCOMPARE(find(QStringLiteral("rutabaga")).size(), 1);
    QCOMPARE(find(QStringLiteral("kohlrabi")).size(), 1);
    QCOMPARE(find(QStringLiteral("leadership")).size(), 1);
    checkIndexIntegrity();
}

void TestSearch::theIndexIsNotPartOfExports() {
    auto tables = TableDump::tables(m_ws->workspace().database());
    QVERIFY(tables);
    QVERIFY(tables->contains(QStringLiteral("sessions")));
    for (const QString& table : std::as_const(*tables))
        QVERIFY2(!table.startsWith(QLatin1String("search_")), qPrintable(table));
}

void TestSearch::noIndexedWordIsReadableInTheFiles() {
    Workspace& ws = m_ws->workspace();
    const Engagement e = newEngagement();
    const QByteArray word = "xylophonicexperience";
    for (int i = 0; i < 20; ++i)
        addSessionWith(e.id, QString::fromLatin1(word), QString::fromLatin1(word),
                       QDate(2026, 1, 5).addDays(7 * i));
    QCOMPARE(find(QString::fromLatin1(word)).size(), 20);
    QVERIFY(ws.database().checkpoint());
    int files = 0;
    QDirIterator it(m_ws->directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        QVERIFY2(!bytes.contains(word), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains("xylophon"), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 2);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
