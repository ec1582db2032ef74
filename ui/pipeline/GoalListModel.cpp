#include "pipeline/GoalListModel.h"

#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace md {

GoalListModel::GoalListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void GoalListModel::setSource(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &GoalListModel::followChanges);
    reload();
}

void GoalListModel::reload() {
    beginResetModel();
    m_goals.clear();
    m_engagementStart = {};
    if (m_workspace && m_engagementId > 0) {
        if (auto details = m_workspace->engagements().details(m_engagementId)) {
            m_goals = details->goals;
            m_engagementStart = details->engagement.startDate;
        }
    }
    endResetModel();
}

void GoalListModel::followChanges(const ChangeSet& changes) {
    if (changes.external()) {
        reload();
        return;
    }
    for (qint64 id : changes.ids(RecordKind::Goal)) {
        if (changes.removed(RecordKind::Goal, id))
            removeRow(rowOf(id));
        else
            refresh(id);
    }
    if (changes.ids(RecordKind::Engagement, ChangeOp::Updated).contains(m_engagementId))
        recheckAll();
}

void GoalListModel::refresh(qint64 goalId) {
    const int row = rowOf(goalId);
    auto details = m_workspace->engagements().goalDetails(goalId);
    if (!details) {
        if (details.code() == ErrorCode::NotFound)
            removeRow(row);
        return;
    }
    if (details->goal.engagementId != m_engagementId)
        return;
    if (row >= 0) {
        m_goals[row] = details.value();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_goals.size());
    beginInsertRows({}, at, at);
    m_goals.append(details.value());
    endInsertRows();
}

void GoalListModel::recheckAll() {
    // Only the start date of the engagement changes a goal's check without
    // naming the goal; the check itself is cheap and pure.
    auto engagement = m_workspace->engagements().engagement(m_engagementId);
    if (!engagement || engagement->startDate == m_engagementStart)
        return;
    m_engagementStart = engagement->startDate;
    auto needs = m_workspace->engagements().needs(m_engagementId);
    if (!needs)
        return;
    EngagementDetails scope;
    scope.engagement = engagement.value();
    scope.needs = needs.value();
    const SmartContext context = EngagementService::smartContextOf(scope);
    for (int row = 0; row < m_goals.size(); ++row) {
        m_goals[row].smart = SmartCheck::check(m_goals.at(row).goal, context);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void GoalListModel::removeRow(int row) {
    if (row < 0 || row >= m_goals.size())
        return;
    beginRemoveRows({}, row, row);
    m_goals.removeAt(row);
    endRemoveRows();
}

const GoalDetails* GoalListModel::goalAt(int row) const {
    return row >= 0 && row < m_goals.size() ? &m_goals.at(row) : nullptr;
}

int GoalListModel::rowOf(qint64 goalId) const {
    for (int row = 0; row < m_goals.size(); ++row) {
        if (m_goals.at(row).goal.id == goalId)
            return row;
    }
    return -1;
}

int GoalListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalListModel::data(const QModelIndex& index, int role) const {
    const GoalDetails* goal = index.isValid() ? goalAt(index.row()) : nullptr;
    if (!goal)
        return {};
    switch (role) {
    case IdRole:
        return goal->goal.id;
    case SmartPassedRole:
        return goal->smart.passed();
    case PercentRole:
        return goal->percent ? QVariant(*goal->percent) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SmartColumn) {
            QStringList lines;
            for (const SmartIssue& issue : goal->smart.issues)
                lines.append(QStringLiteral("%1: %2").arg(labelOf(issue.letter), issue.message));
            return lines.isEmpty() ? tr("Passes the SMART check") : lines.join(QLatin1Char('\n'));
        }
        return goal->goal.specific;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case GoalColumn:
        return goal->goal.active ? goal->goal.title() : tr("%1 (inactive)").arg(goal->goal.title());
    case SmartColumn: {
        // Passing letters upper case, failing ones as a dot: "SM·RT".
        QString letters;
        for (SmartLetter letter : allOf<SmartLetter>())
            letters += goal->smart.passes(letter) ? letterOf(letter) : QStringLiteral("\u00b7");
        return letters;
    }
    case ProgressColumn:
        return goal->percent ? QStringLiteral("%1%").arg(qRound(*goal->percent)) : QString();
    case DueColumn:
        return goal->goal.dueDate.isValid()
                   ? QLocale().toString(goal->goal.dueDate, QLocale::ShortFormat)
                   : QString();
    case EvaluationColumn:
        return goal->evaluation ? labelOf(goal->evaluation->outcome) : QString();
    default:
        return {};
    }
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GoalColumn:
        return tr("Goal");
    case SmartColumn:
        return tr("SMART");
    case ProgressColumn:
        return tr("Progress");
    case DueColumn:
        return tr("Due");
    case EvaluationColumn:
        return tr("Evaluation");
    default:
        return {};
    }
}

} // namespace md
