#include "pipeline/TimelineModel.h"

#include "storage/EngagementRepository.h"

#include <QFont>
#include <QLocale>

namespace md {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TimelineModel::setSource(EngagementRepository* repository, qint64 engagementId) {
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    beginResetModel();
    m_repository = repository;
    m_engagementId = engagementId;
    m_changes.clear();
    if (repository && engagementId > 0) {
        if (auto changes = repository->timeline(engagementId))
            m_changes = changes.value();
        connect(repository, &EngagementRepository::stageChanged, this,
                [this](const Engagement& engagement, const StageChange& change) {
                    if (engagement.id != m_engagementId)
                        return;
                    const int row = int(m_changes.size());
                    beginInsertRows({}, row, row);
                    m_changes.append(change);
                    endInsertRows();
                });
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const StageChange& change = m_changes.at(index.row());
    if (role == OverriddenRole)
        return change.overridden;
    if (role == Qt::FontRole && change.overridden) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(change.changedUtc.toLocalTime(), QLocale::ShortFormat);
    case FromColumn:
        return change.from ? labelOf(*change.from) : tr("(created)");
    case ToColumn:
        return labelOf(change.to);
    case ReasonColumn:
        return change.overridden ? tr("Override: %1").arg(change.reason) : change.reason;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace md
