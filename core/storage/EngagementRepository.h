#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Engagement.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

struct EngagementFilter {
    qint64 clientId = 0;      // 0 = every client
    bool includeFinal = true; // completed and closed-early engagements
};

// Stores engagements and their timelines. The state (stage and status) only
// changes through applyChange(), which writes the timeline entry in the same
// transaction; the rules for which changes are allowed live in
// core/pipeline (TransitionTable, StageGate, EngagementService).
class EngagementRepository final : public QObject {
    Q_OBJECT
public:
    struct Filter {
        qint64 clientId = 0;      // 0 = every client
        bool includeFinal = true; // completed and closed-early engagements
    };

    EngagementRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // Inserts a new engagement in "profile & agreement", with the creation
    // entry of its timeline (`reason` may say why, e.g. "follow-up"). The
    // stage, status and times of `engagement` are ignored.
    Result<Engagement> add(const Engagement& engagement, const QString& reason = {});
    // Saves the editable fields (title, dates, notes, sessions, cadence,
    // format, fee note, outcome). Stage and status are left alone.
    Result<Engagement> update(const Engagement& engagement);
    Result<Engagement> get(qint64 id) const;
    Result<QList<Engagement>> list(const EngagementFilter& filter = {}) const;
    // Deletes the engagement with all its needs, goals, actions and evaluations.
    Status remove(qint64 id);

    Result<QList<StageChange>> timeline(qint64 engagementId) const;

    // Moves the engagement to `change.to` and appends `change` to its
    // timeline, in one transaction. Fails with Conflict, writing nothing, when
    // the engagement is no longer in `change.from` (someone moved it first).
    // `outcome`, when given, replaces the engagement's outcome text.
    Result<Engagement> applyChange(const StageChange& change,
                                   const std::optional<QString>& outcome = std::nullopt);

Q_SIGNALS:
    void engagementAdded(const md::Engagement& engagement);
    void engagementChanged(const md::Engagement& engagement);
    void engagementRemoved(qint64 id, qint64 clientId);
    void stageChanged(const md::Engagement& engagement, const md::StageChange& change);

private:
    Result<qint64> insertChange(const StageChange& change);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
