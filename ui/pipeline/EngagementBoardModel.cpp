#include "pipeline/EngagementBoardModel.h"

#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "pipeline/PipelineWarnings.h"
#include "workspace/Workspace.h"

#include <QMimeData>

#include <algorithm>

namespace md {

QList<qint64> EngagementBoardModel::idsFromMime(const QMimeData* mime) {
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(QLatin1String(kMimeType)))
        return ids;
    const QList<QByteArray> parts = mime->data(QLatin1String(kMimeType)).split(',');
    for (const QByteArray& part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

EngagementBoardModel::EngagementBoardModel(QObject* parent)
    : QAbstractListModel(parent) {}

void EngagementBoardModel::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(&m_workspace->changes(), &ChangeNotifier::changed, this,
                &EngagementBoardModel::followChanges);
    reload();
}

Workspace* EngagementBoardModel::workspace() const {
    return m_workspace;
}

void EngagementBoardModel::reload() {
    beginResetModel();
    m_cards.clear();
    QString error;
    if (m_workspace) {
        if (auto cards = m_workspace->engagements().board())
            m_cards = cards.value();
        else
            error = cards.message();
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
}

void EngagementBoardModel::followChanges(const ChangeSet& changes) {
    if (changes.external()) {
        reload();
        return;
    }
    // Every write to an engagement's work names the engagement too.
    for (qint64 id : changes.ids(RecordKind::Engagement))
        refresh(id);
    for (qint64 id : changes.ids(RecordKind::Client)) {
        if (changes.removed(RecordKind::Client, id))
            removeClient(id);
        else
            refreshClient(id);
    }
    if (changes.touches(RecordKind::PracticeSettings))
        recomputeStale();
}

void EngagementBoardModel::refresh(qint64 engagementId) {
    if (!m_workspace)
        return;
    const int row = rowOf(engagementId);
    auto card = m_workspace->engagements().card(engagementId);
    if (!card) {
        if (card.code() == ErrorCode::NotFound)
            removeRow(row);
        else
            Q_EMIT loadFailed(card.message());
        return;
    }
    const bool onBoard = !isFinal(card->state);
    if (row >= 0 && onBoard) {
        m_cards[row] = card.value();
        Q_EMIT dataChanged(index(row), index(row));
    } else if (row >= 0) {
        removeRow(row);
    } else if (onBoard) {
        const int at = int(m_cards.size());
        beginInsertRows({}, at, at);
        m_cards.append(card.value());
        endInsertRows();
    }
}

void EngagementBoardModel::refreshClient(qint64 clientId) {
    QList<qint64> ids;
    for (const EngagementCard& card : std::as_const(m_cards)) {
        if (card.clientId == clientId)
            ids.append(card.engagementId);
    }
    for (qint64 id : std::as_const(ids))
        refresh(id);
}

void EngagementBoardModel::removeClient(qint64 clientId) {
    // The database removed the client's engagements with it (ON DELETE CASCADE).
    for (int row = int(m_cards.size()) - 1; row >= 0; --row) {
        if (m_cards.at(row).clientId == clientId)
            removeRow(row);
    }
}

void EngagementBoardModel::removeRow(int row) {
    if (row < 0 || row >= m_cards.size())
        return;
    beginRemoveRows({}, row, row);
    m_cards.removeAt(row);
    endRemoveRows();
}

void EngagementBoardModel::recomputeStale() {
    if (!m_workspace || m_cards.isEmpty())
        return;
    auto thresholds = m_workspace->engagements().thresholds();
    if (!thresholds) {
        Q_EMIT loadFailed(thresholds.message());
        return;
    }
    for (EngagementCard& card : m_cards)
        card.stale = PipelineWarnings::isStale(statusOf(card.state), card.lastActivityUtc,
                                               thresholds->staleAfterDays, m_workspace->clock());
    Q_EMIT dataChanged(index(0), index(int(m_cards.size()) - 1),
                       {StaleRole, WarningsRole, Qt::ToolTipRole});
}

int EngagementBoardModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).engagementId == id)
            return row;
    }
    return -1;
}

int EngagementBoardModel::countIn(PipelineState state) const {
    return int(std::count_if(m_cards.cbegin(), m_cards.cend(),
                             [state](const EngagementCard& c) { return c.state == state; }));
}

int EngagementBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_cards.size());
}

QStringList EngagementBoardModel::warningsOf(const EngagementCard& card) const {
    QStringList warnings;
    if (card.overdueActions > 0)
        warnings.append(card.overdueActions == 1
                            ? tr("1 overdue action")
                            : tr("%1 overdue actions").arg(card.overdueActions));
    if (card.goalsDueSoon > 0)
        warnings.append(card.goalsDueSoon == 1 ? tr("1 goal due soon")
                                               : tr("%1 goals due soon").arg(card.goalsDueSoon));
    if (card.stale && m_workspace) {
        const int idle = PipelineWarnings::daysSince(card.lastActivityUtc, m_workspace->clock());
        warnings.append(idle == 1 ? tr("No activity for a day")
                                  : tr("No activity for %1 days").arg(idle));
    }
    return warnings;
}

QVariant EngagementBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_cards.size() || !m_workspace)
        return {};
    const EngagementCard& card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ClientNameRole:
        return card.clientName;
    case Qt::ToolTipRole: {
        QStringList lines{card.clientName, card.title, labelOf(card.state)};
        lines += warningsOf(card);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(card.clientName, card.title, labelOf(card.state));
    case IdRole:
        return card.engagementId;
    case StateRole:
        return int(card.state);
    case ClientIdRole:
        return card.clientId;
    case TitleRole:
        return card.title;
    case DaysInStageRole:
        return PipelineWarnings::daysSince(card.stageEnteredUtc, m_workspace->clock());
    case WarningsRole:
        return warningsOf(card);
    case OverdueActionsRole:
        return card.overdueActions;
    case StaleRole:
        return card.stale;
    default:
        return {};
    }
}

Qt::ItemFlags EngagementBoardModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList EngagementBoardModel::mimeTypes() const {
    return {QLatin1String(kMimeType)};
}

QMimeData* EngagementBoardModel::mimeData(const QModelIndexList& indexes) const {
    QList<QByteArray> ids;
    for (const QModelIndex& index : indexes) {
        const QByteArray id = QByteArray::number(index.data(IdRole).toLongLong());
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), ids.join(','));
    return mime;
}

} // namespace md
