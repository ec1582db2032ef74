#pragma once

#include "pipeline/PipelineKeys.h"

#include <QListView>

namespace md {

// The list of cards in one board column. Cards are dragged out of it and
// dropped onto another column; the drop is only a request (engagementDropped)
// which the board runs through the same gates as its buttons.
class BoardColumnView final : public QListView {
    Q_OBJECT
public:
    BoardColumnView(PipelineState state, QWidget* parent = nullptr);
    PipelineState state() const { return m_state; }
    // The selected engagement, 0 when none.
    qint64 currentEngagementId() const;

Q_SIGNALS:
    void engagementDropped(qint64 engagementId, md::PipelineState target);
    void engagementActivated(qint64 engagementId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool acceptsDrag(const QMimeData* mime) const;

    PipelineState m_state;
    bool m_dropHighlight = false;
};

} // namespace md
