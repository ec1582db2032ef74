#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "ics/IcsReader.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace md {

// Reads another calendar file as busy times: the whole file is read and
// checked first (IcsReader), from a month ago to `monthsAhead` months ahead.
// SchedulingService::importBusyTimes then replaces the busy times from the
// same file in one unit of work, so a malformed file changes nothing.
class IcsImporter final {
    Q_DECLARE_TR_FUNCTIONS(md::IcsImporter)
public:
    // What an import did, for the mentor.
    struct Summary {
        int busyTimes = 0;
        int events = 0;
        QStringList notes;
        QString source;
    };

    static Result<IcsReader::Imported> read(const QByteArray& data, const Clock& clock,
                                            const QTimeZone& mentorZone, int monthsAhead = 12);
    // The file's bytes; Io when it cannot be read.
    static Result<QByteArray> readFile(const QString& path);
};

} // namespace md
