#include "ics/IcsImporter.h"

#include <QFile>

namespace md {

Result<IcsReader::Imported> IcsImporter::read(const QByteArray& data, const Clock& clock,
                                              const QTimeZone& mentorZone, int monthsAhead) {
    IcsReader::Options options;
    const QDateTime now = clock.nowUtc();
    options.fromUtc = now.addMonths(-1);
    options.toUtc = now.addMonths(std::max(1, monthsAhead));
    options.floatingZone = mentorZone;
    return IcsReader::read(data, options);
}

Result<QByteArray> IcsImporter::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Could not read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace md
