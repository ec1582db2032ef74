#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace md {

// One list of the dashboard (overdue actions, goals due soon, stale
// engagements): which engagement, what, and when. The dashboard is
// recomputed as a whole; rows that stay in place only update their text,
// anything else resets the list.
class DashboardListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ClientColumn, EngagementColumn, ItemColumn, WhenColumn, ColumnCount };
    enum Role { EngagementIdRole = Qt::UserRole + 1 };

    struct Row {
        qint64 engagementId = 0;
        QString client;
        QString engagement;
        QString item;
        QString when;

        bool operator==(const Row&) const = default;
    };

    DashboardListModel(const QString& itemHeader, const QString& whenHeader,
                       QObject* parent = nullptr);
    void setRows(const QList<Row>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_itemHeader;
    QString m_whenHeader;
    QList<Row> m_rows;
};

} // namespace md
