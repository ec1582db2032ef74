#pragma once

#include "pipeline/Engagement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace md {

class EngagementRepository;

// An engagement's timeline: every change of stage with its time and reason,
// newest last; an override is marked. Grows from stageChanged.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, FromColumn, ToColumn, ReasonColumn, ColumnCount };
    enum Role { OverriddenRole = Qt::UserRole + 1 };

    explicit TimelineModel(QObject* parent = nullptr);
    void setSource(EngagementRepository* repository, qint64 engagementId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<EngagementRepository> m_repository;
    qint64 m_engagementId = 0;
    QList<StageChange> m_changes;
};

} // namespace md
