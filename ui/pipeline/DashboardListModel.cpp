#include "pipeline/DashboardListModel.h"

namespace md {

DashboardListModel::DashboardListModel(const QString& itemHeader, const QString& whenHeader,
                                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_itemHeader(itemHeader)
    , m_whenHeader(whenHeader) {}

void DashboardListModel::setRows(const QList<Row>& rows) {
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).engagementId == m_rows.at(i).engagementId &&
                   rows.at(i).item == m_rows.at(i).item;
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row) == m_rows.at(row))
            continue;
        m_rows[row] = rows.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int DashboardListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == EngagementIdRole)
        return row.engagementId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ClientColumn:
        return row.client;
    case EngagementColumn:
        return row.engagement;
    case ItemColumn:
        return row.item;
    case WhenColumn:
        return row.when;
    default:
        return {};
    }
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case EngagementColumn:
        return tr("Engagement");
    case ItemColumn:
        return m_itemHeader;
    case WhenColumn:
        return m_whenHeader;
    default:
        return {};
    }
}

} // namespace md
