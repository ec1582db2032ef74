#pragma once

#include "common/Clock.h"

#include <QObject>

#include <memory>

namespace md {

class Database;
class EngagementRepository;
class NeedRepository;
class GoalRepository;
class ActionRepository;
class EvaluationRepository;
class EngagementService;

// The engagement pipeline of one open workspace: its repositories and the
// service that moves engagements through the stages. Whoever holds the open
// Workspace (the main window, a CLI command) makes one from
// Workspace::database() and drops it before the workspace locks.
class Pipeline final : public QObject {
    Q_OBJECT
public:
    Pipeline(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~Pipeline() override;

    EngagementRepository& engagements() { return *m_engagements; }
    NeedRepository& needs() { return *m_needs; }
    GoalRepository& goals() { return *m_goals; }
    ActionRepository& actions() { return *m_actions; }
    EvaluationRepository& evaluations() { return *m_evaluations; }
    EngagementService& service() { return *m_service; }
    const Clock& clock() const { return m_clock; }

private:
    const Clock& m_clock;
    std::unique_ptr<EngagementRepository> m_engagements;
    std::unique_ptr<NeedRepository> m_needs;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<ActionRepository> m_actions;
    std::unique_ptr<EvaluationRepository> m_evaluations;
    std::unique_ptr<EngagementService> m_service;
};

} // namespace md
