#include "ics/IcsExporter.h"

#include "ics/IcsWriter.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace md {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("md::IcsExporter", text);
}

Result<IcsWriter::Options> optionsFor(const SessionRepository& sessions, const Clock& clock) {
    Result<QHash<qint64, QString>> labels = sessions.engagementLabels();
    if (!labels)
        return labels.error();
    IcsWriter::Options options;
    options.calendarName = tr("MentorDesk sessions");
    options.engagementLabels = *labels;
    options.stampUtc = clock.nowUtc();
    return options;
}

Result<QByteArray> exportFiltered(const SessionRepository& sessions, qint64 clientId,
                                  const Clock& clock) {
    Result<IcsWriter::Options> options = optionsFor(sessions, clock);
    if (!options)
        return options.error();
    SessionRepository::Filter filter;
    filter.clientId = clientId;
    Result<QList<Session>> rows = sessions.list(filter);
    if (!rows)
        return rows.error();
    Result<QList<SessionSeries>> series = sessions.listSeries(0, clientId);
    if (!series)
        return series.error();
    return IcsWriter::write(*series, *rows, *options);
}

} // namespace

Result<QByteArray> IcsExporter::exportAll(const SessionRepository& sessions, const Clock& clock) {
    return exportFiltered(sessions, 0, clock);
}

Result<QByteArray> IcsExporter::exportClient(const SessionRepository& sessions, qint64 clientId,
                                             const Clock& clock) {
    if (clientId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose a client to export."));
    return exportFiltered(sessions, clientId, clock);
}

Result<QByteArray> IcsExporter::exportSession(const SessionRepository& sessions, qint64 sessionId,
                                              const Clock& clock) {
    Result<IcsWriter::Options> options = optionsFor(sessions, clock);
    if (!options)
        return options.error();
    Result<Session> session = sessions.get(sessionId);
    if (!session)
        return session.error();
    return IcsWriter::write({}, {*session}, *options);
}

Status IcsExporter::save(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace md
