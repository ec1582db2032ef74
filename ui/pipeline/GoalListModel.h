#pragma once

#include "pipeline/EngagementService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace md {

class Pipeline;

// The goals of one engagement with what is derived from them: which SMART
// letters pass, progress from baseline to target, the evaluation. Any change
// to the engagement's goals, needs, progress or evaluations updates the
// affected rows only.
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
    void setSource(Pipeline* pipeline, qint64 engagementId);
    const GoalDetails* goalAt(int row) const;
    int rowOf(qint64 goalId) const;
    // Re-reads the engagement's goals and updates rows in place.
    void sync();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<Pipeline> m_pipeline;
    qint64 m_engagementId = 0;
    QList<GoalDetails> m_goals;
};

} // namespace md
