#pragma once

#include "calendar/CalendarView.h"

class QScrollArea;

namespace md {

class WeekGrid;
class WeekHeader;

// The week view: a header with the days (and all-day busy times) above a
// scrollable 24-hour grid, opening at the start of the working day.
class WeekView final : public CalendarView {
    Q_OBJECT
public:
    explicit WeekView(QWidget* parent = nullptr);

    void setAnchor(const QDate& day) override;
    QDateTime rangeStartUtc() const override;
    QDateTime rangeEndUtc() const override;
    void setItems(const QList<CalendarItem>& items) override;

    QDate firstDay() const { return m_monday; }
    WeekGrid* grid() const { return m_grid; }
    // Scrolls so that `time` is near the top.
    void scrollToTime(const QTime& time);

protected:
    void availabilityChanged() override;
    void nowChanged() override;
    void changeEvent(QEvent* event) override;

private:
    QDate m_monday;
    WeekHeader* m_header = nullptr;
    QScrollArea* m_scroll = nullptr;
    WeekGrid* m_grid = nullptr;
    bool m_scrolledOnce = false;
};

} // namespace md
