#include "ics/IcsAutoExporter.h"

#include "ics/IcsExporter.h"

namespace md {

IcsAutoExporter::IcsAutoExporter(std::function<Result<QByteArray>()> render, QObject* parent)
    : QObject(parent)
    , m_render(std::move(render)) {}

Status IcsAutoExporter::setPath(const QString& path) {
    m_path = path;
    if (m_path.isEmpty())
        return {};
    return rewriteNow();
}

Status IcsAutoExporter::rewriteNow() {
    if (m_path.isEmpty())
        return {};
    Result<QByteArray> data = m_render();
    Status status = data ? IcsExporter::save(m_path, *data) : Status(data.error());
    if (status)
        Q_EMIT exported(m_path);
    else
        Q_EMIT failed(status.message());
    return status;
}

void IcsAutoExporter::follow(const ChangeSet& changes) {
    if (m_path.isEmpty())
        return;
    // The file names clients (SUMMARY), so their names count too.
    if (changes.touchesAny({RecordKind::Session, RecordKind::SessionSeries, RecordKind::Engagement,
                            RecordKind::Client}))
        (void)rewriteNow();
}

} // namespace md
