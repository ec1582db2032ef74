#include "ics/IcsExporter.h"

#include "common/AtomicFile.h"
#include "ics/IcsWriter.h"

namespace md {

QByteArray IcsExporter::render(const QList<SessionSeries>& series, const QList<Session>& sessions,
                               const QHash<qint64, QString>& engagementLabels, const Clock& clock) {
    IcsWriter::Options options;
    options.calendarName = tr("MentorDesk sessions");
    options.engagementLabels = engagementLabels;
    return IcsWriter::write(series, sessions, options, clock);
}

Status IcsExporter::save(const QString& path, const QByteArray& data) {
    return writeFileAtomically(path, data);
}

} // namespace md
