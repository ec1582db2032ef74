#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "ics/IcsReader.h"

#include <QString>

namespace md {

class BusyTimeRepository;

// Imports another calendar file as busy times: reads and checks the whole
// file first, then replaces the busy times from the same file in one
// transaction. A malformed file changes nothing.
class IcsImporter final {
public:
    struct Summary {
        int busyTimes = 0;
        int events = 0;
        QStringList notes;
        QString source;
    };

    // Busy times are kept from a month ago to `monthsAhead` months ahead.
    static Result<Summary> importFile(const QString& path, BusyTimeRepository& busyTimes,
                                      const Clock& clock, const QTimeZone& mentorZone,
                                      int monthsAhead = 12);
    static Result<Summary> importData(const QByteArray& data, const QString& source,
                                      BusyTimeRepository& busyTimes, const Clock& clock,
                                      const QTimeZone& mentorZone, int monthsAhead = 12);
};

} // namespace md
