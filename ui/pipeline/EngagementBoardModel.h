#pragma once

#include "pipeline/PipelineDashboard.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>

class QMimeData;

namespace md {

class ChangeSet;
class Workspace;

// The engagements on the pipeline board: every active or maintenance
// engagement, one row each, with what its card shows (client, days in the
// stage, warnings; EngagementService::card). It follows the workspace's
// change notifications row by row: the card of each engagement named, the
// cards of a renamed client; the stale flags when the practice rules change;
// everything when another process wrote. The board's columns are proxies
// filtering on StateRole.
class EngagementBoardModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // int(PipelineState)
        ClientIdRole,              // qint64
        ClientNameRole,            // QString
        TitleRole,                 // QString
        DaysInStageRole,           // int
        WarningsRole,              // QStringList, translated
        OverdueActionsRole,        // int
        StaleRole,                 // bool
    };
    // Drag and drop between columns carries engagement ids in this format.
    static constexpr char kMimeType[] = "application/x-mentordesk-engagement-ids";
    static QList<qint64> idsFromMime(const QMimeData* mime);

    explicit EngagementBoardModel(QObject* parent = nullptr);

    // Shows the workspace's open engagements; nullptr empties the model (locking).
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const;
    // Recomputes every card (e.g. when the day changes or the page is shown).
    void reload();

    int rowOf(qint64 id) const;
    int countIn(PipelineState state) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void followChanges(const ChangeSet& changes);
    void refresh(qint64 engagementId);
    void refreshClient(qint64 clientId);
    void removeClient(qint64 clientId);
    void removeRow(int row);
    void recomputeStale();
    QStringList warningsOf(const EngagementCard& card) const;

    QPointer<Workspace> m_workspace;
    QList<EngagementCard> m_cards;
};

} // namespace md
