#include "pipeline/BoardColumnProxyModel.h"

#include "pipeline/EngagementBoardModel.h"

namespace md {

BoardColumnProxyModel::BoardColumnProxyModel(PipelineState state, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_state(state) {
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

bool BoardColumnProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EngagementBoardModel::StateRole).toInt() == int(m_state);
}

bool BoardColumnProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const int leftDays = left.data(EngagementBoardModel::DaysInStageRole).toInt();
    const int rightDays = right.data(EngagementBoardModel::DaysInStageRole).toInt();
    if (leftDays != rightDays)
        return leftDays < rightDays;
    // Ties: alphabetical by client, so with descending order reverse it.
    return left.data(EngagementBoardModel::ClientNameRole)
               .toString()
               .localeAwareCompare(right.data(EngagementBoardModel::ClientNameRole).toString()) > 0;
}

} // namespace md
