#pragma once

#include "pipeline/Need.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace md {

class ChangeSet;
class Workspace;

// The needs of one engagement. Follows the workspace's change notifications:
// the rows of the needs named are re-read, added or removed; everything is
// reloaded after another process wrote.
class NeedListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DescriptionColumn, CategoryColumn, PriorityColumn, LinksColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit NeedListModel(QObject* parent = nullptr);
    // nullptr or engagement 0 empties the model.
    void setSource(Workspace* workspace, qint64 engagementId);
    const Need* needAt(int row) const;
    int rowOf(qint64 id) const;
    QList<Need> needs() const { return m_needs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void followChanges(const ChangeSet& changes);
    void refresh(qint64 needId);
    void removeRow(int row);

    QPointer<Workspace> m_workspace;
    qint64 m_engagementId = 0;
    QList<Need> m_needs;
};

} // namespace md
