#include "pipeline/GoalListModel.h"

#include "pipeline/Pipeline.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QLocale>

namespace md {

GoalListModel::GoalListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void GoalListModel::setSource(Pipeline* pipeline, qint64 engagementId) {
    if (m_pipeline) {
        disconnect(&m_pipeline->goals(), nullptr, this, nullptr);
        disconnect(&m_pipeline->needs(), nullptr, this, nullptr);
        disconnect(&m_pipeline->evaluations(), nullptr, this, nullptr);
    }
    beginResetModel();
    m_pipeline = pipeline;
    m_engagementId = engagementId;
    m_goals.clear();
    if (pipeline && engagementId > 0) {
        if (auto details = pipeline->service().details(engagementId))
            m_goals = details->goals;
        // Every signal of these repositories may change a goal's row (SMART
        // depends on the needs, the progress on the entries).
        GoalRepository* goals = &pipeline->goals();
        for (auto signal : {&GoalRepository::goalAdded, &GoalRepository::goalChanged})
            connect(goals, signal, this, &GoalListModel::sync);
        connect(goals, &GoalRepository::goalRemoved, this, &GoalListModel::sync);
        connect(goals, &GoalRepository::progressAdded, this, &GoalListModel::sync);
        connect(goals, &GoalRepository::progressRemoved, this, &GoalListModel::sync);
        connect(&pipeline->needs(), &NeedRepository::needAdded, this, &GoalListModel::sync);
        connect(&pipeline->needs(), &NeedRepository::needRemoved, this, &GoalListModel::sync);
        connect(&pipeline->evaluations(), &EvaluationRepository::evaluationSaved, this,
                &GoalListModel::sync);
        connect(&pipeline->evaluations(), &EvaluationRepository::evaluationRemoved, this,
                &GoalListModel::sync);
    }
    endResetModel();
}

void GoalListModel::sync() {
    if (!m_pipeline || m_engagementId <= 0)
        return;
    auto details = m_pipeline->service().details(m_engagementId);
    if (!details)
        return;
    const QList<GoalDetails>& fresh = details->goals;
    // Rows that disappeared, from the bottom up.
    for (int row = int(m_goals.size()) - 1; row >= 0; --row) {
        const qint64 id = m_goals.at(row).goal.id;
        const bool kept = std::any_of(fresh.cbegin(), fresh.cend(),
                                      [id](const GoalDetails& g) { return g.goal.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_goals.removeAt(row);
            endRemoveRows();
        }
    }
    for (const GoalDetails& goal : fresh) {
        const int row = rowOf(goal.goal.id);
        if (row >= 0) {
            m_goals[row] = goal;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            const int at = int(m_goals.size());
            beginInsertRows({}, at, at);
            m_goals.append(goal);
            endInsertRows();
        }
    }
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
