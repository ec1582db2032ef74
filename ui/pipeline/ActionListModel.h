#pragma once

#include "pipeline/Action.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace md {

class Pipeline;

// The action plan of one engagement: every action of every goal, overdue
// ones in the warning colour. Kept current from ActionRepository's signals;
// goal titles follow GoalRepository.
class ActionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GoalColumn, ActionColumn, DueColumn, StatusColumn, PeopleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole, GoalIdRole };

    explicit ActionListModel(QObject* parent = nullptr);
    void setSource(Pipeline* pipeline, qint64 engagementId);
    const Action* actionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void loadGoalTitles();
    void onAdded(const md::Action& action, qint64 engagementId);
    void onChanged(const md::Action& action, qint64 engagementId);
    void onRemoved(qint64 id, qint64 goalId, qint64 engagementId);

    QPointer<Pipeline> m_pipeline;
    qint64 m_engagementId = 0;
    QList<Action> m_actions;
    QHash<qint64, QString> m_goalTitles;
};

} // namespace md
