#pragma once

#include "pipeline/EngagementDetails.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>

namespace md {

class ChangeSet;
class Workspace;

// The goals of one engagement with what is derived from them: which SMART
// letters pass, progress from baseline to target, the evaluation. It follows
// the workspace's change notifications: the rows of the goals named are
// re-read (a progress entry, an evaluation or a deleted need names its goals
// too), a new start date of the engagement re-checks every row, and another
// process's writes reload everything.
class GoalListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        GoalColumn,
        SmartColumn,
        ProgressColumn,
        DueColumn,
        EvaluationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SmartPassedRole, // bool
        PercentRole,     // double, or invalid without baseline/target
    };

    explicit GoalListModel(QObject* parent = nullptr);
    void setSource(Workspace* workspace, qint64 engagementId);
    const GoalDetails* goalAt(int row) const;
    int rowOf(qint64 goalId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void followChanges(const ChangeSet& changes);
    void refresh(qint64 goalId);
    void recheckAll();
    void removeRow(int row);

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    QDate m_engagementStart; // the SMART check's "due after the start"
    QList<GoalDetails> m_goals;
};

} // namespace md
