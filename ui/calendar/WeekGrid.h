#pragma once

#include "calendar/CalendarItem.h"
#include "scheduling/Availability.h"

#include <QDate>
#include <QList>
#include <QRect>
#include <QWidget>

namespace md {

// The time grid of the week view: seven day columns of 24 hours, sessions
// and busy times as blocks. Gestures (all snapped to 15 minutes):
// - double-click an empty slot: a new one-hour session there;
// - drag over empty time: a new session over that range;
// - drag a session: move it (to another day too); drag its lower edge: resize;
// - double-click a session: open it.
class WeekGrid final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kGutter = 56;      // hour labels on the left
    static constexpr int kNarrowBlock = 12; // narrower blocks are plain rectangles
    static constexpr int kSnapMinutes = 15;

    explicit WeekGrid(QWidget* parent = nullptr);

    void setWeek(const QDate& monday, const QTimeZone& zone);
    void setItems(const QList<CalendarItem>& items);
    void setAvailability(const Availability& availability);
    void setToday(const QDate& today);
    void setNowUtc(const QDateTime& nowUtc);
    int hourHeight() const { return m_hourHeight; }
    QDate firstDay() const { return m_firstDay; }
    // What it draws, also for tests.
    const QList<CalendarItem>& items() const { return m_items; }

    // Geometry, also for tests: the point of a wall-clock time in the
    // view's zone, and where a session's block is (empty when not shown).
    QPoint pointFor(const QDate& day, const QTime& time) const;
    QRect itemRect(qint64 sessionId) const;
    // Where a busy time's block is (empty when not shown).
    QRect busyTimeRect(qint64 busyTimeId) const;
    // The font of the blocks' text: the UI's small font, never smaller.
    static QFont eventFont(const QFont& base);
    QSize sizeHint() const override;

Q_SIGNALS:
    void createRequested(const QDateTime& startUtc, int minutes);
    void openRequested(qint64 sessionId);
    void moveRequested(qint64 sessionId, const QDateTime& newStartUtc, int minutes);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Block {
        int itemIndex = -1;
        QRect rect;
    };
    enum class Drag { None, Create, Move, Resize };

    double columnWidth() const;
    int dayAt(int x) const;
    int minutesAt(int y) const; // snapped, 0..1440
    QDateTime localAt(const QPoint& pos) const;
    int yFor(int minutes) const { return minutes * m_hourHeight / 60; }
    void layoutBlocks();
    int blockAt(const QPoint& pos) const; // index into m_blocks, or -1
    // `font` is eventFont() of the painter's font, computed once per paint:
    // asking for the system's smallest readable size goes through
    // fontconfig each time (60% of a week step's instructions when it was
    // asked for every block).
    void paintBlock(QPainter& painter, const CalendarItem& item, const QRect& rect, bool ghost,
                    const QFont& font);

    QDate m_firstDay;
    QTimeZone m_zone;
    QList<CalendarItem> m_items;
    QList<Block> m_blocks;
    Availability m_availability;
    QDate m_today;
    QDateTime m_nowUtc;
    int m_hourHeight = 48;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    int m_dragBlock = -1;
    QDateTime m_pressLocal;     // where the press happened, snapped
    QDateTime m_dragStartLocal; // the dragged item's start when pressed
    QDateTime m_previewStart;   // local
    int m_previewMinutes = 0;
    bool m_dragActive = false;
};

} // namespace md
