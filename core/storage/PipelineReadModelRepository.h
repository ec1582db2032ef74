#pragma once

#include "common/Result.h"
#include "pipeline/PipelineDashboard.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace md {

class Database;

// The queries behind the pipeline board and the dashboard: each returns the
// few columns its view shows, joined and counted in SQL, never whole
// engagements, goals or actions. "Open" is active or maintenance.
// Used by EngagementService only (which applies PipelineWarnings to the rows).
class PipelineReadModelRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::PipelineReadModelRepository)
public:
    explicit PipelineReadModelRepository(Database& database);

    // The board's cards of the open engagements (engagementId 0), or of one
    // engagement whatever its state, with the number of open actions due
    // before `today` counted in SQL. Due-soon counts and stale flags are left
    // for PipelineDashboard. Newest start first, as the engagement lists.
    Result<QList<EngagementCard>> cards(const QDate& today, qint64 engagementId = 0) const;
    // Active goals due between `from` and `until` (inclusive) of the open
    // engagements (engagementId 0) or of one, with their latest progress
    // value. By due date, then the engagements' order, then the goals'.
    Result<QList<PipelineRows::Goal>> goalsDueBetween(const QDate& from, const QDate& until,
                                                      qint64 engagementId = 0) const;
    // Open engagements per state (only states that have some).
    Result<QMap<PipelineState, int>> countsByState() const;
    // Open actions of open engagements due before `today`, most overdue
    // first (then the engagements', goals' and actions' order).
    Result<QList<DashboardSummary::OverdueAction>> overdueActions(const QDate& today) const;
    // Open engagements whose last activity is before `before`, newest start first.
    Result<QList<PipelineRows::Activity>> idleSince(const QDateTime& before) const;

private:
    Database& m_database;
};

} // namespace md
