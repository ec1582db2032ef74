#pragma once

#include "pipeline/Engagement.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QMimeData;

namespace md {

class ChangeNotifier;
class ClientService;
class Pipeline;

// The engagements on the pipeline board: every active or maintenance
// engagement, one row each, with what its card shows (client, days in the
// stage, warnings). Kept current row by row from the repositories' signals;
// the board's columns are proxies filtering on StateRole.
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

    // Shows the pipeline's engagements; nullptr empties the model (locking).
    void setPipeline(Pipeline* pipeline, ClientService* clients, ChangeNotifier* changes = nullptr);
    void setStaleAfterDays(int days);
    int staleAfterDays() const { return m_staleAfterDays; }
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
    struct Card {
        Engagement engagement;
        QString clientName;
        QSet<qint64> goalIds;
        int overdueActions = 0;
        int goalsDueSoon = 0;
        bool stale = false;
    };

    bool buildCard(qint64 id, Card* card) const;
    void refresh(qint64 engagementId);
    void refreshGoal(qint64 goalId);
    void removeEngagement(qint64 engagementId);
    void refreshClient(qint64 clientId);
    void removeClient(qint64 clientId);
    QStringList warningsOf(const Card& card) const;
    void connectSignals();

    QPointer<Pipeline> m_pipeline;
    ClientService* m_clients = nullptr;
    QPointer<ChangeNotifier> m_changes;
    QList<Card> m_cards;
    int m_staleAfterDays = 21;
};

} // namespace md
