#include "pipeline/ActionListModel.h"

#include "UiStyle.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineWarnings.h"
#include "workspace/Workspace.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

namespace md {

ActionListModel::ActionListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ActionListModel::setSource(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &ActionListModel::followChanges);
    reload();
}

void ActionListModel::reload() {
    beginResetModel();
    m_actions.clear();
    m_goalTitles.clear();
    if (m_workspace && m_engagementId > 0) {
        EngagementService& engagements = m_workspace->engagements();
        if (auto actions = engagements.actions(m_engagementId))
            m_actions = actions.value();
        if (auto goals = engagements.goals(m_engagementId)) {
            for (const SmartGoal& goal : std::as_const(goals.value()))
                m_goalTitles.insert(goal.id, goal.title());
        }
    }
    endResetModel();
}

void ActionListModel::followChanges(const ChangeSet& changes) {
    if (changes.external()) {
        reload();
        return;
    }
    // Goals first: a new action may belong to a goal added in the same unit.
    for (qint64 id : changes.ids(RecordKind::Goal)) {
        if (changes.removed(RecordKind::Goal, id))
            removeGoal(id);
        else
            refreshGoal(id);
    }
    for (qint64 id : changes.ids(RecordKind::Action)) {
        if (changes.removed(RecordKind::Action, id))
            removeRow(rowOf(id));
        else
            refreshAction(id);
    }
}

void ActionListModel::refreshGoal(qint64 goalId) {
    auto goal = m_workspace->engagements().goal(goalId);
    if (!goal || goal->engagementId != m_engagementId)
        return;
    m_goalTitles.insert(goal->id, goal->title());
    for (int row = 0; row < m_actions.size(); ++row) {
        if (m_actions.at(row).goalId == goalId)
            Q_EMIT dataChanged(index(row, GoalColumn), index(row, GoalColumn));
    }
}

void ActionListModel::removeGoal(qint64 goalId) {
    // The goal took its actions with it (ON DELETE CASCADE).
    m_goalTitles.remove(goalId);
    for (int row = int(m_actions.size()) - 1; row >= 0; --row) {
        if (m_actions.at(row).goalId == goalId)
            removeRow(row);
    }
}

void ActionListModel::refreshAction(qint64 actionId) {
    const int row = rowOf(actionId);
    auto action = m_workspace->engagements().action(actionId);
    if (!action) {
        if (action.code() == ErrorCode::NotFound)
            removeRow(row);
        return;
    }
    if (!m_goalTitles.contains(action->goalId))
        return; // another engagement's
    if (row >= 0) {
        m_actions[row] = action.value();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_actions.size());
    beginInsertRows({}, at, at);
    m_actions.append(action.value());
    endInsertRows();
}

void ActionListModel::removeRow(int row) {
    if (row < 0 || row >= m_actions.size())
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
    if (!action || !m_workspace)
        return {};
    const bool overdue = PipelineWarnings::isOverdue(*action, m_workspace->clock());
    switch (role) {
    case IdRole:
        return action->id;
    case GoalIdRole:
        return action->goalId;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(ui::warningColor(QGuiApplication::palette())))
                       : QVariant();
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

QStringList ActionListModel::statusTexts() {
    QStringList texts;
    for (ActionStatus status : allOf<ActionStatus>())
        texts << labelOf(status) << tr("%1 (overdue)").arg(labelOf(status));
    return texts;
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
