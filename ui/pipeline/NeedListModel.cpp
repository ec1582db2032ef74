#include "pipeline/NeedListModel.h"

#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "workspace/Workspace.h"

namespace md {

NeedListModel::NeedListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void NeedListModel::setSource(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &NeedListModel::followChanges);
    reload();
}

void NeedListModel::reload() {
    beginResetModel();
    m_needs.clear();
    if (m_workspace && m_engagementId > 0) {
        if (auto needs = m_workspace->engagements().needs(m_engagementId))
            m_needs = needs.value();
    }
    endResetModel();
}

void NeedListModel::followChanges(const ChangeSet& changes) {
    if (changes.external()) {
        reload();
        return;
    }
    for (qint64 id : changes.ids(RecordKind::Need)) {
        if (changes.removed(RecordKind::Need, id))
            removeRow(rowOf(id));
        else
            refresh(id);
    }
}

void NeedListModel::refresh(qint64 needId) {
    const int row = rowOf(needId);
    auto need = m_workspace->engagements().need(needId);
    if (!need) {
        if (need.code() == ErrorCode::NotFound)
            removeRow(row);
        return;
    }
    if (need->engagementId != m_engagementId)
        return;
    if (row >= 0) {
        m_needs[row] = need.value();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_needs.size());
    beginInsertRows({}, at, at);
    m_needs.append(need.value());
    endInsertRows();
}

void NeedListModel::removeRow(int row) {
    if (row < 0 || row >= m_needs.size())
        return;
    beginRemoveRows({}, row, row);
    m_needs.removeAt(row);
    endRemoveRows();
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
