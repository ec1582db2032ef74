// The board's cards and the dashboard come from read-model queries
// (PipelineReadModelRepository) that count in SQL what PipelineWarnings and
// GoalProgress decide on whole records. This test builds a varied workspace
// (every state, goals with and without a metric, rising and falling targets,
// reached and unreached, evaluated with a final value or without and measured
// again after it, actions in every status with and without a date) and checks,
// on several days and stale thresholds, that the read models give exactly
// what the rules give on the full details, in the same order.

#include "TemporaryWorkspace.h"
#include "clients/ClientService.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineDashboard.h"
#include "settings/SettingsService.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace md;

namespace {

struct Reference {
    QList<EngagementCard> board;
    QHash<qint64, EngagementCard> cards; // every engagement, final ones too
    DashboardSummary summary;
};

// The rules applied to whole records, as the dashboard computed them before
// it had read models.
Reference referenceOf(EngagementService& pipeline, ClientService& clients, const Clock& clock) {
    Reference out;
    const WarningThresholds limits = pipeline.thresholds().value();
    const QDate today = clock.today();
    for (PipelineState state : allOf<PipelineState>()) {
        if (!isFinal(state))
            out.summary.countByState.insert(state, 0);
    }
    const QList<Engagement> all = pipeline.engagements().value(); // newest start first
    for (const Engagement& e : all) {
        const EngagementDetails details = pipeline.details(e.id).value();
        const QString name = clients.get(e.clientId)->displayName();
        EngagementCard card;
        card.engagementId = e.id;
        card.clientId = e.clientId;
        card.clientName = name;
        card.title = e.title;
        card.state = e.state();
        card.stageEnteredUtc = e.stageEnteredUtc;
        card.lastActivityUtc = e.lastActivityUtc;
        const DashboardSummary::EngagementRef ref{e.id, name, e.title, e.state()};
        const bool open = !isFinal(e.state());
        for (const GoalDetails& goal : details.goals) {
            if (PipelineWarnings::isDueSoon(goal.goal, goal.reached(), limits.dueSoonDays, clock)) {
                ++card.goalsDueSoon;
                if (open)
                    out.summary.goalsDueSoon.append({ref, goal.goal.id, goal.goal.title(),
                                                     goal.goal.dueDate, goal.percent,
                                                     int(today.daysTo(goal.goal.dueDate))});
            }
            for (const Action& action : goal.actions) {
                if (!PipelineWarnings::isOverdue(action, clock))
                    continue;
                ++card.overdueActions;
                if (open)
                    out.summary.overdueActions.append({ref, action.id, action.description,
                                                       action.dueDate,
                                                       int(action.dueDate.daysTo(today))});
            }
        }
        card.stale = PipelineWarnings::isStale(e, limits.staleAfterDays, clock);
        out.cards.insert(e.id, card);
        if (!open)
            continue;
        out.board.append(card);
        ++out.summary.countByState[e.state()];
        if (card.stale)
            out.summary.staleEngagements.append(
                {ref, PipelineWarnings::daysSinceActivity(e, clock)});
    }
    auto& s = out.summary;
    std::stable_sort(s.overdueActions.begin(), s.overdueActions.end(),
                     [](const auto& a, const auto& b) { return a.daysOverdue > b.daysOverdue; });
    std::stable_sort(s.goalsDueSoon.begin(), s.goalsDueSoon.end(),
                     [](const auto& a, const auto& b) { return a.daysLeft < b.daysLeft; });
    std::stable_sort(
        s.staleEngagements.begin(), s.staleEngagements.end(),
        [](const auto& a, const auto& b) { return a.daysSinceActivity > b.daysSinceActivity; });
    return out;
}

QString describe(const EngagementCard& c) {
    return QStringLiteral("#%1 %2/%3 %4 %5 in:%6 act:%7 overdue:%8 soon:%9 stale:%10")
        .arg(c.engagementId)
        .arg(c.clientId)
        .arg(c.clientName, c.title, keyOf(c.state), c.stageEnteredUtc.toString(Qt::ISODateWithMs),
             c.lastActivityUtc.toString(Qt::ISODateWithMs))
        .arg(c.overdueActions)
        .arg(c.goalsDueSoon)
        .arg(c.stale);
}

QString describe(const DashboardSummary::EngagementRef& r) {
    return QStringLiteral("#%1 %2 %3 %4")
        .arg(r.engagementId)
        .arg(r.clientName, r.title, keyOf(r.state));
}

QStringList describe(const DashboardSummary& s) {
    QStringList lines;
    for (auto it = s.countByState.cbegin(); it != s.countByState.cend(); ++it)
        lines << QStringLiteral("count %1 %2").arg(keyOf(it.key())).arg(it.value());
    for (const auto& a : s.overdueActions)
        lines << QStringLiteral("overdue %1 #%2 %3 %4 %5")
                     .arg(describe(a.engagement))
                     .arg(a.actionId)
                     .arg(a.description, a.dueDate.toString(Qt::ISODate))
                     .arg(a.daysOverdue);
    for (const auto& g : s.goalsDueSoon)
        lines << QStringLiteral("soon %1 #%2 %3 %4 %5 %6")
                     .arg(describe(g.engagement))
                     .arg(g.goalId)
                     .arg(g.title, g.dueDate.toString(Qt::ISODate),
                          g.percent ? QString::number(*g.percent, 'g', 17) : QStringLiteral("-"))
                     .arg(g.daysLeft);
    for (const auto& e : s.staleEngagements)
        lines << QStringLiteral("stale %1 %2").arg(describe(e.engagement)).arg(e.daysSinceActivity);
    return lines;
}

} // namespace

