#include "pipeline/TimelineModel.h"

#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "workspace/Workspace.h"

#include <QFont>
#include <QLocale>

namespace md {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TimelineModel::setSource(Workspace* workspace, qint64 engagementId) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_engagementId = workspace ? engagementId : 0;
    if (m_workspace && m_engagementId > 0)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &TimelineModel::followChanges);
    reload();
}

void TimelineModel::reload() {
    beginResetModel();
    m_changes.clear();
    if (m_workspace && m_engagementId > 0) {
        if (auto changes = m_workspace->engagements().timeline(m_engagementId))
            m_changes = changes.value();
    }
    endResetModel();
}

void TimelineModel::followChanges(const ChangeSet& changes) {
    if (changes.external() || changes.removed(RecordKind::Engagement, m_engagementId))
        reload();
    else if (changes.ids(RecordKind::Engagement).contains(m_engagementId))
        sync();
}

void TimelineModel::sync() {
    auto fresh = m_workspace->engagements().timeline(m_engagementId);
    if (!fresh)
        return;
    // The timeline only grows; anything else (it never should) reloads.
    const int known = int(m_changes.size());
    bool grows = fresh->size() >= known;
    for (int row = 0; grows && row < known; ++row)
        grows = fresh->at(row).id == m_changes.at(row).id;
    if (!grows) {
        reload();
        return;
    }
    if (fresh->size() == known)
        return;
    beginInsertRows({}, known, int(fresh->size()) - 1);
    m_changes = fresh.value();
    endInsertRows();
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
