#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/ConflictChecker.h"
#include "scheduling/SeriesPlanner.h"
#include "scheduling/SessionSeries.h"

#include <QObject>

#include <memory>

namespace md {

class AvailabilityRepository;
class BusyTimeRepository;
class Database;
class IcsAutoExporter;
class SessionReportRepository;
class SessionRepository;
class Workspace;

// Scheduling of one open workspace: the repositories of sessions, busy times
// and availability, the auto-exported .ics, and conflict checks over them.
class Scheduling final : public QObject {
    Q_OBJECT
public:
    Scheduling(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~Scheduling() override;

    // The workspace's own instance, made on first use as a child of the
    // workspace and destroyed with it (locking). The calendar, the dashboard,
    // the CLI and the auto-export share it, so one repository's signals reach
    // them all.
    static Scheduling& of(Workspace& workspace);

    SessionRepository& sessions() { return *m_sessions; }
    BusyTimeRepository& busyTimes() { return *m_busyTimes; }
    AvailabilityRepository& availability() { return *m_availability; }
    SessionReportRepository& reports() { return *m_reports; }
    IcsAutoExporter& autoExporter() { return *m_autoExporter; }
    const Clock& clock() const { return m_clock; }

    // Warnings for a proposed session time: other sessions and busy times
    // around it, the mentor's working hours, days off and buffer.
    Result<QList<ConflictWarning>> conflictsFor(const ConflictChecker::Proposal& proposal) const;
    // Warnings for every occurrence of a series not stored yet, each message
    // prefixed with the occurrence's date.
    Result<QList<ConflictWarning>> conflictsForSeries(const SessionSeries& series) const;

    // Warnings for every occurrence that SessionRepository::edit(sessionId,
    // scope, change) would move or resize, seen against the other sessions at
    // their times after the edit. For a series edit beyond the one session,
    // each message is prefixed with the occurrence's date.
    Result<QList<ConflictWarning>> conflictsForEdit(qint64 sessionId, EditScope scope,
                                                    const SessionChange& change) const;

    // Keeps the .ics at `path` rewritten on every change (empty = off) and
    // remembers the choice in the workspace.
    Status setAutoExportPath(const QString& path);

private:
    const Clock& m_clock;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<BusyTimeRepository> m_busyTimes;
    std::unique_ptr<AvailabilityRepository> m_availability;
    std::unique_ptr<SessionReportRepository> m_reports;
    std::unique_ptr<IcsAutoExporter> m_autoExporter;
};

} // namespace md
