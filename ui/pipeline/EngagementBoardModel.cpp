#include "pipeline/EngagementBoardModel.h"

#include "clients/ClientService.h"
#include "common/ChangeNotifier.h"
#include "pipeline/EngagementService.h"
#include "pipeline/Pipeline.h"
#include "pipeline/PipelineWarnings.h"
#include "storage/ActionRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/GoalRepository.h"
#include "storage/NeedRepository.h"

#include <QMimeData>

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

void EngagementBoardModel::setPipeline(Pipeline* pipeline, ClientService* clients,
                                       ChangeNotifier* changes) {
    if (m_pipeline) {
        for (QObject* source : {static_cast<QObject*>(&m_pipeline->engagements()),
                                static_cast<QObject*>(&m_pipeline->needs()),
                                static_cast<QObject*>(&m_pipeline->goals()),
                                static_cast<QObject*>(&m_pipeline->actions()),
                                static_cast<QObject*>(&m_pipeline->evaluations())})
            disconnect(source, nullptr, this, nullptr);
    }
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_pipeline = pipeline;
    m_clients = clients;
    m_changes = changes;
    if (m_pipeline)
        connectSignals();
    reload();
}

void EngagementBoardModel::connectSignals() {
    EngagementRepository* engagements = &m_pipeline->engagements();
    connect(engagements, &EngagementRepository::engagementAdded, this,
            [this](const Engagement& e) { refresh(e.id); });
    connect(engagements, &EngagementRepository::engagementChanged, this,
            [this](const Engagement& e) { refresh(e.id); });
    connect(engagements, &EngagementRepository::engagementRemoved, this,
            [this](qint64 id, qint64) { removeEngagement(id); });
    connect(&m_pipeline->needs(), &NeedRepository::needAdded, this,
            [this](const Need& need) { refresh(need.engagementId); });
    connect(&m_pipeline->needs(), &NeedRepository::needChanged, this,
            [this](const Need& need) { refresh(need.engagementId); });
    connect(&m_pipeline->needs(), &NeedRepository::needRemoved, this,
            [this](qint64, qint64 engagementId) { refresh(engagementId); });
    connect(&m_pipeline->goals(), &GoalRepository::goalAdded, this,
            [this](const SmartGoal& goal) { refresh(goal.engagementId); });
    connect(&m_pipeline->goals(), &GoalRepository::goalChanged, this,
            [this](const SmartGoal& goal) { refresh(goal.engagementId); });
    connect(&m_pipeline->goals(), &GoalRepository::goalRemoved, this,
            [this](qint64, qint64 engagementId) { refresh(engagementId); });
    connect(&m_pipeline->goals(), &GoalRepository::progressAdded, this,
            [this](const ProgressEntry& entry) { refreshGoal(entry.goalId); });
    connect(&m_pipeline->goals(), &GoalRepository::progressRemoved, this,
            [this](qint64, qint64 goalId) { refreshGoal(goalId); });
    connect(&m_pipeline->actions(), &ActionRepository::actionAdded, this,
            [this](const Action&, qint64 engagementId) { refresh(engagementId); });
    connect(&m_pipeline->actions(), &ActionRepository::actionChanged, this,
            [this](const Action&, qint64 engagementId) { refresh(engagementId); });
    connect(&m_pipeline->actions(), &ActionRepository::actionRemoved, this,
            [this](qint64, qint64, qint64 engagementId) { refresh(engagementId); });
    connect(&m_pipeline->evaluations(), &EvaluationRepository::evaluationSaved, this,
            [this](const Evaluation&, qint64 engagementId) { refresh(engagementId); });
    connect(&m_pipeline->evaluations(), &EvaluationRepository::evaluationRemoved, this,
            [this](qint64, qint64 engagementId) { refresh(engagementId); });
    if (m_changes) {
        connect(m_changes, &ChangeNotifier::changed, this, [this](const ChangeSet& changes) {
            for (qint64 id : changes.ids(RecordKind::Client, ChangeOp::Updated))
                refreshClient(id);
            for (qint64 id : changes.ids(RecordKind::Client, ChangeOp::Removed))
                removeClient(id);
        });
    }
}

void EngagementBoardModel::setStaleAfterDays(int days) {
    if (days == m_staleAfterDays)
        return;
    m_staleAfterDays = days;
    if (!m_pipeline || m_cards.isEmpty())
        return;
    for (Card& card : m_cards)
        card.stale = PipelineWarnings::isStale(card.engagement, days, m_pipeline->clock());
    Q_EMIT dataChanged(index(0), index(int(m_cards.size()) - 1),
                       {StaleRole, WarningsRole, Qt::ToolTipRole});
}

