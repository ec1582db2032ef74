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
class Workspace;

// The engagement pipeline of one open workspace: its repositories and the
// service that moves engagements through the stages.
class Pipeline final : public QObject {
    Q_OBJECT
public:
    Pipeline(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~Pipeline() override;

    // The workspace's own pipeline, made on first use as a child of the
    // workspace and destroyed with it (locking). Every area of the app, the
    // CLI and other features share it, so one repository's signals reach all
    // views and a gate policy set once applies everywhere.
    static Pipeline& of(Workspace& workspace);

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
