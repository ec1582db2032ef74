#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scheduling/Session.h"
#include "scheduling/SessionSeries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace md {

// Turns stored sessions into an .ics (IcsWriter) and writes files whole.
// SchedulingService gathers the rows (SchedulingService::exportCalendar).
class IcsExporter final {
    Q_DECLARE_TR_FUNCTIONS(md::IcsExporter)
public:
    // The calendar "MentorDesk sessions" of `series` and `sessions`, each
    // session titled with its engagement's label (the client's name).
    static QByteArray render(const QList<SessionSeries>& series, const QList<Session>& sessions,
                             const QHash<qint64, QString>& engagementLabels, const Clock& clock);
    // Writes the file so that readers see the old one or the new one, never
    // half of it (AtomicFileWriter; readable by the mentor's account only).
    static Status save(const QString& path, const QByteArray& data);
};

} // namespace md
