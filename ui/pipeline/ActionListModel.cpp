#include "pipeline/ActionListModel.h"

#include "pipeline/Pipeline.h"
#include "pipeline/PipelineWarnings.h"
#include "storage/ActionRepository.h"
#include "storage/GoalRepository.h"

#include <QBrush>
#include <QLocale>

namespace md {

ActionListModel::ActionListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ActionListModel::setSource(Pipeline* pipeline, qint64 engagementId) {
    if (m_pipeline) {
        disconnect(&m_pipeline->actions(), nullptr, this, nullptr);
        disconnect(&m_pipeline->goals(), nullptr, this, nullptr);
    }
    beginResetModel();
    m_pipeline = pipeline;
    m_engagementId = engagementId;
    m_actions.clear();
    m_goalTitles.clear();
    if (pipeline && engagementId > 0) {
        if (auto actions = pipeline->actions().listForEngagement(engagementId))
            m_actions = actions.value();
        loadGoalTitles();
        connect(&pipeline->actions(), &ActionRepository::actionAdded, this,
                &ActionListModel::onAdded);
        connect(&pipeline->actions(), &ActionRepository::actionChanged, this,
                &ActionListModel::onChanged);
        connect(&pipeline->actions(), &ActionRepository::actionRemoved, this,
                &ActionListModel::onRemoved);
        connect(&pipeline->goals(), &GoalRepository::goalChanged, this,
                [this](const SmartGoal& goal) {
                    if (goal.engagementId != m_engagementId)
                        return;
                    m_goalTitles.insert(goal.id, goal.title());
                    for (int row = 0; row < m_actions.size(); ++row) {
                        if (m_actions.at(row).goalId == goal.id)
                            Q_EMIT dataChanged(index(row, GoalColumn), index(row, GoalColumn));
                    }
                });
        connect(&pipeline->goals(), &GoalRepository::goalAdded, this,
                [this](const SmartGoal& goal) {
                    if (goal.engagementId == m_engagementId)
                        m_goalTitles.insert(goal.id, goal.title());
                });
        // A removed goal took its actions with it (ON DELETE CASCADE).
        connect(&pipeline->goals(), &GoalRepository::goalRemoved, this, [this](qint64 goalId) {
            for (int row = int(m_actions.size()) - 1; row >= 0; --row) {
                if (m_actions.at(row).goalId == goalId) {
                    beginRemoveRows({}, row, row);
                    m_actions.removeAt(row);
                    endRemoveRows();
                }
            }
        });
    }
    endResetModel();
}

void ActionListModel::loadGoalTitles() {
    if (auto goals = m_pipeline->goals().list(m_engagementId)) {
        for (const SmartGoal& goal : std::as_const(goals.value()))
            m_goalTitles.insert(goal.id, goal.title());
    }
}

void ActionListModel::onAdded(const Action& action, qint64 engagementId) {
    if (engagementId != m_engagementId)
        return;
    const int row = int(m_actions.size());
    beginInsertRows({}, row, row);
    m_actions.append(action);
    endInsertRows();
}

void ActionListModel::onChanged(const Action& action, qint64) {
    const int row = rowOf(action.id);
    if (row < 0)
        return;
    m_actions[row] = action;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionListModel::onRemoved(qint64 id, qint64, qint64) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_actions.removeAt(row);
    endRemoveRows();
}

const Action* ActionListModel::actionAt(int row) const {
    return row >= 0 && row < m_actions.size() ? &m_actions.at(row) : nullptr;
}

int ActionListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_actions.size(); ++row) {
        if (m_actions.at(row).id == id)
            return row;
    }
    return -1;
}

int ActionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data(const QModelIndex& index, int role) const {
    const Action* action = index.isValid() ? actionAt(index.row()) : nullptr;
    if (!action || !m_pipeline)
        return {};
    const bool overdue = PipelineWarnings::isOverdue(*action, m_pipeline->clock());
    switch (role) {
    case IdRole:
        return action->id;
    case GoalIdRole:
        return action->goalId;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0xb0, 0x3a, 0x00))) : QVariant();
    case Qt::ToolTipRole:
        return overdue ? tr("Overdue: %1").arg(action->description) : action->description;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case GoalColumn:
        return m_goalTitles.value(action->goalId);
    case ActionColumn:
        return action->description;
    case DueColumn:
        return action->dueDate.isValid() ? QLocale().toString(action->dueDate, QLocale::ShortFormat)
                                         : QString();
    case StatusColumn:
        return overdue ? tr("%1 (overdue)").arg(labelOf(action->status)) : labelOf(action->status);
    case PeopleColumn:
        return action->people.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GoalColumn:
        return tr("Goal");
    case ActionColumn:
        return tr("Action");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case PeopleColumn:
        return tr("People to approach");
    default:
        return {};
    }
}

} // namespace md
