#pragma once

// An encrypted workspace with its engagement service, the client and
// engagement most pipeline tests start from, and a way to sign the agreement
// that stage 1's gate (always on) asks for. Header-only: each tst_*.cpp is its
// own executable.

#include "TemporaryWorkspace.h"
#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "settings/SettingsService.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace md::test {

// Signs a confidentiality agreement for the engagement on paper, as the
// Agreements area records it (the gate of stage 1 needs it). Saves a mentor
// profile first when there is none; the client needs an email address (the
// template prints it). Empty on success, else the reason.
inline QString ensureMentorProfile(Workspace& workspace) {
    auto profile = workspace.settings().mentorProfile();
    if (!profile)
        return profile.message();
    if (!profile->name.isEmpty())
        return {};
    MentorProfile mentor;
    mentor.name = QStringLiteral("Jonas Brandt");
    mentor.businessName = QStringLiteral("Brandt Career Mentoring");
    mentor.address = QStringLiteral("Lindenstraße 12\n10969 Berlin");
    mentor.email = QStringLiteral("jonas@brandt-mentoring.example");
    const Status saved = workspace.settings().saveMentorProfile(mentor);
    return saved ? QString() : saved.message();
}

inline QString signConfidentialityAgreement(Workspace& workspace, qint64 engagementId) {
    if (const QString error = ensureMentorProfile(workspace); !error.isEmpty())
        return error;
    AgreementCreateOptions options;
    options.kind = AgreementKind::Confidentiality;
    auto draft = workspace.agreements().createDraft(engagementId, options);
    if (!draft)
        return draft.message();
    const QByteArray scan = "%PDF-1.4\n% the paper original, signed by hand\n";
    auto signedAgreement =
        workspace.agreements().signOnPaper(draft->id, QStringLiteral("signed.pdf"), scan);
    return signedAgreement ? QString() : signedAgreement.message();
}

// Every change set the workspace publishes while it lives.
class ChangeRecorder final {
public:
    explicit ChangeRecorder(Workspace& workspace)
        : m_spy(&workspace.changes(), &ChangeNotifier::changed) {}
    int count() const { return int(m_spy.count()); }
    ChangeSet at(int i) const { return m_spy.at(i).at(0).value<ChangeSet>(); }
    ChangeSet last() const { return at(count() - 1); }
    void clear() { m_spy.clear(); }

private:
    QSignalSpy m_spy;
};

class EngagementFixture {
protected:
    // Call from the test's init() and cleanup() slots.
    void openFixture() {
        qRegisterMetaType<ChangeSet>();
        m_ws = std::make_unique<TemporaryWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    }
    void closeFixture() { m_ws.reset(); }

    EngagementService& service() { return m_ws->workspace().engagements(); }

    qint64 addClient(const QString& name = QStringLiteral("Dana Whitfield")) {
        Client client;
        client.fullName = name;
        auto added = m_ws->workspace().clients().add(client);
        return added ? added->id : 0;
    }

    Engagement addEngagement(qint64 clientId,
                             const QString& title = QStringLiteral("Move to product")) {
        Engagement e;
        e.clientId = clientId;
        e.title = title;
        e.startDate = QDate(2026, 3, 2);
        auto added = service().addEngagement(e);
        return added ? added.value() : Engagement{};
    }

    std::unique_ptr<TemporaryWorkspace> m_ws;
};

// The fixture of the engagement service's own tests: a client with an email
// address (agreements print it) and helpers that do the work of each stage.
class PipelineFixture : public EngagementFixture {
protected:
    void openPipeline() {
        openFixture();
        if (QTest::currentTestFailed())
            return;
        Client client;
        client.fullName = QStringLiteral("Priya Raman");
        client.email = QStringLiteral("priya@example.org");
        m_clientId = m_ws->workspace().clients().add(client)->id;
    }
    int timelineSize(qint64 id) { return int(service().timeline(id)->size()); }

    Engagement newEngagement() {
        Engagement e;
        e.clientId = m_clientId;
        e.title = QStringLiteral("First leadership role");
        e.startDate = QDate(2026, 3, 2);
        e.plannedSessions = 6;
        e.cadence = Cadence::Monthly;
        e.format = EngagementFormat::Video;
        e.feeNote = QStringLiteral("Paid by employer");
        return service().addEngagement(e).value();
    }

    void writeNotes(qint64 id) {
        Engagement e = service().engagement(id).value();
        e.profileNotes = QStringLiteral("Strong delivery record; avoids conflict.");
        QVERIFY(service().updateEngagement(e));
    }

    void signAgreement(qint64 id) {
        const QString error = test::signConfidentialityAgreement(m_ws->workspace(), id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    qint64 addNeed(qint64 id) {
        Need need;
        need.engagementId = id;
        need.description = QStringLiteral("Handle difficult conversations");
        need.category = NeedCategory::Leadership;
        return service().addNeed(need)->id;
    }

    qint64 addSmartGoal(qint64 id, qint64 needId) {
        SmartGoal goal;
        goal.engagementId = id;
        goal.specific = QStringLiteral("Hold monthly one-to-ones with each report");
        goal.metric = QStringLiteral("One-to-ones held per month");
        goal.unit = QStringLiteral("meetings");
        goal.baseline = 0;
        goal.target = 4;
        goal.attainable = QStringLiteral("Four reports; manager supports it");
        goal.needIds = {needId};
        goal.dueDate = QDate(2026, 8, 31);
        return service().addGoal(goal)->id;
    }

    void addOpenAction(qint64 goalId) {
        Action action;
        action.goalId = goalId;
        action.description = QStringLiteral("Book recurring slots in the calendar");
        action.people = {QStringLiteral("Line manager")};
        QVERIFY(service().addAction(action));
    }

    void evaluate(qint64 goalId) {
        Evaluation evaluation;
        evaluation.goalId = goalId;
        evaluation.outcome = EvaluationOutcome::Achieved;
        evaluation.menteeRating = 5;
        QVERIFY(service().saveEvaluation(evaluation));
    }

    // Puts an engagement in `state` by doing the work of every earlier stage
    // (the agreement signed) and advancing through the real gates.
    Engagement engagementIn(PipelineState state) {
        const Engagement e = newEngagement();
        const QList<PipelineState> path = {
            PipelineState::ProfileAgreement, PipelineState::Needs,      PipelineState::Goals,
            PipelineState::ActionPlan,       PipelineState::Evaluation, PipelineState::Completed};
        qint64 needId = 0;
        qint64 goalId = 0;
        for (PipelineState step : path) {
            if (step == state || step == PipelineState::Completed)
                break;
            switch (step) {
            case PipelineState::ProfileAgreement:
                writeNotes(e.id);
                signAgreement(e.id);
                break;
            case PipelineState::Needs:
                needId = addNeed(e.id);
                break;
            case PipelineState::Goals:
                goalId = addSmartGoal(e.id, needId);
                break;
            case PipelineState::ActionPlan:
                addOpenAction(goalId);
                break;
            case PipelineState::Evaluation:
                evaluate(goalId);
                break;
            default:
                break;
            }
            const MoveResult moved = service().advance(e.id);
            if (!moved.ok())
                qWarning("advance failed: %s", qPrintable(moved.status.message()));
        }
        return service().engagement(e.id).value();
    }

    qint64 m_clientId = 0;
};

} // namespace md::test
