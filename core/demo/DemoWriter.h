#pragma once

// Internal to core/demo: the parts of generateDemo(). Everything goes through
// the workspace's services; the writer only decides what to write and when.

#include "common/Result.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoTexts.h"
#include "pipeline/PipelineKeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <functional>
#include <random>

namespace md {

class Clock;
class DemoClock;
class Workspace;
struct Session;

// What the generator plans for one engagement before writing it.
struct DemoEngagementPlan {
    PipelineState state = PipelineState::Completed;
    int sessions = 0;
    Cadence cadence = Cadence::Biweekly;
    bool package = false; // sold a package of sessions at the start
};

// When an engagement's sessions fall, before they are written.
struct DemoSchedule {
    QDate start;              // the engagement's start: the first session's day
    QList<QDateTime> planned; // one start per session, in the mentor's zone
    bool regular = true;      // the cadence's own step: the sessions can be a series
    int minutes = 60;
};

struct DemoClientPlan {
    QList<DemoEngagementPlan> engagements; // oldest first; a second one is a follow-up
    bool archived = false;
};

class DemoWriter final {
    Q_DECLARE_TR_FUNCTIONS(md::DemoGenerator)
public:
    DemoWriter(Workspace& workspace, const DemoSize& size, DemoReport& report);

    // The real "today" the history leads up to (the base clock's).
    QDateTime realNow() const { return m_realNow; }

    // Mentor profile, business settings, the price list.
    Status setUp();
    // Which engagements each client gets, and how the sessions are shared.
    QList<DemoClientPlan> plan(int clients, int sessions);
    // One client with everything it owns (engagements, agreements, sessions).
    Status writeClient(const DemoClientPlan& plan);
    // After every client: package sales, invoices, payments, credit notes,
    // issued in date order. `progress` is called after each invoice.
    Status writeInvoices(int invoices, const std::function<void(int)>& progress);

private:
    // `endBefore`: an ended engagement's last session comes before it
    // (the start of the follow-up); invalid = any time before today.
    DemoSchedule schedule(const DemoEngagementPlan& plan, const QDateTime& endBefore);
    Status writeEngagement(qint64 clientId, const DemoTexts::Person& person,
                           const DemoEngagementPlan& plan, const DemoSchedule& schedule,
                           qint64 previousId, qint64* engagementId);
    Status signAgreement(qint64 engagementId, const QString& menteeName, const QDateTime& when);
    // Writes the sessions; `times` receives their starts, in order.
    Status writeSessions(qint64 engagementId, const DemoTexts::Person& person,
                         const DemoEngagementPlan& plan, const DemoSchedule& schedule,
                         QList<QDateTime>* times);
    // What became of a past session: its status and notes.
    void recordOutcome(Session& session, const QString& firstName);
    Status holdSession(Session session, const QString& firstName);
    Status writeWork(qint64 engagementId, const DemoEngagementPlan& plan,
                     const DemoSchedule& schedule, const QList<QDateTime>& times);
    // Sets the workspace's clock (when it is a DemoClock) to `utc`, never
    // later than the real now.
    void at(const QDateTime& utc);

    Workspace& m_workspace;
    const DemoSize m_size;
    DemoReport& m_report;
    const DemoClock* m_clock = nullptr; // null: the workspace's clock cannot be set
    QDateTime m_realNow;
    QTimeZone m_zone;
    std::mt19937 m_random;
    DemoTexts m_texts;
    QString m_mentorName;
    QList<QByteArray> m_signatures; // drawn signatures, PNG
    QByteArray m_scan;              // a small scanned page, PNG
    qint64 m_sessionOffering = 0;
    QList<qint64> m_packageOfferings;
    struct PackagePlan {
        qint64 engagementId = 0;
        QDate soldOn;
    };
    QList<PackagePlan> m_packages;
    QList<qint64> m_clientIds;
};

} // namespace md
