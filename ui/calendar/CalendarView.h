#pragma once

#include "calendar/CalendarItem.h"
#include "scheduling/Availability.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QWidget>

namespace md {

// What the week and month views share: they show items in the mentor's zone
// and turn mouse gestures into requests. They never change data themselves;
// the calendar page decides (and asks about conflicts and series first).
class CalendarView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The day the view shows (the week or month containing it).
    virtual void setAnchor(const QDate& day) = 0;
    // The UTC range the view needs items for.
    virtual QDateTime rangeStartUtc() const = 0;
    virtual QDateTime rangeEndUtc() const = 0;
    virtual void setItems(const QList<CalendarItem>& items) = 0;
    void setAvailability(const Availability& availability) {
        m_availability = availability;
        update();
        availabilityChanged();
    }
    const Availability& availability() const { return m_availability; }
    QTimeZone zone() const { return m_availability.zone; }
    // Today, for highlighting (from the workspace clock).
    void setToday(const QDate& today) {
        m_today = today;
        update();
    }
    QDate today() const { return m_today; }
    // The current instant (from the workspace clock), for the "now" line.
    void setNowUtc(const QDateTime& nowUtc) {
        m_nowUtc = nowUtc;
        update();
        nowChanged();
    }
    QDateTime nowUtc() const { return m_nowUtc; }

Q_SIGNALS:
    // A new session from `startUtc`, `minutes` long (double-click or drag).
    void createRequested(const QDateTime& startUtc, int minutes);
    void openRequested(qint64 sessionId);
    // Move and/or resize by dragging.
    void moveRequested(qint64 sessionId, const QDateTime& newStartUtc, int minutes);

protected:
    virtual void availabilityChanged() {}
    virtual void nowChanged() {}

private:
    Availability m_availability;
    QDate m_today; // set by the page, from the workspace clock
    QDateTime m_nowUtc;
};

} // namespace md