class TestPipelineReadModels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreeWithTheRulesOnWholeRecords();
};

void TestPipelineReadModels::agreeWithTheRulesOnWholeRecords() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    EngagementService& pipeline = ws->engagements();
    ClientService& clients = ws->clients();
    std::mt19937 random(20261202);
    auto pick = [&random](int n) {
        return int(std::uniform_int_distribution<int>(0, n - 1)(random));
    };

    QList<qint64> clientIds;
    for (int i = 0; i < 5; ++i) {
        Client client;
        client.fullName = QStringLiteral("Client %1 Surname").arg(i);
        if (i % 2 == 0)
            client.preferredName = QStringLiteral("Pref %1").arg(i); // the display name
        clientIds << clients.add(client)->id;
    }

    const QList<PipelineState> targets = {
        PipelineState::ProfileAgreement, PipelineState::Needs,      PipelineState::Goals,
        PipelineState::ActionPlan,       PipelineState::Evaluation, PipelineState::Maintenance,
        PipelineState::Completed,        PipelineState::ClosedEarly};
    const QList<ActionStatus> statuses = {ActionStatus::Todo, ActionStatus::Doing,
                                          ActionStatus::Done, ActionStatus::Dropped};
    const QDate start = ws.clock().today();
    int evaluated = 0;
    int measuredAfter = 0;
    for (int i = 0; i < 32; ++i) {
        ws.clock().advanceSeconds(3600 * (1 + pick(40))); // varied activity times
        Engagement e;
        e.clientId = clientIds.at(pick(int(clientIds.size())));
        e.title = QStringLiteral("Engagement %1").arg(i);
        // Some share a start date, so the id breaks the tie in the order.
        e.startDate = start.addDays(-pick(6));
        e.profileNotes = QStringLiteral("Notes");
        const qint64 id = pipeline.addEngagement(e)->id;

        Need need;
        need.engagementId = id;
        need.description = QStringLiteral("Need of %1").arg(i);
        const qint64 needId = pipeline.addNeed(need)->id;
        const int goals = pick(4);
        for (int g = 0; g < goals; ++g) {
            SmartGoal goal;
            goal.engagementId = id;
            goal.specific = QStringLiteral("Goal %1.%2\nwith a second line").arg(i).arg(g);
            goal.needIds = {needId};
            goal.active = pick(5) != 0;
            if (pick(4) != 0)
                goal.dueDate = start.addDays(pick(40) - 5);
            if (pick(3) != 0) {
                goal.baseline = double(pick(10));
                goal.target = pick(2) ? *goal.baseline + 1 + pick(10) // rising
                                      : *goal.baseline - 1 - pick(5); // falling
                if (pick(6) == 0)
                    goal.target = goal.baseline; // no way to cover
            }
            const qint64 goalId = pipeline.addGoal(goal)->id;
            const int entries = pick(4);
            for (int p = 0; p < entries; ++p) {
                ProgressEntry entry;
                entry.goalId = goalId;
                entry.date = start.addDays(-pick(3)); // same-day entries happen
                entry.value = double(pick(25)) - 5;
                QVERIFY(pipeline.addProgress(entry));
                ws.clock().advanceSeconds(1 + pick(2));
            }
            // Some are evaluated (with a final value or without), and some
            // measured again after it: the day before (the evaluation
            // decides), the same day or the next (the entry does).
            if (pick(3) == 0) {
                Evaluation evaluation;
                evaluation.goalId = goalId;
                evaluation.outcome = EvaluationOutcome::Partly;
                if (pick(4) != 0)
                    evaluation.finalValue = double(pick(25)) - 5;
                QVERIFY(pipeline.saveEvaluation(evaluation));
                ++evaluated;
                ws.clock().advanceSeconds(1 + pick(2));
                if (pick(2) == 0) {
                    ProgressEntry after;
                    after.goalId = goalId;
                    after.date = ws.clock().today().addDays(pick(3) - 1);
                    after.value = double(pick(25)) - 5;
                    QVERIFY(pipeline.addProgress(after));
                    ++measuredAfter;
                }
            }
            const int actions = pick(5);
            for (int a = 0; a < actions; ++a) {
                Action action;
                action.goalId = goalId;
                action.description = QStringLiteral("Action %1.%2.%3").arg(i).arg(g).arg(a);
                if (pick(5) != 0)
                    action.dueDate = start.addDays(pick(30) - 3);
                const qint64 actionId = pipeline.addAction(action)->id;
                const ActionStatus status = statuses.at(pick(int(statuses.size())));
                if (status != ActionStatus::Todo)
                    QVERIFY(pipeline.setActionStatus(actionId, status).ok());
            }
        }

        const PipelineState target = targets.at(i % targets.size());
        EngagementService::MoveOptions force{QStringLiteral("For the test"), true, std::nullopt};
        // Forward through the stages (overriding their gates) to the target,
        // or to the evaluation for the end states reached from there.
        const bool viaEvaluation =
            target == PipelineState::Completed || target == PipelineState::Maintenance;
        const PipelineState workingTarget = viaEvaluation ? PipelineState::Evaluation : target;
        while (target != PipelineState::ClosedEarly &&
               pipeline.engagement(id)->state() != workingTarget) {
            const auto rule = TransitionTable::advanceFrom(pipeline.engagement(id)->state());
            QVERIFY(rule);
            QVERIFY(pipeline.moveTo(id, rule->to, force).ok());
        }
        if (target == PipelineState::ClosedEarly)
            QVERIFY(pipeline.end(id, EngagementStatus::ClosedEarly, QStringLiteral("Budget")).ok());
        else if (viaEvaluation)
            QVERIFY(pipeline
                        .end(id, statusOf(target), QStringLiteral("Done"),
                             QStringLiteral("For the test"))
                        .ok());
        QCOMPARE(pipeline.engagement(id)->state(), target);
    }
    QVERIFY(evaluated > 3);
    QVERIFY(measuredAfter > 1);
    // A client renamed afterwards: the cards show the new display name.
    Client renamed = clients.get(clientIds.at(1)).value();
    renamed.preferredName = QStringLiteral("Renamed");
    QVERIFY(clients.update(renamed));

    int comparedDays = 0;
    for (int days : {0, 3, 9, 16, 25, 45}) {
        ws.clock().set(QDateTime(start.addDays(days), QTime(7, 30), Qt::UTC));
        for (int stale : {1, 7, 21, 40}) {
            auto rules = ws->settings().practiceRules().value();
            rules.staleEngagementDays = stale;
            QVERIFY(ws->settings().savePracticeRules(rules));
            const Reference expected = referenceOf(pipeline, clients, ws.clock());
            const QString context = QStringLiteral("day +%1, stale after %2").arg(days).arg(stale);

            const auto board = pipeline.board();
            QVERIFY2(board, qPrintable(board.message()));
            QStringList got;
            QStringList want;
            for (const EngagementCard& card : *board)
                got << describe(card);
            for (const EngagementCard& card : expected.board)
                want << describe(card);
            QVERIFY2(got == want, qPrintable(context + QStringLiteral("\ngot:\n") + got.join('\n') +
                                             QStringLiteral("\nwant:\n") + want.join('\n')));
            for (auto it = expected.cards.cbegin(); it != expected.cards.cend(); ++it) {
                const auto card = pipeline.card(it.key());
                QVERIFY2(card, qPrintable(card.message()));
                QCOMPARE(describe(*card), describe(it.value()));
            }

            const auto summary = pipeline.dashboard();
            QVERIFY2(summary, qPrintable(summary.message()));
            const QStringList gotSummary = describe(*summary);
            const QStringList wantSummary = describe(expected.summary);
            QVERIFY2(gotSummary == wantSummary,
                     qPrintable(context + QStringLiteral("\ngot:\n") + gotSummary.join('\n') +
                                QStringLiteral("\nwant:\n") + wantSummary.join('\n')));
            ++comparedDays;
        }
    }
    QCOMPARE(comparedDays, 24);
    // The data set really is varied: something of every list shows on some day.
    ws.clock().set(QDateTime(start.addDays(3), QTime(7, 30), Qt::UTC));
    auto rules = ws->settings().practiceRules().value();
    rules.staleEngagementDays = 1;
    QVERIFY(ws->settings().savePracticeRules(rules));
    const DashboardSummary some = pipeline.dashboard().value();
    QVERIFY(!some.overdueActions.isEmpty());
    QVERIFY(!some.goalsDueSoon.isEmpty());
    QVERIFY(!some.staleEngagements.isEmpty());
    QVERIFY(std::any_of(some.goalsDueSoon.cbegin(), some.goalsDueSoon.cend(),
                        [](const auto& g) { return g.percent.has_value(); }));
    QCOMPARE(pipeline.card(0).code(), ErrorCode::NotFound);
    QCOMPARE(pipeline.card(999999).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestPipelineReadModels)
#include "tst_pipelinereadmodels.moc"
