#pragma once

#include "scheduling/Availability.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace md {

// Edits the mentor's availability: working hours per weekday, days off, the
// minimum buffer between sessions and the mentor's time zone. Conflict
// warnings follow these settings; nothing is ever moved because of them.
// Also how long before a session the desktop reminder comes (an application
// setting, not part of the workspace's availability).
class AvailabilityDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AvailabilityDialog(const Availability& availability, QWidget* parent = nullptr);

    Availability availability() const;
    // Minutes before a session for the desktop reminder; 0 = at the start.
    void setReminderMinutes(int minutes);
    int reminderMinutes() const;

private:
    void addDayOff();
    void removeDayOff();

    struct DayRow {
        QCheckBox* works = nullptr;
        QTimeEdit* start = nullptr;
        QTimeEdit* end = nullptr;
    };
    QList<DayRow> m_days; // Monday first
    QSpinBox* m_buffer = nullptr;
    QSpinBox* m_reminder = nullptr;
    QComboBox* m_zone = nullptr;
    QListWidget* m_daysOff = nullptr;
    QDateEdit* m_newDayOff = nullptr;
};

} // namespace md
