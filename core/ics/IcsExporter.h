#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace md {

class SessionRepository;

// Exports stored sessions as .ics (IcsWriter) and writes files atomically.
class IcsExporter final {
public:
    // Every session and series.
    static Result<QByteArray> exportAll(const SessionRepository& sessions, const Clock& clock);
    // The sessions and series of one client's engagements.
    static Result<QByteArray> exportClient(const SessionRepository& sessions, qint64 clientId,
                                           const Clock& clock);
    // One session on its own (a series member goes out as a single event).
    static Result<QByteArray> exportSession(const SessionRepository& sessions, qint64 sessionId,
                                            const Clock& clock);
    // Writes through QSaveFile: readers see the old file or the new one,
    // never half of it.
    static Status save(const QString& path, const QByteArray& data);
};

} // namespace md
