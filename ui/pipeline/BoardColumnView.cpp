#include "pipeline/BoardColumnView.h"

#include "pipeline/EngagementBoardModel.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace md {

BoardColumnView::BoardColumnView(PipelineState state, QWidget* parent)
    : QListView(parent)
    , m_state(state) {
    setObjectName(keyOf(state) + QStringLiteral("ColumnListView"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(4);
    setAccessibleName(labelOf(state));
    connect(this, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT engagementActivated(index.data(EngagementBoardModel::IdRole).toLongLong());
    });
}

qint64 BoardColumnView::currentEngagementId() const {
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    return selected.isEmpty() ? 0
                              : selected.first().data(EngagementBoardModel::IdRole).toLongLong();
}

bool BoardColumnView::acceptsDrag(const QMimeData* mime) const {
    // A card dropped back onto its own column is not a move.
    const QList<qint64> ids = EngagementBoardModel::idsFromMime(mime);
    if (ids.isEmpty())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, 0).data(EngagementBoardModel::IdRole).toLongLong() == ids.first())
            return false;
    }
    return true;
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent* event) {
    if (!acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dropHighlight = true;
    viewport()->update();
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent* event) {
    if (!acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent* event) {
    m_dropHighlight = false;
    viewport()->update();
    QListView::dragLeaveEvent(event);
}

void BoardColumnView::dropEvent(QDropEvent* event) {
    m_dropHighlight = false;
    viewport()->update();
    const QList<qint64> ids = EngagementBoardModel::idsFromMime(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    // The model is not changed by the drop itself: the move goes through the
    // gates and the repositories' signals move the card.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    Q_EMIT engagementDropped(ids.first(), m_state);
}

void BoardColumnView::paintEvent(QPaintEvent* event) {
    QListView::paintEvent(event);
    if (!m_dropHighlight)
        return;
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
}

} // namespace md
