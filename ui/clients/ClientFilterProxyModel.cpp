#include "clients/ClientFilterProxyModel.h"

#include "clients/ClientListModel.h"

namespace md {

ClientFilterProxyModel::ClientFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ClientListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ClientFilterProxyModel::setFilterText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ClientFilterProxyModel::setShowArchived(bool show) {
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

bool ClientFilterProxyModel::filterAcceptsRow(int sourceRow,
                                              const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(ClientListModel::ArchivedRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ClientListModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace md
