// Agreed actions of a session turned into actions of a goal: one per line,
// and pressing "Add to the action plan" twice adds nothing twice.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/Action.h"
#include "pipeline/Engagement.h"
#include "pipeline/EngagementService.h"
#include "pipeline/SmartGoal.h"
#include "scheduling/AgreedActions.h"
#include "storage/EngagementRepository.h"
#include "storage/GoalRepository.h"

#include <QTest>

using namespace md;

class TestAgreedActions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse();
    void addingTwiceAddsOnce();
};

void TestAgreedActions::parse() {
    QCOMPARE(
        AgreedActions::parse(QStringLiteral("- Finish the case study\n\n* Call Jonas\n"
                                            "• Book the mock interview\n  Plain line  ")),
        (QStringList{QStringLiteral("Finish the case study"), QStringLiteral("Call Jonas"),
                     QStringLiteral("Book the mock interview"), QStringLiteral("Plain line")}));
    QVERIFY(AgreedActions::parse(QStringLiteral(" \n- \n")).isEmpty());
}

void TestAgreedActions::addingTwiceAddsOnce() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    Database& db = ws->database();
    Client client;
    client.fullName = QStringLiteral("Anna Berg");
    const qint64 clientId = ws->clients().add(client)->id;
    EngagementRepository engagements(db, ws.clock());
    Engagement engagement;
    engagement.clientId = clientId;
    engagement.title = QStringLiteral("Product move");
    engagement.startDate = QDate(2026, 3, 2);
    const qint64 engagementId = engagements.add(engagement)->id;
    GoalRepository goals(db, ws.clock());
    SmartGoal goal;
    goal.engagementId = engagementId;
    goal.specific = QStringLiteral("Publish five product case studies");
    goal.metric = QStringLiteral("case studies online");
    goal.baseline = 0;
    goal.target = 5;
    const auto stored = goals.add(goal);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    EngagementService& actions = ws->engagements();

    const QString agreed = QStringLiteral("- Finish the third case study\n- Ask Jonas for a "
                                          "referral\n- ask  jonas for a referral");
    const auto first = AgreedActions::addToGoal(actions, stored->id, agreed);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(first->added, 2);
    QCOMPARE(first->skipped, QStringList{QStringLiteral("ask  jonas for a referral")});
    QVERIFY(first->failed.isEmpty());

    const auto second = AgreedActions::addToGoal(actions, stored->id, agreed);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->skipped.size(), 3);
    QCOMPARE(actions.actionsForGoal(stored->id)->size(), 2);

    // A new line in the summary later on is added alone.
    const auto third = AgreedActions::addToGoal(
        actions, stored->id, agreed + QStringLiteral("\n- Book the mock interview"));
    QVERIFY(third.ok());
    QCOMPARE(third->added, 1);
    QCOMPARE(actions.actionsForGoal(stored->id)->size(), 3);

    // Failures are reported per line, not swallowed.
    const auto missingGoal =
        AgreedActions::addToGoal(actions, 999999, QStringLiteral("- Something"));
    QVERIFY(!missingGoal.ok() || (missingGoal->added == 0 && missingGoal->failed.size() == 1));
}

QTEST_GUILESS_MAIN(TestAgreedActions)
#include "tst_session_agreed_actions.moc"
