#include "scheduling/SchedulingService.h"

#include "ics/IcsAutoExporter.h"
#include "ics/IcsExporter.h"
#include "storage/AvailabilityRepository.h"
#include "storage/BusyTimeRepository.h"
#include "storage/Database.h"
#include "storage/SessionReportRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionSeriesRepository.h"

#include <QFileInfo>

#include <optional>

// SchedulingService: availability, busy times, calendar files and what the
// summaries show.

namespace md {

// --- Availability -----------------------------------------------------------

Result<Availability> SchedulingService::availability() const {
    return m_availability->load();
}

Status SchedulingService::saveAvailability(const Availability& availability) {
    if (availability.bufferMinutes < 0 || availability.bufferMinutes > 24 * 60)
        return makeError(ErrorCode::InvalidInput,
                         tr("The buffer must be between 0 and 1440 minutes."));
    for (auto it = availability.hours.cbegin(); it != availability.hours.cend(); ++it) {
        if (it.key() < 1 || it.key() > 7 || !it.value().isValid())
            return makeError(ErrorCode::InvalidInput,
                             tr("Working hours must end after they start."));
    }
    return m_database.transaction([&]() -> Status {
        if (Status saved = m_availability->save(availability); !saved)
            return saved;
        m_database.noteChange(RecordKind::Availability, ChangeOp::Updated, 0);
        return {};
    });
}

// --- Busy times -------------------------------------------------------------

Result<QList<BusyTime>> SchedulingService::busyTimes(const QDateTime& fromUtc,
                                                     const QDateTime& toUtc) const {
    return m_busyTimes->list(fromUtc, toUtc);
}

Result<QStringList> SchedulingService::busyTimeSources() const {
    return m_busyTimes->sources();
}

Result<IcsImporter::Summary> SchedulingService::importBusyTimes(const QString& path) {
    Result<QByteArray> data = IcsImporter::readFile(path);
    if (!data)
        return data.error();
    return importBusyTimes(*data, QFileInfo(path).fileName());
}

Result<IcsImporter::Summary> SchedulingService::importBusyTimes(const QByteArray& data,
                                                                const QString& source) {
    if (source.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Busy times need the name of their source."));
    Result<Availability> availability = m_availability->load();
    if (!availability)
        return availability.error();
    // The whole file is read and checked before anything is written.
    Result<IcsReader::Imported> imported = IcsImporter::read(data, m_clock, availability->zone);
    if (!imported)
        return imported.error();
    const Status status = m_database.transaction([&]() -> Status {
        Result<QList<qint64>> old = m_busyTimes->idsOfSource(source);
        if (!old)
            return old.error();
        if (Status removed = m_busyTimes->removeSource(source); !removed)
            return removed;
        for (qint64 id : std::as_const(*old))
            m_database.noteChange(RecordKind::BusyTime, ChangeOp::Removed, id);
        for (const BusyTime& busy : std::as_const(imported->busyTimes)) {
            Result<qint64> id = m_busyTimes->add(source, busy);
            if (!id)
                return id.error();
            m_database.noteChange(RecordKind::BusyTime, ChangeOp::Added, *id);
        }
        return {};
    });
    if (!status)
        return status.error();
    return IcsImporter::Summary{int(imported->busyTimes.size()), imported->eventCount,
                                imported->notes, source};
}

Status SchedulingService::removeBusyTimeSource(const QString& source) {
    return m_database.transaction([&]() -> Status {
        Result<QList<qint64>> old = m_busyTimes->idsOfSource(source);
        if (!old)
            return old.error();
        if (Status removed = m_busyTimes->removeSource(source); !removed)
            return removed;
        for (qint64 id : std::as_const(*old))
            m_database.noteChange(RecordKind::BusyTime, ChangeOp::Removed, id);
        return {};
    });
}

// --- Calendar files ---------------------------------------------------------

Result<QByteArray> SchedulingService::renderCalendar(qint64 clientId) const {
    Result<QHash<qint64, QString>> labels = m_sessions->engagementLabels();
    if (!labels)
        return labels.error();
    SessionFilter filter;
    filter.clientId = clientId;
    Result<QList<Session>> rows = m_sessions->list(filter);
    if (!rows)
        return rows.error();
    Result<QList<SessionSeries>> series = m_series->list(0, clientId);
    if (!series)
        return series.error();
    return IcsExporter::render(*series, *rows, *labels, m_clock);
}

Result<QByteArray> SchedulingService::exportCalendar(qint64 clientId) const {
    if (clientId < 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose a client to export."));
    return renderCalendar(clientId);
}

Result<QByteArray> SchedulingService::exportSession(qint64 sessionId) const {
    Result<QHash<qint64, QString>> labels = m_sessions->engagementLabels();
    if (!labels)
        return labels.error();
    Result<Session> session = m_sessions->get(sessionId);
    if (!session)
        return session.error();
    return IcsExporter::render({}, {*session}, *labels, m_clock);
}

QString SchedulingService::autoExportPath() const {
    return m_autoExporter->path();
}

Status SchedulingService::setAutoExportPath(const QString& path) {
    const QString previous = m_autoExporter->path();
    // The file first: a path that cannot be written is refused, not stored.
    if (Status exported = m_autoExporter->setPath(path); !exported) {
        m_autoExporter->resume(previous);
        return exported;
    }
    const Status stored = m_database.transaction([&]() -> Status {
        if (Status written = m_availability->setAutoExportPath(path); !written)
            return written;
        m_database.noteChange(RecordKind::Availability, ChangeOp::Updated, 0);
        return {};
    });
    if (!stored)
        m_autoExporter->resume(previous);
    return stored;
}

// --- Summaries and reports --------------------------------------------------

Result<SessionSummaryInput> SchedulingService::summaryInput(qint64 sessionId) const {
    return m_reports->summaryInput(sessionId);
}

Result<ProgressReportInput> SchedulingService::progressReportInput(qint64 engagementId) const {
    return m_reports->reportInput(engagementId);
}

} // namespace md
