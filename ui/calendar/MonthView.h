#pragma once

#include "calendar/CalendarView.h"

#include <QRect>

namespace md {

// The month view: six weeks of days with their sessions as short lines.
// Double-click a day for a new session at the start of the working day,
// double-click a session to open it, drag it to another day to move it (its
// time of day stays).
class MonthView final : public CalendarView {
    Q_OBJECT
public:
    explicit MonthView(QWidget* parent = nullptr);

    void setAnchor(const QDate& day) override;
    QDateTime rangeStartUtc() const override;
    QDateTime rangeEndUtc() const override;
    void setItems(const QList<CalendarItem>& items) override;

    QDate month() const { return m_month; }
    QDate firstShownDay() const { return m_first; }
    // For tests: the cell of a day, and a session's line (empty when hidden).
    QRect cellRect(const QDate& day) const;
    QRect itemRect(qint64 sessionId) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Line {
        int itemIndex = -1; // -1: "+N more"
        QDate day;
        QRect rect;
        int hidden = 0;
    };
    static constexpr int kHeader = 28;
    void layoutLines();
    QDate dayAt(const QPoint& pos) const;
    int lineAt(const QPoint& pos) const;

    QDate m_month; // first of the month
    QDate m_first; // the Monday the grid starts on
    QList<CalendarItem> m_items;
    QList<Line> m_lines;
    int m_pressLine = -1;
    QPoint m_pressPos;
    QDate m_hoverDay;
    bool m_dragging = false;
};

} // namespace md
