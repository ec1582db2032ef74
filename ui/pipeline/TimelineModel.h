#pragma once

#include "pipeline/Engagement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace md {

class ChangeSet;
class Workspace;

// An engagement's timeline: every change of stage with its time and reason,
// newest last; an override is marked. Grows when a change notification names
// the engagement (a move appends a row); reloads after another process wrote.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, FromColumn, ToColumn, ReasonColumn, ColumnCount };
    enum Role { OverriddenRole = Qt::UserRole + 1 };

    explicit TimelineModel(QObject* parent = nullptr);
    void setSource(Workspace* workspace, qint64 engagementId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void followChanges(const ChangeSet& changes);
    void sync();

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    QList<StageChange> m_changes;
};

} // namespace md
