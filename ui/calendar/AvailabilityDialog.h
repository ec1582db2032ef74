#pragma once

#include "scheduling/Availability.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QTimeEdit;

namespace md {

namespace Ui {
class AvailabilityDialog;
}

// Edits the mentor's availability: working hours per weekday, days off, the
// minimum buffer between sessions and the mentor's time zone. Conflict
// warnings follow these settings; nothing is ever moved because of them.
// Also how long before a session the desktop reminder comes (a rule of the
// practice, kept in the workspace beside the availability).
class AvailabilityDialog final : public QDialog {
    Q_OBJECT
public:
    // `today` (from the workspace clock) is where a new day off starts.
    AvailabilityDialog(const Availability& availability, const QDate& today,
                       QWidget* parent = nullptr);
    ~AvailabilityDialog() override;

    Availability availability() const;
    // Minutes before a session for the desktop reminder; 0 = none.
    void setReminderMinutes(int minutes);
    int reminderMinutes() const;

private:
    void addDayOff();
    void removeDayOff();
    void insertDayOff(const QDate& day);

    struct DayRow {
        QCheckBox* works = nullptr;
        QTimeEdit* start = nullptr;
        QTimeEdit* end = nullptr;
    };
    std::unique_ptr<Ui::AvailabilityDialog> m_ui;
    QList<DayRow> m_days; // Monday first
};

} // namespace md