bool EngagementBoardModel::buildCard(qint64 id, Card* card) const {
    auto details = m_pipeline->service().details(id);
    if (!details)
        return false;
    const Clock& clock = m_pipeline->clock();
    card->engagement = details->engagement;
    card->clientName.clear();
    if (m_clients) {
        if (auto client = m_clients->get(card->engagement.clientId))
            card->clientName = client->displayName();
    }
    card->goalIds.clear();
    card->overdueActions = 0;
    card->goalsDueSoon = 0;
    for (const GoalDetails& goal : details->goals) {
        card->goalIds.insert(goal.goal.id);
        const bool reached = goal.percent && *goal.percent >= 100.0;
        if (PipelineWarnings::isDueSoon(goal.goal, reached, WarningThresholds{}.dueSoonDays, clock))
            ++card->goalsDueSoon;
        for (const Action& action : goal.actions)
            card->overdueActions += PipelineWarnings::isOverdue(action, clock) ? 1 : 0;
    }
    card->stale = PipelineWarnings::isStale(card->engagement, m_staleAfterDays, clock);
    return true;
}

void EngagementBoardModel::reload() {
    beginResetModel();
    m_cards.clear();
    QString error;
    if (m_pipeline) {
        EngagementFilter filter;
        filter.includeFinal = false;
        auto engagements = m_pipeline->engagements().list(filter);
        if (engagements) {
            for (const Engagement& e : std::as_const(engagements.value())) {
                Card card;
                if (buildCard(e.id, &card))
                    m_cards.append(card);
            }
        } else {
            error = engagements.message();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
}

void EngagementBoardModel::refresh(qint64 engagementId) {
    if (!m_pipeline)
        return;
    Card card;
    const bool exists = buildCard(engagementId, &card);
    const bool onBoard = exists && !isFinal(card.engagement.state());
    const int row = rowOf(engagementId);
    if (row >= 0 && onBoard) {
        m_cards[row] = card;
        Q_EMIT dataChanged(index(row), index(row));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_cards.removeAt(row);
        endRemoveRows();
    } else if (onBoard) {
        const int at = int(m_cards.size());
        beginInsertRows({}, at, at);
        m_cards.append(card);
        endInsertRows();
    }
}

void EngagementBoardModel::refreshGoal(qint64 goalId) {
    for (const Card& card : std::as_const(m_cards)) {
        if (card.goalIds.contains(goalId)) {
            refresh(card.engagement.id);
            return;
        }
    }
}

void EngagementBoardModel::removeEngagement(qint64 engagementId) {
    const int row = rowOf(engagementId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_cards.removeAt(row);
    endRemoveRows();
}

void EngagementBoardModel::refreshClient(qint64 clientId) {
    QList<qint64> ids;
    for (const Card& card : std::as_const(m_cards)) {
        if (card.engagement.clientId == clientId)
            ids.append(card.engagement.id);
    }
    for (qint64 id : std::as_const(ids))
        refresh(id);
}

void EngagementBoardModel::removeClient(qint64 clientId) {
    // The database removed the client's engagements with it (ON DELETE CASCADE).
    for (int row = int(m_cards.size()) - 1; row >= 0; --row) {
        if (m_cards.at(row).engagement.clientId == clientId) {
            beginRemoveRows({}, row, row);
            m_cards.removeAt(row);
            endRemoveRows();
        }
    }
}

int EngagementBoardModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).engagement.id == id)
            return row;
    }
    return -1;
}

int EngagementBoardModel::countIn(PipelineState state) const {
    return int(std::count_if(m_cards.cbegin(), m_cards.cend(),
                             [state](const Card& c) { return c.engagement.state() == state; }));
}

int EngagementBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_cards.size());
}

QStringList EngagementBoardModel::warningsOf(const Card& card) const {
    QStringList warnings;
    if (card.overdueActions > 0)
        warnings.append((card.overdueActions == 1
                             ? tr("1 overdue action")
                             : tr("%1 overdue actions").arg(card.overdueActions)));
    if (card.goalsDueSoon > 0)
        warnings.append((card.goalsDueSoon == 1 ? tr("1 goal due soon")
                                                : tr("%1 goals due soon").arg(card.goalsDueSoon)));
    if (card.stale && m_pipeline) {
        const int idle = PipelineWarnings::daysSinceActivity(card.engagement, m_pipeline->clock());
        warnings.append(idle == 1 ? tr("No activity for a day")
                                  : tr("No activity for %1 days").arg(idle));
    }
    return warnings;
}

QVariant EngagementBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_cards.size() || !m_pipeline)
        return {};
    const Card& card = m_cards.at(index.row());
    const Engagement& e = card.engagement;
    switch (role) {
    case Qt::DisplayRole:
    case ClientNameRole:
        return card.clientName;
    case Qt::ToolTipRole: {
        QStringList lines{card.clientName, e.title, labelOf(e.state())};
        lines += warningsOf(card);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(card.clientName, e.title, labelOf(e.state()));
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state());
    case ClientIdRole:
        return e.clientId;
    case TitleRole:
        return e.title;
    case DaysInStageRole:
        return PipelineWarnings::daysInStage(e, m_pipeline->clock());
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
