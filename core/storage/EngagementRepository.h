#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Engagement.h"

#include <QCoreApplication>
#include <QList>

namespace md {

class Database;

// Stores engagements and their timelines. The state (stage and status) only
// changes through applyChange(), which writes the timeline entry in the same
// transaction; the rules for which changes are allowed live in
// core/pipeline (TransitionTable, StageGate, EngagementService), which is
// the only user of this class besides tests. Announcing changes is the
// service's work, not the repository's.
class EngagementRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::EngagementRepository)
public:
    // An engagement with its client's display name (Client::displayName()),
    // read in one query for the board and the dashboard.
    struct Named {
        Engagement engagement;
        QString clientName;
    };

    EngagementRepository(Database& database, const Clock& clock);

    // Inserts a new engagement in "profile & agreement", with the creation
    // entry of its timeline (`reason` may say why, e.g. "follow-up"). The
    // stage, status and times of `engagement` are ignored.
    Result<Engagement> add(const Engagement& engagement, const QString& reason = {});
    // Saves the editable fields (title, dates, notes, sessions, cadence,
    // format, fee note, outcome). Stage and status are left alone.
    Result<Engagement> update(const Engagement& engagement);
    Result<Engagement> get(qint64 id) const;
    Result<QList<Engagement>> list(const EngagementFilter& filter = {}) const;
    Result<Named> getNamed(qint64 id) const;
    Result<QList<Named>> listNamed(const EngagementFilter& filter = {}) const;
    // Deletes the engagement with all its needs, goals, actions and evaluations.
    Status remove(qint64 id);

    Result<QList<StageChange>> timeline(qint64 engagementId) const;

    // Moves the engagement to `change.to` and appends `change` to its
    // timeline, in one transaction. Fails with Conflict, writing nothing, when
    // the engagement is no longer in `change.from` (someone moved it first).
    // `outcome`, when given, replaces the engagement's outcome text.
    Result<Engagement> applyChange(const StageChange& change,
                                   const std::optional<QString>& outcome = std::nullopt);

private:
    Result<qint64> insertChange(const StageChange& change);
    QString selectSql(const EngagementFilter& filter, bool named, bool byId) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
