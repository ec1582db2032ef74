#include "pipeline/NeedListModel.h"

#include "storage/NeedRepository.h"

namespace md {

NeedListModel::NeedListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void NeedListModel::setSource(NeedRepository* repository, qint64 engagementId) {
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    beginResetModel();
    m_repository = repository;
    m_engagementId = engagementId;
    m_needs.clear();
    if (repository && engagementId > 0) {
        if (auto needs = repository->list(engagementId))
            m_needs = needs.value();
        connect(repository, &NeedRepository::needAdded, this, &NeedListModel::onAdded);
        connect(repository, &NeedRepository::needChanged, this, &NeedListModel::onChanged);
        connect(repository, &NeedRepository::needRemoved, this, &NeedListModel::onRemoved);
    }
    endResetModel();
}

const Need* NeedListModel::needAt(int row) const {
    return row >= 0 && row < m_needs.size() ? &m_needs.at(row) : nullptr;
}

int NeedListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_needs.size(); ++row) {
        if (m_needs.at(row).id == id)
            return row;
    }
    return -1;
}

void NeedListModel::onAdded(const Need& need) {
    if (need.engagementId != m_engagementId)
        return;
    const int row = int(m_needs.size());
    beginInsertRows({}, row, row);
    m_needs.append(need);
    endInsertRows();
}

void NeedListModel::onChanged(const Need& need) {
    const int row = rowOf(need.id);
    if (row < 0)
        return;
    m_needs[row] = need;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NeedListModel::onRemoved(qint64 id, qint64) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_needs.removeAt(row);
    endRemoveRows();
}

int NeedListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_needs.size());
}

int NeedListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedListModel::data(const QModelIndex& index, int role) const {
    const Need* need = index.isValid() ? needAt(index.row()) : nullptr;
    if (!need)
        return {};
    if (role == IdRole)
        return need->id;
    if (role == Qt::ToolTipRole)
        return need->description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DescriptionColumn:
        return need->description.section(QLatin1Char('\n'), 0, 0);
    case CategoryColumn:
        return labelOf(need->category);
    case PriorityColumn:
        return labelOf(need->priority);
    case LinksColumn:
        return (need->strengthRefs + need->weaknessRefs).join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant NeedListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn:
        return tr("Need");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Priority");
    case LinksColumn:
        return tr("Profile links");
    default:
        return {};
    }
}

} // namespace md
