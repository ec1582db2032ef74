#include "ics/IcsAutoExporter.h"

#include "ics/IcsExporter.h"
#include "storage/SessionRepository.h"

namespace md {

IcsAutoExporter::IcsAutoExporter(const SessionRepository& sessions, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_clock(clock) {
    connect(&sessions, &SessionRepository::changed, this, [this] {
        if (!m_path.isEmpty())
            (void)rewriteNow();
    });
}

Status IcsAutoExporter::setPath(const QString& path) {
    m_path = path;
    if (m_path.isEmpty())
        return {};
    return rewriteNow();
}

Status IcsAutoExporter::rewriteNow() {
    if (m_path.isEmpty())
        return {};
    Result<QByteArray> data = IcsExporter::exportAll(m_sessions, m_clock);
    Status status = data ? IcsExporter::save(m_path, *data) : Status(data.error());
    if (status)
        Q_EMIT exported(m_path);
    else
        Q_EMIT failed(status.message());
    return status;
}

} // namespace md
