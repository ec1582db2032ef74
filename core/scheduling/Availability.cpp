#include "scheduling/Availability.h"

namespace md {

Availability Availability::standardWeek(const QTimeZone& zone) {
    Availability availability;
    availability.zone = zone;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        availability.hours.insert(day, WorkingHours{QTime(9, 0), QTime(17, 0)});
    return availability;
}

} // namespace md
