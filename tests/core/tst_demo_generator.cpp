// The demo generator at a tiny size: what it wrote is really in the
// workspace (counted through the services), covers every state the issue
// asks for, passes the workspace's own checks, and depends on the seed only.
#include "FakeClock.h"
#include "TemporaryWorkspace.h"
#include "agreements/AgreementService.h"
#include "billing/BillingService.h"
#include "clients/ClientService.h"
#include "crypto/PassphraseSlot.h"
#include "demo/DemoClock.h"
#include "demo/DemoGenerator.h"
#include "pipeline/EngagementService.h"
#include "scheduling/SchedulingService.h"
#include "workspace/Workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace md;

namespace {

// A new workspace on a DemoClock over a fixed fake "now", so that two runs
// see the same today.
struct DemoWorkspace {
    QTemporaryDir dir;
    test::FakeClock base{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    DemoClock clock{base};
    std::unique_ptr<Workspace> workspace;
    QString error;

    DemoWorkspace() {
        setDefaultKdfStrength(KdfStrength::Fast);
        auto created = Workspace::create(
            dir.path(), test::TemporaryWorkspace::secret(test::TemporaryWorkspace::kPassphrase),
            clock);
        if (created)
            workspace = std::move(created->workspace);
        else
            error = created.message();
    }
};

DemoSize tiny(quint32 seed = 1) {
    DemoSize size;
    size.clients = 12;
    size.sessions = 200;
    size.invoices = 30;
    size.seed = seed;
    return size;
}

QStringList clientNames(Workspace& workspace) {
    ClientFilter all;
    all.includeArchived = true;
    QStringList names;
    for (const Client& client : workspace.clients().list(all).value())
        names << client.fullName;
    return names;
}

QStringList sessionTimes(Workspace& workspace) {
    QStringList times;
    for (const Session& session : workspace.scheduling().sessions().value())
        times << session.startUtc().toString(Qt::ISODate) + QLatin1Char('/') +
                     QString::number(session.durationMinutes);
    times.sort();
    return times;
}

} // namespace

class TestDemoGenerator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_demo.workspace, qPrintable(m_demo.error));
        QList<QPair<int, int>> steps;
        QElapsedTimer timer;
        timer.start();
        Result<DemoReport> report =
            generateDemo(*m_demo.workspace, tiny(),
                         [&](int done, int total) { steps << qMakePair(done, total); });
        QVERIFY2(report, qPrintable(report.message()));
        m_report = *report;
        qInfo("generated %d clients, %d sessions, %d invoices in %lld ms", m_report.clients,
              m_report.sessions, m_report.invoices, timer.elapsed());
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().first, steps.last().second);
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
        // The clock tells the base clock's time again.
        QCOMPARE(m_demo.clock.nowUtc(), m_demo.base.nowUtc());
    }

    void countsAreInTheDatabase() {
        Workspace& ws = *m_demo.workspace;
        QCOMPARE(m_report.clients, 12);
        QCOMPARE(m_report.sessions, 200);
        QCOMPARE(m_report.invoices, 30);
        QCOMPARE(clientNames(ws).size(), m_report.clients);
        QCOMPARE(ws.engagements().engagements().value().size(), m_report.engagements);
        QVERIFY(m_report.engagements >= m_report.clients);
        QCOMPARE(ws.scheduling().sessions().value().size(), m_report.sessions);
        QCOMPARE(ws.billing().list().value().size(), m_report.invoices);
        QCOMPARE(ws.billing().payments().value().size(), m_report.payments);
        QVERIFY(m_report.payments > 0);
        QCOMPARE(ws.agreements().list().value().size(), m_report.agreements);
        // Some clients are archived: the default list leaves them out.
        QVERIFY(ws.clients().list().value().size() < m_report.clients);
    }

    void profilesAreFull() {
        ClientFilter all;
        all.includeArchived = true;
        for (const Client& client : m_demo.workspace->clients().list(all).value()) {
            QVERIFY(client.fullName.contains(QLatin1Char(' ')));
            QVERIFY(client.email.contains(QLatin1Char('@')));
            QVERIFY(!client.role.isEmpty());
            QVERIFY(!client.organisation.isEmpty());
            QVERIFY(client.background.size() > 80);
            QVERIFY(!client.strengths.isEmpty());
            QVERIFY(!client.weaknesses.isEmpty());
            QVERIFY(!client.aspirations.isEmpty());
            QVERIFY(!client.keepDoing.isEmpty() && !client.startDoing.isEmpty() &&
                    !client.stopDoing.isEmpty());
        }
    }

    void everyPipelineStateIsPresent() {
        EngagementService& engagements = m_demo.workspace->engagements();
        QSet<PipelineState> states;
        int withNeeds = 0, withGoals = 0, withActions = 0, overdue = 0, evaluated = 0;
        const QDate today = m_demo.base.today();
        for (const Engagement& engagement : engagements.engagements().value()) {
            states.insert(engagement.state());
            withNeeds += !engagements.needs(engagement.id).value().isEmpty();
            const QList<SmartGoal> goals = engagements.goals(engagement.id).value();
            withGoals += !goals.isEmpty();
            const QList<Action> actions = engagements.actions(engagement.id).value();
            withActions += !actions.isEmpty();
            for (const Action& action : actions)
                overdue += action.isOpen() && action.dueDate.isValid() && action.dueDate < today;
            evaluated += !engagements.evaluations(engagement.id).value().isEmpty();
            for (const SmartGoal& goal : goals)
                if (stageNumber(engagement.stage) > 3)
                    QVERIFY(!engagements.progress(goal.id).value().isEmpty());
            // Past the first stage, the gate's signed agreement is on record.
            if (engagement.state() != PipelineState::ProfileAgreement &&
                engagement.stage != Stage::ProfileAgreement)
                QVERIFY(engagements.hasSignedAgreement(engagement.id).value());
        }
        for (PipelineState state : allOf<PipelineState>())
            QVERIFY2(states.contains(state), qPrintable(keyOf(state)));
        QVERIFY(withNeeds > 0 && withGoals > 0 && withActions > 0 && evaluated > 0);
        QVERIFY(overdue > 0);
    }

    void sessionsSpanThePastAndTheNextMonths() {
        const QDateTime now = m_demo.base.nowUtc();
        int past = 0, future = 0, held = 0, cancelled = 0, inSeries = 0;
        for (const Session& session : m_demo.workspace->scheduling().sessions().value()) {
            QVERIFY(session.startUtc() >= now.addDays(-3 * 365));
            QVERIFY(session.startUtc() <= now.addDays(95));
            inSeries += session.isSeriesMember();
            if (session.endUtc() < now) {
                ++past;
                QVERIFY(session.status != SessionStatus::Planned);
                if (session.status == SessionStatus::Held) {
                    ++held;
                    const qsizetype length = session.privateNotes.size();
                    QVERIFY2(length >= 200 && length <= 1600, qPrintable(QString::number(length)));
                    QVERIFY(session.shareableNotes.size() >= 100);
                }
                cancelled += session.isCancelled() || session.status == SessionStatus::NoShow;
            } else if (session.startUtc() > now) {
                ++future;
                QCOMPARE(session.status, SessionStatus::Planned);
            }
        }
        QVERIFY(past > 0 && future > 0 && held > 0 && cancelled > 0 && inSeries > 0);
        const QList<SessionSeries> series = m_demo.workspace->scheduling().seriesList().value();
        QVERIFY(!series.isEmpty());
    }

    void invoicesHaveLinesAndPayments() {
        BillingService& billing = m_demo.workspace->billing();
        QSet<InvoiceStatus> statuses;
        int severalLines = 0, creditNotes = 0;
        for (const InvoiceRecord& record : billing.list().value()) {
            statuses.insert(billing.statusOf(record));
            const Invoice invoice = billing.invoice(record.invoice.id).value();
            QVERIFY(!invoice.lines.isEmpty());
            severalLines += invoice.lines.size() > 1;
            creditNotes += invoice.isCreditNote();
        }
        QVERIFY(severalLines > 0);
        QVERIFY(creditNotes > 0);
        for (InvoiceStatus status : {InvoiceStatus::Draft, InvoiceStatus::Paid,
                                     InvoiceStatus::Overdue, InvoiceStatus::Cancelled})
            QVERIFY2(statuses.contains(status), qPrintable(invoiceStatusKey(status)));
        QVERIFY(statuses.contains(InvoiceStatus::PartiallyPaid) ||
                statuses.contains(InvoiceStatus::Issued));
    }

    void agreementsVerifyAndTheWorkspaceIsClean() {
        Workspace& ws = *m_demo.workspace;
        int signedCount = 0;
        for (const Agreement& agreement : ws.agreements().list().value())
            signedCount += agreement.isSigned();
        QVERIFY(signedCount > 0);
        const Result<QStringList> agreements = ws.agreements().verifyAll();
        QVERIFY2(agreements, qPrintable(agreements.message()));
        QVERIFY2(agreements->isEmpty(), qPrintable(agreements->join(QLatin1Char('\n'))));
        const Result<QStringList> problems = ws.verify();
        QVERIFY2(problems, qPrintable(problems.message()));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void theSameSeedGivesTheSameData() {
        DemoWorkspace again;
        QVERIFY2(again.workspace, qPrintable(again.error));
        Result<DemoReport> report = generateDemo(*again.workspace, tiny());
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(clientNames(*again.workspace), clientNames(*m_demo.workspace));
        QCOMPARE(sessionTimes(*again.workspace), sessionTimes(*m_demo.workspace));
        QCOMPARE(report->payments, m_report.payments);
        QCOMPARE(report->agreements, m_report.agreements);
    }

    void anotherSeedGivesOtherData() {
        DemoWorkspace other;
        QVERIFY2(other.workspace, qPrintable(other.error));
        Result<DemoReport> report = generateDemo(*other.workspace, tiny(2));
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->sessions, 200);
        QVERIFY(clientNames(*other.workspace) != clientNames(*m_demo.workspace));
        QVERIFY(sessionTimes(*other.workspace) != sessionTimes(*m_demo.workspace));
    }

    void refusesAFilledWorkspaceAndBadSizes() {
        const QStringList before = clientNames(*m_demo.workspace);
        Result<DemoReport> again = generateDemo(*m_demo.workspace, tiny());
        QVERIFY(!again);
        QCOMPARE(again.code(), ErrorCode::Refused);
        QCOMPARE(clientNames(*m_demo.workspace), before);

        DemoWorkspace empty;
        QVERIFY2(empty.workspace, qPrintable(empty.error));
        DemoSize negative = tiny();
        negative.sessions = -1;
        QCOMPARE(generateDemo(*empty.workspace, negative).code(), ErrorCode::InvalidInput);
        DemoSize noClients;
        noClients.clients = 0;
        noClients.sessions = 10;
        QCOMPARE(generateDemo(*empty.workspace, noClients).code(), ErrorCode::InvalidInput);
        QVERIFY(clientNames(*empty.workspace).isEmpty());
    }

    void worksOnAnOrdinaryClock() {
        // Without a DemoClock everything is written at the clock's now; the
        // data is still complete and consistent.
        test::TemporaryWorkspace plain;
        QVERIFY2(plain.isValid(), qPrintable(plain.error()));
        Result<DemoReport> report = generateDemo(plain.workspace(), tiny(3));
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(plain->scheduling().sessions().value().size(), 200);
        QVERIFY(plain->agreements().verifyAll().value().isEmpty());
    }

private:
    DemoWorkspace m_demo;
    DemoReport m_report;
};

QTEST_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
