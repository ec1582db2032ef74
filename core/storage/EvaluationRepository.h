#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pipeline/Evaluation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

class Database;

// Stores the evaluations (stage 5): at most one per goal.
class EvaluationRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::EvaluationRepository)
public:
    EvaluationRepository(Database& database, const Clock& clock);

    // Inserts the goal's evaluation or replaces the one it has.
    Result<Evaluation> save(const Evaluation& evaluation);
    // The goal's evaluation, or nothing when it has none yet.
    Result<std::optional<Evaluation>> forGoal(qint64 goalId) const;
    Result<QList<Evaluation>> listForEngagement(qint64 engagementId) const;
    Status removeForGoal(qint64 goalId);

private:
    Result<QList<Evaluation>> select(const QString& where, qint64 id) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
