#pragma once

#include "pipeline/Action.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace md {

class ChangeSet;
class Workspace;

// The action plan of one engagement: every action of every goal, overdue
// ones in the warning colour. Follows the workspace's change notifications:
// the actions named are re-read, added or removed, the goal titles follow
// the goals named, and another process's writes reload everything.
class ActionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GoalColumn, ActionColumn, DueColumn, StatusColumn, PeopleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole, GoalIdRole };

    explicit ActionListModel(QObject* parent = nullptr);
    void setSource(Workspace* workspace, qint64 engagementId);
    const Action* actionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Every text the status column can show, overdue ones included.
    static QStringList statusTexts();

private:
    void reload();
    void followChanges(const ChangeSet& changes);
    void refreshGoal(qint64 goalId);
    void removeGoal(qint64 goalId);
    void refreshAction(qint64 actionId);
    void removeRow(int row);

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    QList<Action> m_actions;
    QHash<qint64, QString> m_goalTitles;
};

} // namespace md
