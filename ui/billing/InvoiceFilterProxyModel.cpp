#include "billing/InvoiceFilterProxyModel.h"

#include "billing/InvoiceListModel.h"

namespace md {

InvoiceFilterProxyModel::InvoiceFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(InvoiceListModel::SortRole);
}

void InvoiceFilterProxyModel::setStatus(std::optional<InvoiceStatus> status) {
    m_status = status;
    invalidateFilter();
}

void InvoiceFilterProxyModel::setClientId(qint64 clientId) {
    m_clientId = clientId;
    invalidateFilter();
}

void InvoiceFilterProxyModel::setPeriod(const QDate& from, const QDate& to) {
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool InvoiceFilterProxyModel::filterAcceptsRow(int sourceRow,
                                               const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(InvoiceListModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_clientId != 0 && index.data(InvoiceListModel::ClientIdRole).toLongLong() != m_clientId)
        return false;
    const QDate day = index.data(InvoiceListModel::DayRole).toDate();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_to.isValid() && day > m_to)
        return false;
    return true;
}

} // namespace md
